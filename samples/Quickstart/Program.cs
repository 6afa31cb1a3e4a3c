using System.Globalization;
using System.Text;
using HistoricalEvents;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;
using NodaTime;

// The seed card, embedded in this program.
string seed;
using (Stream stream = typeof(Program).Assembly.GetManifestResourceStream("Quickstart.seed.txt")!)
using (var reader = new StreamReader(stream, Encoding.UTF8))
{
    seed = reader.ReadToEnd();
}

// Parse returns a result: a card, or an error with its line and column.
ParseResult<EventCard> result = CardReader.Parse(seed);
if (!result.TryGetValue(out EventCard? card))
{
    Console.Error.WriteLine(result.Error);
    return 1;
}

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.WriteLine(card.Title);
Console.WriteLine();
foreach (HistoricalEvent e in card.Events)
{
    // Each event has its own date (with its precision and bounds) and its places, each inside its enclosing places.
    string earliest = e.Date.Earliest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    string latest = e.Date.Latest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    Console.WriteLine($"{e.Date.Text,-15} {e.Date.Precision,-4} EDTF {e.Date.ToEdtfString(),-11} {earliest} to {latest}   (line {e.Origin?.Line})");
    Console.WriteLine($"  {e.Summary}");
    foreach (Place place in e.Places)
    {
        string within = place.Parent is null ? "" : $" (in {place.Parent.Path})";
        Console.WriteLine($"  at {place.Name}{within}");
    }
}

string first = card.Narrative[0];
int end = first.IndexOf(". ", StringComparison.Ordinal);
Console.WriteLine();
Console.WriteLine(end < 0 ? first : first[..(end + 1)]);
Console.WriteLine($"Source: {card.Sources[0].Description}");

// Real events to explore: the bundled samples/data (5,138 events), when this runs from the repository.
string? data = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
    .SelectMany(start => Ancestors(new DirectoryInfo(start)))
    .Select(dir => Path.Combine(dir.FullName, "samples", "data"))
    .FirstOrDefault(Directory.Exists);
if (data is null)
    return 0;
var builder = new TimelineBuilder();
foreach (string file in Directory.EnumerateFiles(data, "*.txt").Order(StringComparer.Ordinal))
{
    foreach (ParseResult<EventCard> each in CardReader.ReadFile(file))
    {
        if (!each.TryGetValue(out EventCard? c))
        {
            Console.Error.WriteLine(each.Error);
            return 1;
        }
        builder.Add(c);
    }
}
Timeline timeline = builder.Build();
LocalDate today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
Console.WriteLine();
Console.WriteLine($"{timeline.Count:N0} events in samples/data.");
IReadOnlyList<TimelineMatch> onThisDay = timeline.OnThisDay(new AnnualDate(today.Month, today.Day));
Console.WriteLine($"On this day, {today.ToString("MMMM d", CultureInfo.InvariantCulture)}: {onThisDay.Count} events");
foreach (TimelineMatch m in onThisDay.Take(5))
    Console.WriteLine($"  {m.Event.Date.Text}: {m.Event.Title}");
IReadOnlyList<TimelineMatch> firstBc = timeline.InCentury(1, NodaTime.Calendars.Era.BeforeCommon, Certainty.Definitely);
Console.WriteLine($"Battles of the 1st century BC: {firstBc.Count(m => m.Event.Title?.Contains("Battle", StringComparison.Ordinal) == true)}, among them:");
foreach (TimelineMatch m in firstBc.Where(m => m.Event.Title is "Battle of Pharsalus" or "Battle of Actium" or "Battle of Alesia"))
    Console.WriteLine($"  {m.Event.Date.Text}: {m.Event.Title} at {m.Event.Places[0]}");
IReadOnlyList<TimelineMatch> japan = timeline.AtPlace("Japan");
Console.WriteLine($"Earthquakes in Japan: {japan.Count}, the first {japan[0].Event.Date.Text}: {japan[0].Event.Title}");
return 0;

static IEnumerable<DirectoryInfo> Ancestors(DirectoryInfo? dir)
{
    for (; dir is not null; dir = dir.Parent)
        yield return dir;
}
