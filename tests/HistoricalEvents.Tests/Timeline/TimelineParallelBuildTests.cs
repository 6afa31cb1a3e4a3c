using HistoricalEvents.Timelines;
using static HistoricalEvents.Tests.Timeline.TimelineTestData;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>
/// Builds large enough to use a second core (<see cref="TimelineT.ParallelBuildThreshold"/>) give what a scan of the
/// same events gives: the order, the text index (built on its own core in two passes) and the place and date answers.
/// </summary>
public class TimelineParallelBuildTests
{
    private static readonly List<HistoricalEvent> Events = RandomEvents(11, TimelineT.ParallelBuildThreshold + 5_000);
    private static readonly TimelineT Built = TimelineT.FromEvents(Events);
    private static readonly HistoricalEvent[] Ordered = [.. Events.OrderBy(e => e.Date)];

    [Fact]
    public void Build_AboveThreshold_IsStableSortByDate()
    {
        Assert.True(Events.Count >= TimelineT.ParallelBuildThreshold);
        Assert.Equal(Ordered, Built);
    }

    public static TheoryData<string> Queries => new() { "event", "the", "1234", "12", "event 7" };

    [Theory, MemberData(nameof(Queries))]
    public void Search_AboveThreshold_EqualsTextIndexBuiltAlone(string query)
    {
        // The index built in one pass on this thread over the events in timeline order.
        TextIndex alone = TextIndex.Build(Ordered);
        int[] expected = alone.Search(query)!;
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Built.Search(query).Select(m => m.Index));
    }

    [Fact]
    public void AtPlaceAndBetween_AboveThreshold_EqualScans()
    {
        var place = Place.Parse(PlacePaths[0]);
        int[] expected = [.. Ordered.Select((e, i) => (e, i)).Where(x => x.e.Places.Any(p => p.IsWithin(place))).Select(x => x.i)];
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Built.AtPlace(place).Select(m => m.Index));
        HistoricalDate from = HistoricalDate.FromYear(1500), to = HistoricalDate.FromYear(1600);
        HistoricalDate span = HistoricalDate.Interval(from, to);
        int[] window = [.. Ordered.Select((e, i) => (e, i)).Where(x => x.e.Date.Overlaps(span) != Certainty.Not).Select(x => x.i)];
        Assert.NotEmpty(window);
        Assert.Equal(window, Built.Between(from, to).Select(m => m.Index));
    }
}
