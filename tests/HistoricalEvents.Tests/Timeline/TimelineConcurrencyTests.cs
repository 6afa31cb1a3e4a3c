using HistoricalEvents.Timelines;
using NodaTime;
using static HistoricalEvents.Tests.Timeline.TimelineTestData;

namespace HistoricalEvents.Tests.Timeline;

public class TimelineConcurrencyTests
{
    [Fact]
    public void Queries_ManyThreadsOnOneTimeline_SameAnswersAsOneThread()
    {
        Timelines.Timeline timeline = Timelines.Timeline.FromEvents(RandomEvents(42, 2000));
        var random = new Random(3);
        HistoricalDate[] dates = [.. Enumerable.Range(0, 40).Select(_ => RandomDate(random))];
        string Answer(int q)
        {
            HistoricalDate d = dates[q % dates.Length];
            IEnumerable<TimelineMatch> all = timeline.Overlapping(d)
                .Concat(timeline.Before(d, Certainty.Definitely))
                .Concat(timeline.Nearest(d, 7))
                .Concat(timeline.OnThisDay(new AnnualDate(q % 12 + 1, q % 28 + 1)))
                .Concat(timeline.AtPlace(PlacePaths[q % PlacePaths.Length]))
                .Concat(timeline.Search("war"));
            return string.Join(',', all.Select(m => $"{m.Index}:{m.Certainty}"));
        }
        string[] expected = [.. Enumerable.Range(0, 200).Select(Answer)];
        string[] actual = new string[expected.Length];
        Parallel.For(0, expected.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, q => actual[q] = Answer(q));
        Assert.Equal(expected, actual);
        Assert.Contains(expected, a => a.Length > 0);
    }
}
