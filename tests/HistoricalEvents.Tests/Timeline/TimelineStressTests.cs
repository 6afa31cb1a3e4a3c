using HistoricalEvents.Timelines;
using NodaTime;
using static HistoricalEvents.Tests.Timeline.TimelineTestData;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>
/// Issue #9's stress test: eight threads query one timeline while other threads build new timelines (with their own
/// gazetteers and period sets) from the same event objects; every answer equals the single-threaded one.
/// </summary>
public class TimelineStressTests
{
    private static readonly HistoricalPeriod Ww1 = new("First World War", HistoricalDate.Parse("1914 to 1918"), ["Great War"]);
    private static readonly HistoricalPeriod Interwar = new("Interwar period", HistoricalDate.Parse("1918 to 1939"));

    private static Timelines.Timeline Build(List<HistoricalEvent> events) =>
        new TimelineBuilder().AddRange(events).AddPeriod(Ww1).AddPeriod(Interwar).Build();

    private static string Answer(Timelines.Timeline timeline, HistoricalDate[] dates, int q)
    {
        HistoricalDate d = dates[q % dates.Length];
        var period = new HistoricalPeriod("P", d);
        IEnumerable<TimelineMatch> all = timeline.Between(d, d)
            .Concat(timeline.During(period))
            .Concat(timeline.Relating(period, (AllenRelation)(q % 13)))
            .Concat(timeline.Nearest(d, 5))
            .Concat(timeline.OnThisDay(new AnnualDate(q % 12 + 1, q % 28 + 1)))
            .Concat(timeline.AtPlace(PlacePaths[q % PlacePaths.Length]))
            .Concat(timeline.Search(q % 2 == 0 ? "war" : "the pea"));
        string periods = string.Join(',', timeline.Periods.Relating(period, AllenRelation.Before).Select(p => p.Period.Name))
            + string.Join(',', timeline.Periods.Containing(d).Select(p => p.Period.Name));
        return string.Join(',', all.Select(m => $"{m.Index}:{m.Certainty}")) + "|" + periods + "|" + timeline.Gazetteer.Count;
    }

    [Fact]
    public void QueriesAndBuilds_ManyThreadsAtOnce_SameAnswersAsOneThread()
    {
        List<HistoricalEvent> events = RandomEvents(7, 3000);
        Timelines.Timeline shared = Build(events);
        var random = new Random(11);
        HistoricalDate[] dates = [.. Enumerable.Range(0, 50).Select(_ => RandomDate(random))];
        string[] expected = [.. Enumerable.Range(0, 120).Select(q => Answer(shared, dates, q))];
        string[][] actual = new string[8][];
        var built = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var start = new Barrier(12);
        var threads = new List<Thread>();
        for (int t = 0; t < 8; t++)
        {
            int thread = t;
            threads.Add(new Thread(() =>
            {
                start.SignalAndWait();
                actual[thread] = [.. Enumerable.Range(0, expected.Length).Select(q => Answer(shared, dates, (q + 17 * thread) % expected.Length))];
            }));
        }
        for (int t = 0; t < 4; t++)
        {
            threads.Add(new Thread(() =>
            {
                start.SignalAndWait();
                for (int b = 0; b < 3; b++)
                {
                    Timelines.Timeline mine = Build(events);
                    built.Add(Answer(mine, dates, b));
                }
            }));
        }
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        for (int t = 0; t < 8; t++)
        {
            Assert.Equal([.. Enumerable.Range(0, expected.Length).Select(q => expected[(q + 17 * t) % expected.Length])], actual[t]);
        }
        Assert.Equal(12, built.Count);
        Assert.All(built, a => Assert.Contains(a, expected.Take(3)));
        Assert.Contains(expected, a => a.Length > 40);
    }
}
