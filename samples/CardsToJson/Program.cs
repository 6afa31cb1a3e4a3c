using System.Text;

// UTF-8 on every platform, so non-ASCII text ("Azerbaijan’s") comes out as written.
Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// Standard output's raw stream: the JSON Lines writer hands it 64 KiB blocks, not one console write per line.
using Stream stdout = Console.OpenStandardOutput();
return HistoricalEvents.Samples.CardsToJson.CardsToJsonApp.Run(args, Console.In, stdout, Console.Error);
