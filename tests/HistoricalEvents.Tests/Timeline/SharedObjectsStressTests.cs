using System.Text.Json;
using HistoricalEvents.Serialization;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>
/// Issue #9's stress test, for the shared objects beside the timeline: the two date patterns, the shared JSON options
/// and a timeline's spatial queries, each used by eight threads at once, give what one thread gives. (Timeline,
/// gazetteer and period set queries while other threads build timelines: <see cref="TimelineStressTests"/>.)
/// </summary>
public class SharedObjectsStressTests
{
    private const int Threads = 8;

    private static readonly string[] Dates = [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "RealWorldDates"), "*.txt")
        .Order(StringComparer.Ordinal).SelectMany(File.ReadLines).Where(line => line.Length > 0)];

    // Everything one date string gives: both patterns, HistoricalDate's reader and formats, and the JSON of the value.
    private static string Answer(string text)
    {
        ParseResult<HistoricalDate> english = HistoricalDatePatterns.English.Parse(text);
        ParseResult<HistoricalDate> edtf = HistoricalDatePatterns.Edtf.Parse(text);
        ParseResult<HistoricalDate> any = HistoricalDate.ParseResult(text);
        if (!any.Success)
        {
            return $"{english.Success}|{edtf.Success}|{any.Error}";
        }
        HistoricalDate value = any.Value;
        string json = JsonSerializer.Serialize(value, HistoricalEventsJson.Options);
        HistoricalDate back = JsonSerializer.Deserialize<HistoricalDate>(json, HistoricalEventsJson.Options);
        return $"{english.Success}|{edtf.Success}|{HistoricalDatePatterns.English.Format(value)}|{HistoricalDatePatterns.Edtf.Format(value)}|{json}|{back == value}";
    }

    private static string[][] OnThreads(int count, Func<int, string> answer)
    {
        string[][] actual = new string[Threads][];
        using var start = new Barrier(Threads);
        var threads = new List<Thread>();
        for (int t = 0; t < Threads; t++)
        {
            int thread = t;
            threads.Add(new Thread(() =>
            {
                start.SignalAndWait();
                // Each thread starts elsewhere, so that different inputs meet in the shared objects.
                actual[thread] = [.. Enumerable.Range(0, count).Select(i => answer((i + thread * 997) % count))];
            }));
        }
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return actual;
    }

    [Fact]
    public void PatternsAndJson_EightThreadsOnRealDates_SameAnswersAsOneThread()
    {
        string[] expected = [.. Dates.Select(Answer)];

        string[][] actual = OnThreads(expected.Length, i => Answer(Dates[i]));

        Assert.True(expected.Length > 3000, $"{expected.Length} dates");
        Assert.Contains(expected, a => a.EndsWith("|True", StringComparison.Ordinal));
        for (int t = 0; t < Threads; t++)
        {
            Assert.Equal([.. Enumerable.Range(0, expected.Length).Select(i => expected[(i + t * 997) % expected.Length])], actual[t]);
        }
    }

    [Fact]
    public void SpatialQueries_EightThreadsOnOneTimeline_SameAnswersAsOneThread()
    {
        var random = new Random(5);
        List<HistoricalEvent> events = [.. Enumerable.Range(0, 3000).Select(i => new HistoricalEvent(
            HistoricalDate.FromYear(1000 + i % 900), "Event " + i,
            [Place.Create("P" + (i % 50)).WithCoordinates(new GeoCoordinate(random.NextDouble() * 180 - 90, random.NextDouble() * 360 - 180))]))];
        Timelines.Timeline timeline = Timelines.Timeline.FromEvents(events);
        GeoCoordinate[] centres = [.. Enumerable.Range(0, 200).Select(_ => new GeoCoordinate(random.NextDouble() * 180 - 90, random.NextDouble() * 360 - 180))];
        string Query(int q)
        {
            GeoCoordinate c = centres[q];
            var corner = new GeoCoordinate(Math.Min(90, c.Latitude + 20), c.Longitude + 30 > 180 ? c.Longitude - 330 : c.Longitude + 30);
            return string.Join(',', timeline.WithinDistance(c, 500 + q * 10).Select(m => m.Index)) + "|"
                + string.Join(',', timeline.WithinBox(c, corner).Select(m => m.Index));
        }
        string[] expected = [.. Enumerable.Range(0, centres.Length).Select(Query)];

        string[][] actual = OnThreads(centres.Length, Query);

        Assert.Contains(expected, a => a.Length > 20);
        for (int t = 0; t < Threads; t++)
        {
            Assert.Equal([.. Enumerable.Range(0, expected.Length).Select(i => expected[(i + t * 997) % expected.Length])], actual[t]);
        }
    }
}
