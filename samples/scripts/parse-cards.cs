#:project ../../src/HistoricalEvents/HistoricalEvents.csproj
// Parse a card file and print its events: dotnet run samples/scripts/parse-cards.cs [FILE]
using HistoricalEvents;
using HistoricalEvents.Text;

string file = args.Length > 0 ? args[0] : Path.Combine(DataFolder(), "earthquakes.txt");
int cards = 0, errors = 0;
foreach (ParseResult<EventCard> result in CardReader.ReadFile(file))
{
    if (!result.TryGetValue(out EventCard? card))
    {
        errors++;
        Console.Error.WriteLine(result.Error);
        continue;
    }
    if (cards++ < 10)
    {
        foreach (HistoricalEvent e in card.Events)
            Console.WriteLine($"{e.Date.Text,-22} {e.Title ?? e.Summary} @ {string.Join(" | ", e.Places.Select(p => p.Text))}");
    }
}
Console.WriteLine($"{cards} cards, {errors} errors in {Path.GetFileName(file)}");
return errors == 0 ? 0 : 1;

// The bundled cards: samples/data, found from the current folder upwards.
static string DataFolder()
{
    for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        string folder = Path.Combine(dir.FullName, "samples", "data");
        if (Directory.Exists(folder))
            return folder;
    }
    throw new DirectoryNotFoundException("samples/data not found above " + Directory.GetCurrentDirectory());
}
