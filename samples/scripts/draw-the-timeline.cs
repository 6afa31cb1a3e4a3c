#:project ../../src/HistoricalEvents/HistoricalEvents.csproj
// Draw the battles of 60 BC to 30 BC as an SVG: dotnet run samples/scripts/draw-the-timeline.cs [OUT.svg]
using HistoricalEvents;
using HistoricalEvents.Rendering;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;

string output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "timeline.svg");
Timeline timeline = Timeline.FromCards(Directory.EnumerateFiles(DataFolder(), "*.txt").SelectMany(f => CardReader.ReadFile(f)).Select(r => r.Value));
IReadOnlyList<TimelineMatch> window = timeline.Between(HistoricalDate.Parse("60 BC"), HistoricalDate.Parse("30 BC"), Certainty.Definitely);
File.WriteAllText(output, TimelineSvg.Render(window, new TimelineSvgOptions { Title = "60 BC to 30 BC" }));
Console.WriteLine($"{output}: {window.Count} events");
return window.Count > 0 ? 0 : 1;

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
