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

// Draw the timeline: an SVG made by the library, shown by LINQPad as HTML.
Timeline timeline = new TimelineBuilder()
    .AddRange(Directory.EnumerateFiles(data, "*.txt")
        .SelectMany(file => CardReader.ReadFile(file))
        .Where(r => r.Success)
        .Select(r => r.Value))
    .AddPeriod(new HistoricalPeriod("Caesar's civil war", HistoricalDate.Parse("49 BC–45 BC")))
    .Build();
IReadOnlyList<TimelineMatch> window = timeline.Between(HistoricalDate.Parse("60 BC"), HistoricalDate.Parse("30 BC"), Certainty.Definitely);
string svg = TimelineSvg.Render(window, new TimelineSvgOptions
{
    Title = "60 BC to 30 BC",
    Width = 1100,
    Periods = [timeline.Periods["Caesar's civil war"]],
});
Util.RawHtml(svg).Dump();

// Earthquakes of the 18th century, as a second picture.
Util.RawHtml(TimelineSvg.Render(timeline.InCentury(18).Where(m => m.Event.Title?.Contains("earthquake", StringComparison.OrdinalIgnoreCase) == true),
    new TimelineSvgOptions { Title = "Earthquakes of the 18th century" })).Dump();
