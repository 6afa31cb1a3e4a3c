using System.Text;
using HistoricalEvents.Samples.DataGenerator;

// Regenerates samples/data/*.txt from the datasets in ../shared/data. Run by hand from the repository root:
//   dotnet run --project samples/DataGenerator -- ../shared/data samples/data
// It reads only the data folder given, prints what it wrote and every row it skipped (with the reason), and exits 1
// if a written file does not read back card for card.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: DataGenerator DATA_FOLDER OUTPUT_FOLDER   (e.g. ../shared/data samples/data)");
    return 2;
}

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var generator = new SampleDataGenerator(args[0], args[1]);
return generator.Run(Console.Out) ? 0 : 1;
