#:project ../../src/HistoricalEvents/HistoricalEvents.csproj
// A date's meaning, bounds and EDTF: dotnet run samples/scripts/date-meaning.cs ["DATE" ...]
using HistoricalEvents;
using HistoricalEvents.Text;

string[] written = args.Length > 0 ? args : ["March 15, 44 BC", "c. 1200 BC", "1st century BC", "404 or 403 BC", "1914–1918", "early 1990s"];
int errors = 0;
foreach (string text in written)
{
    ParseResult<HistoricalDate> result = HistoricalDate.ParseResult(text);
    if (!result.TryGetValue(out HistoricalDate date))
    {
        errors++;
        Console.WriteLine($"{text,-18} {result.Error}");
        continue;
    }
    Console.WriteLine($"{text,-18} {date.Kind,-9} {date.Precision,-10} {date.Earliest.ToString("uuuu-MM-dd", null)} to {date.Latest.ToString("uuuu-MM-dd", null)}  EDTF {date.ToEdtfString()}");
}
return errors == 0 ? 0 : 1;
