using HistoricalEvents.Benchmarks.Timeline;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>The benchmarks' synthetic events: any seed, any size, deterministic.</summary>
public class SyntheticEventsTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 42, 7777, 20260424, int.MaxValue];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_AnySeed_MakesTheEventsAsked(int seed)
    {
        List<HistoricalEvent> events = SyntheticEvents.Generate(200_000, seed);

        Assert.Equal(200_000, events.Count);
        Assert.All(events, e => Assert.True(e.Date.EarliestDay <= e.Date.LatestDay));
    }

    [Fact]
    public void Generate_TwoMillion_MakesTheEventsAsked()
    {
        List<HistoricalEvent> events = SyntheticEvents.Generate(2_000_000, 5);

        Assert.Equal(2_000_000, events.Count);
    }

    [Fact]
    public void Generate_SameSeed_SameEvents()
    {
        List<HistoricalEvent> first = SyntheticEvents.Generate(1000, 9), second = SyntheticEvents.Generate(1000, 9);

        Assert.Equal(first, second);
    }

    public static TheoryData<int, int, int> IntervalStarts => new()
    {
        { 1582, 10, 1 },
        { 1582, 10, 4 },
        { 1582, 10, 5 },
        { 1582, 10, 13 },
        { 1582, 10, 14 },
        { 1582, 10, 28 },
        { 1582, 9, 28 },
        { -43, 3, 15 },
        { 2024, 12, 28 },
    };

    [Theory]
    [MemberData(nameof(IntervalStarts))]
    public void Interval_AnyStartDay_EndsAfterItStarts(int year, int month, int day)
    {
        for (int seed = 0; seed < 200; seed++)
        {
            HistoricalDate interval = SyntheticEvents.Interval(year, month, day, new Random(seed));

            Assert.True(interval.Start.EarliestDay <= interval.End.LatestDay, $"{interval} (seed {seed})");
        }
    }
}
