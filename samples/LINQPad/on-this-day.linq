<Query Kind="Statements">
  <NuGetReference>HistoricalEvents</NuGetReference>
  <Namespace>HistoricalEvents</Namespace>
  <Namespace>HistoricalEvents.Rendering</Namespace>
  <Namespace>HistoricalEvents.Text</Namespace>
  <Namespace>HistoricalEvents.Timelines</Namespace>
  <Namespace>NodaTime</Namespace>
</Query>

// The bundled cards: samples/data beside this folder (5,138 real events from Wikipedia-derived datasets).
string data = Path.Combine(Path.GetDirectoryName(Util.CurrentQueryPath)!, "..", "data");

// What happened on this day: every event written with today's month and day, in any year.
Timeline timeline = Timeline.FromCards(Directory.EnumerateFiles(data, "*.txt")
    .SelectMany(file => CardReader.ReadFile(file))
    .Where(r => r.Success)
    .Select(r => r.Value));
LocalDate today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
var day = new AnnualDate(today.Month, today.Day);
IReadOnlyList<TimelineMatch> matches = timeline.OnThisDay(day);
matches.Select(m => m.Event).Dump($"On {today:MMMM d} ({matches.Count} events)");

// Nothing today? The nearest days that have something.
timeline.Where(e => e.Date.AnnualDate is not null)
        .GroupBy(e => e.Date.AnnualDate!.Value)
        .OrderBy(g => Math.Abs(g.Key.Month * 31 + g.Key.Day - (day.Month * 31 + day.Day)))
        .Take(3)
        .Select(g => new { Day = g.Key.ToString(), Events = g.Select(e => e.Title ?? e.Summary) })
        .Dump("The nearest days with events");
