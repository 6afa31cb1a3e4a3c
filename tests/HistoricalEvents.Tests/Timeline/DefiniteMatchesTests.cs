using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>Definite answers kept as positions, including read-only views of an index's slice (on this day).</summary>
public class DefiniteMatchesTests
{
    private static HistoricalEvent[] Events(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new HistoricalEvent(HistoricalDate.FromYear(1000 + i), "Event " + i))];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 3)]
    [InlineData(5, 0)]
    [InlineData(0, 5)]
    public void Read_View_IsTheSliceOnly(int start, int length)
    {
        HistoricalEvent[] events = Events(8);
        int[] positions = [1, 2, 4, 5, 7];
        var matches = new DefiniteMatches(events, positions, start, length);
        int[] expected = positions[start..(start + length)];
        Assert.Equal(expected.Length, matches.Count);
        Assert.Equal(expected, matches.Select(m => m.Index));
        Assert.Equal(expected, Enumerable.Range(0, matches.Count).Select(k => matches[k].Index));
        Assert.All(matches, m => Assert.Same(events[m.Index], m.Event));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Indexer_OutsideView_ThrowsArgumentOutOfRange(int index)
    {
        // The array holds values on both sides of the view; reading past the view must not reach them.
        var matches = new DefiniteMatches(Events(8), [1, 2, 4, 5, 7], 1, 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => matches[index]);
    }

    [Fact]
    public void OnThisDay_ManyEvents_AllocatesNoCopyOfItsAnswer()
    {
        var events = new List<HistoricalEvent>();
        for (int i = 0; i < 30_000; i++)
        {
            events.Add(new HistoricalEvent(HistoricalDate.FromDay(1 + i % 2000, 4, 28 - i % 2), "Event " + i));
        }
        var timeline = Timelines.Timeline.FromEvents(events);
        var day = new NodaTime.AnnualDate(4, 28);
        Assert.Equal(15_000, timeline.OnThisDay(day).Count);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = timeline.OnThisDay(day).Count;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(15_000, count);
        Assert.True(allocated < 1_000, $"{allocated} bytes allocated");
        Assert.All(timeline.OnThisDay(day), m => Assert.Equal(day, m.Event.Date.AnnualDate));
    }
}
