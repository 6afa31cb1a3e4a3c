using HistoricalEvents.Timelines;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

public class TimelineBuilderAliasTests
{
    /// <summary>Counts every hash and comparison the builder's alias registry makes.</summary>
    private sealed class CountingComparer : IEqualityComparer<string>
    {
        public long Calls { get; private set; }

        public bool Equals(string? x, string? y)
        {
            Calls++;
            return StringComparer.OrdinalIgnoreCase.Equals(x, y);
        }

        public int GetHashCode(string obj)
        {
            Calls++;
            return StringComparer.OrdinalIgnoreCase.GetHashCode(obj);
        }
    }

    private static long ComparisonsFor(int aliases)
    {
        var comparer = new CountingComparer();
        var builder = new TimelineBuilder(comparer);
        for (int i = 0; i < aliases; i++)
        {
            builder.AddPlaceAlias("Alias " + i, "Place " + i + ", Region " + (i % 50) + ", Country " + (i % 7));
        }
        return comparer.Calls;
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(4_000)]
    [InlineData(16_000)]
    public void AddPlaceAlias_ManyAliases_ComparisonsGrowLinearly(int aliases)
    {
        // A scan of the aliases already added (the old check) costs n²/2 comparisons: 8 million at 4,000.
        // Each alias here costs a few lookups per name of its paths, whatever the number before it.
        long calls = ComparisonsFor(aliases);

        Assert.InRange(calls, aliases, 12L * aliases);
    }

    [Fact]
    public void AddPlaceAlias_FourTimesTheAliases_AboutFourTimesTheComparisons()
    {
        double ratio = (double)ComparisonsFor(8_000) / ComparisonsFor(2_000);

        Assert.InRange(ratio, 3.5, 4.5);
    }

    [Theory]
    [InlineData("Region 3", "Somewhere")]        // an enclosing place of a target cannot become an alias
    [InlineData("Place 3, Region 3", "Somewhere")] // nor the target itself
    [InlineData("Other", "Alias 3")]               // a target cannot be an alias
    [InlineData("Other", "Town, Alias 3")]         // nor lie inside one
    [InlineData("alias 3", "Somewhere")]           // an alias is added once, ignoring case
    public void AddPlaceAlias_AmongManyAliases_ChainsAndDuplicatesAreRejected(string alias, string place)
    {
        var builder = new TimelineBuilder();
        for (int i = 0; i < 10; i++)
        {
            builder.AddPlaceAlias("Alias " + i, "Place " + i + ", Region " + i);
        }

        Assert.Throws<ArgumentException>(() => builder.AddPlaceAlias(alias, place));
    }

    [Fact]
    public void Build_ManyAliases_EachFindsItsPlace()
    {
        var builder = new TimelineBuilder();
        for (int i = 0; i < 1_000; i++)
        {
            builder.AddPlaceAlias("Alias " + i, "Place " + i + ", Region " + (i % 10));
        }
        builder.Add(new HistoricalEvent(HistoricalDate.FromYear(1991), "Something.", [Place.Parse("Alias 500")]));

        TimelineT timeline = builder.Build();

        Assert.Equal("Place 500, Region 0", timeline.Gazetteer.Find("alias 500")?.Path);
        Assert.Single(timeline.AtPlace("Region 0"));
        Assert.Equal(1_000, timeline.Gazetteer.Aliases.Count);
    }
}
