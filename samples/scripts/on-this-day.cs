#:project ../../src/HistoricalEvents/HistoricalEvents.csproj
// What happened on this day (today, or MM-DD): dotnet run samples/scripts/on-this-day.cs [MM-DD]
using HistoricalEvents;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;
using NodaTime;

LocalDate today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
AnnualDate day = args.Length > 0 ? new AnnualDate(int.Parse(args[0][..2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[0][3..], System.Globalization.CultureInfo.InvariantCulture)) : new AnnualDate(today.Month, today.Day);
Timeline timeline = Timeline.FromCards(Directory.EnumerateFiles(DataFolder(), "*.txt").SelectMany(f => CardReader.ReadFile(f)).Select(r => r.Value));
IReadOnlyList<TimelineMatch> matches = timeline.OnThisDay(day);
Console.WriteLine($"On {day} ({matches.Count} of {timeline.Count} events):");
foreach (TimelineMatch m in matches)
    Console.WriteLine($"  {m.Event.Date.Text,-28} {m.Event.Title ?? m.Event.Summary}");
return 0;

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
