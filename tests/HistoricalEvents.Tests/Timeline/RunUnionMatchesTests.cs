using CsCheck;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>
/// The lazily read union of posting runs (place answers) against sorting and removing repeats, for sparse answers
/// (counted by merging), dense ones (counted by a bitmap) and a single run (events naming a place twice).
/// </summary>
public class RunUnionMatchesTests
{
    // Runs laid out one after another in one items array, each ascending, possibly with repeats inside and across.
    private static readonly Gen<(int Count, int[][] Runs)> RunSets =
        Gen.Int[1, 3000].SelectMany(count =>
            Gen.Int[0, count - 1].Array[0, 40].Select(run => run.Order().ToArray()).Array[1, 12].Select(runs => (count, runs)));

    private static (HistoricalEvent[] Events, int[] Items, (int Start, int End)[] Runs) Layout(int count, int[][] runs)
    {
        var events = new HistoricalEvent[count];
        for (int i = 0; i < count; i++)
        {
            events[i] = new HistoricalEvent(HistoricalDate.FromYear(1000 + i), "Event " + i);
        }
        int[] items = [.. runs.SelectMany(r => r)];
        var slices = new (int, int)[runs.Length];
        int start = 0;
        for (int r = 0; r < runs.Length; r++)
        {
            slices[r] = (start, start + runs[r].Length);
            start += runs[r].Length;
        }
        return (events, items, slices);
    }

    [Fact]
    public void Read_RandomRuns_EqualsSortedDistinctUnion() =>
        RunSets.Sample(set =>
        {
            (HistoricalEvent[] events, int[] items, (int, int)[] runs) = Layout(set.Count, set.Runs);
            int[] expected = [.. set.Runs.SelectMany(r => r).Distinct().Order()];
            var matches = new RunUnionMatches(events, items, runs);
            Assert.Equal(expected.Length, matches.Count);
            // Enumerated (merging the runs), then by index (making the array), then enumerated again (from it).
            Assert.Equal(expected, matches.Select(m => m.Index));
            Assert.Equal(expected, Enumerable.Range(0, matches.Count).Select(k => matches[k].Index));
            Assert.Equal(expected, matches.Select(m => m.Index));
            Assert.All(matches, m => Assert.Same(events[m.Index], m.Event));
            Assert.All(matches, m => Assert.Equal(Certainty.Definitely, m.Certainty));
        });

    public static TheoryData<int[][], int> Cases => new()
    {
        // One run with an event posted twice (it names the place twice).
        { [[1, 1, 2, 5, 5, 5, 7]], 4 },
        // Dense: every position of a small timeline, from two overlapping runs (counted by the bitmap).
        { [[0, 1, 2, 3, 4, 5, 6, 7], [0, 2, 4, 6, 8, 9]], 10 },
        // Empty runs among others.
        { [[], [3, 4], []], 2 },
        { [[], []], 0 },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Count_Table_IsDistinctPositions(int[][] runs, int expected)
    {
        (HistoricalEvent[] events, int[] items, (int, int)[] slices) = Layout(10, runs);
        var matches = new RunUnionMatches(events, items, slices);
        Assert.Equal(expected, matches.Count);
        Assert.Equal(expected, matches.Count());
    }

    [Fact]
    public void Read_SparseRunsInLargeTimeline_CountedByMergingEqualsUnion()
    {
        // Four postings in 100,000 events: too sparse for the bitmap, so the count comes from a merge.
        (HistoricalEvent[] events, int[] items, (int, int)[] slices) = Layout(100_000, [[5, 70_000], [5, 99_999], [6]]);
        var matches = new RunUnionMatches(events, items, slices);
        Assert.Equal(4, matches.Count);
        Assert.Equal([5, 6, 70_000, 99_999], matches.Select(m => m.Index));
        Assert.Equal(99_999, matches[3].Index);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Indexer_OutOfRange_ThrowsArgumentOutOfRange(int index)
    {
        (HistoricalEvent[] events, int[] items, (int, int)[] slices) = Layout(10, [[1, 2], [2]]);
        var matches = new RunUnionMatches(events, items, slices);
        Assert.Throws<ArgumentOutOfRangeException>(() => matches[index]);
    }

    [Fact]
    public void AtPlace_ManyEvents_AllocatesFarLessThanItsAnswer()
    {
        // 20,000 events at the places of one country: the answer used to be copied out (80 KB a query).
        var country = Place.Create("Country");
        Place[] regions = [.. Enumerable.Range(0, 8).Select(r => Place.Create("Region " + r, country))];
        var events = new List<HistoricalEvent>();
        for (int i = 0; i < 20_000; i++)
        {
            events.Add(new HistoricalEvent(HistoricalDate.FromYear(1 + i % 2000), "Event", [regions[i % 8]]));
        }
        var timeline = Timelines.Timeline.FromEvents(events);
        Assert.Equal(20_000, timeline.AtPlace(country).Count);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = timeline.AtPlace(country).Count;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(20_000, count);
        Assert.True(allocated < 4_000, $"{allocated} bytes allocated");
        Assert.Equal(Enumerable.Range(0, 20_000), timeline.AtPlace(country).Select(m => m.Index));
    }
}
