using HistoricalEvents.Text;
using HistoricalEvents.Timelines;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>
/// Edges of <see cref="TimelineBuilder.AddPlaceAlias"/> kept as path strings (issue #9 defect 4): paths written
/// non-canonically, cycles, aliases of aliases, failures that must leave nothing behind, aliases added after a build.
/// </summary>
public class PlaceAliasEdgeTests
{
    public static TheoryData<string, string, string, string> RejectedPairs => new()
    {
        // first alias, its target, second alias, its target
        { "A", "B", "B", "A" },                          // a cycle of two
        { "A", "B", "C", "A" },                          // an alias of an alias
        { "A", "B", "B", "C" },                          // a target becoming an alias
        { "A", "X, B", "B", "C" },                       // a place enclosing a target becoming an alias
        { "A", "B", "C", "X, A" },                       // a target inside an alias
        { "A", "B", "  a ", "C" },                       // the same alias, spelled with other case and spaces
        { "Moscow, USSR", "B", "C", "moscow ,USSR" },    // a target that is an alias, spelled otherwise
    };

    [Theory]
    [MemberData(nameof(RejectedPairs))]
    public void AddPlaceAlias_SecondAliasBreaksTheRules_Throws(string alias1, string place1, string alias2, string place2)
    {
        TimelineBuilder builder = new TimelineBuilder().AddPlaceAlias(alias1, place1);

        Assert.Throws<ArgumentException>(() => builder.AddPlaceAlias(alias2, place2));
    }

    [Theory]
    [InlineData("A", "A")]            // itself
    [InlineData("A", "X, a")]         // inside itself
    [InlineData("a, B", "Y, A, b")]   // inside itself, a path
    public void AddPlaceAlias_TargetIsOrLiesInsideTheAlias_Throws(string alias, string place) =>
        Assert.Throws<ArgumentException>(() => new TimelineBuilder().AddPlaceAlias(alias, place));

    [Theory]
    [InlineData("", "B")]
    [InlineData("A", "")]
    [InlineData("A", "X,, B")]
    [InlineData("A, ", "B")]
    [InlineData("A", "X | Y")]
    public void AddPlaceAlias_NotAPlacePath_ThrowsParseException(string alias, string place) =>
        Assert.Throws<HistoricalParseException>(() => new TimelineBuilder().AddPlaceAlias(alias, place));

    [Fact]
    public void AddPlaceAlias_TargetDeeperThanTheLimit_ThrowsParseException() =>
        Assert.Throws<HistoricalParseException>(() => new TimelineBuilder().AddPlaceAlias("A",
            string.Join(Place.PathSeparator, Enumerable.Range(0, Place.DefaultMaxDepth + 1).Select(i => "N" + i))));

    [Fact]
    public void AddPlaceAlias_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new TimelineBuilder().AddPlaceAlias(null!, "B"));
        Assert.Throws<ArgumentNullException>(() => new TimelineBuilder().AddPlaceAlias("A", null!));
    }

    [Fact]
    public void AddPlaceAlias_Rejected_LeavesNothingBehind()
    {
        TimelineBuilder builder = new TimelineBuilder().AddPlaceAlias("A", "X, Y");
        // Rejected (its target lies inside an alias): neither "B" nor the chain "Z, A" may be recorded.
        Assert.Throws<ArgumentException>(() => builder.AddPlaceAlias("B", "Z, A"));

        builder.AddPlaceAlias("Z", "W").AddPlaceAlias("B", "V");
        TimelineT timeline = builder.Build();

        Assert.Equal(["A", "Z", "B"], timeline.Gazetteer.Aliases.Keys);
        Assert.Equal("W", timeline.Gazetteer.Find("z")?.Path);
        Assert.Equal("V", timeline.Gazetteer.Find("b")?.Path);
    }

    [Fact]
    public void AddPlaceAlias_PathsWrittenOtherwise_AreTheCanonicalPaths()
    {
        TimelineT timeline = new TimelineBuilder()
            .AddPlaceAlias("  Moscow ,USSR ", "Moscow,Soviet Union")
            .AddPlaceAlias("Leningrad, USSR", "Saint Petersburg, Soviet Union")
            .Build();

        Assert.Equal(["Moscow, USSR", "Leningrad, USSR"], timeline.Gazetteer.Aliases.Keys);
        Assert.Equal("Moscow, Soviet Union", timeline.Gazetteer.Find("moscow, ussr")?.Path);
        Assert.Equal(["Soviet Union", "Moscow, Soviet Union", "Saint Petersburg, Soviet Union"], timeline.Gazetteer.Select(p => p.Path));
    }

    [Fact]
    public void AddPlaceAlias_TargetWithCoordinates_KeepsThem()
    {
        TimelineT timeline = new TimelineBuilder().AddPlaceAlias("Byzantion", "Istanbul, Turkey @ 41.01, 28.98").Build();

        Place? place = timeline.Gazetteer.Find("Byzantion");

        Assert.Equal("Istanbul, Turkey", place?.Path);
        Assert.Equal(41.01, place?.Coordinates?.Latitude);
    }

    [Fact]
    public void Build_AliasesAddedAfterwards_AreNotInTheEarlierTimeline()
    {
        TimelineBuilder builder = new TimelineBuilder().AddPlaceAlias("A", "X");
        TimelineT first = builder.Build();

        builder.AddPlaceAlias("B", "Y");
        TimelineT second = builder.Build();

        Assert.Null(first.Gazetteer.Find("B"));
        Assert.Equal(["A"], first.Gazetteer.Aliases.Keys);
        Assert.Equal(["X"], first.Gazetteer.Select(p => p.Path));
        Assert.Equal("Y", second.Gazetteer.Find("B")?.Path);
        Assert.Equal(["A", "B"], second.Gazetteer.Aliases.Keys);
    }

    [Fact]
    public void Build_AliasTargetsAndEvents_SiblingsInNameOrderIgnoringCase()
    {
        TimelineT timeline = new TimelineBuilder()
            .AddPlaceAlias("Z", "zeta, Land")
            .AddPlaceAlias("B", "Beta, Land")
            .Add(new HistoricalEvent(HistoricalDate.FromYear(1900), "S.", [Place.Parse("alpha, LAND")]))
            .AddPlaceAlias("G", "Gamma, Land")
            .Build();

        // The event's spelling of Land came first; the targets share it.
        Assert.Equal(["LAND", "alpha, LAND", "Beta, LAND", "Gamma, LAND", "zeta, LAND"], timeline.Gazetteer.Select(p => p.Path));
        Assert.Same(timeline.Gazetteer.Find("b"), timeline.Gazetteer.Find("beta, land"));
    }
}
