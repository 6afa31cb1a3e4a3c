using HistoricalEvents.Timelines;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

public class GazetteerTests
{
    private static HistoricalEvent At(params string[] places) =>
        new(HistoricalDate.FromYear(1991), "Something.", places.Select(Place.Parse));

    private static readonly TimelineT Timeline = new TimelineBuilder()
        .Add(At("Baku, Azerbaijan", "Soviet Union"))
        .Add(At("baku, AZERBAIJAN"))
        .Add(At("Ganja, Azerbaijan"))
        .Add(At("Sea of Tranquility, Moon"))
        .Add(At("Moscow, USSR"))
        .AddPlaceAlias("USSR", "Soviet Union")
        .Build();

    [Fact]
    public void Intern_SamePathInAnyCase_OnePlaceObject()
    {
        Place baku1 = Timeline[0].Places[0], baku2 = Timeline[1].Places[0];
        Assert.Same(baku1, baku2);
        Assert.Same(baku1.Parent, Timeline[2].Places[0].Parent);
        Assert.Same(Timeline.Gazetteer.Find("Azerbaijan"), baku1.Parent);
    }

    [Fact]
    public void Enumerate_DepthFirstByName_EachPlaceOnce()
    {
        Assert.Equal(["Azerbaijan", "Baku, Azerbaijan", "Ganja, Azerbaijan", "Moon", "Sea of Tranquility, Moon", "Soviet Union", "Moscow, Soviet Union"],
            Timeline.Gazetteer.Select(p => p.Path));
    }

    [Theory]
    [InlineData("baku, azerbaijan", "Baku, Azerbaijan")]
    [InlineData("Baku,Azerbaijan", "Baku, Azerbaijan")]
    [InlineData("USSR", "Soviet Union")]
    [InlineData("moscow, ussr", "Moscow, Soviet Union")]
    [InlineData("Baku", null)]
    [InlineData("Atlantis", null)]
    [InlineData(", ,", null)]
    public void Find_PathOrAlias_ResolvesToInternedPlace(string text, string? expected) =>
        Assert.Equal(expected, Timeline.Gazetteer.Find(text)?.Path);

    [Fact]
    public void Resolve_BareName_FindsPlacesWithThatName() =>
        Assert.Equal(["Baku, Azerbaijan"], Timeline.Gazetteer.Resolve("baku").Select(p => p.Path));

    [Fact]
    public void ChildrenEnclosedAndChain_Azerbaijan_AreKnown()
    {
        Gazetteer g = Timeline.Gazetteer;
        Place azerbaijan = g.Find("Azerbaijan")!;
        Assert.Equal(["Baku, Azerbaijan", "Ganja, Azerbaijan"], g.GetChildren(azerbaijan).Select(p => p.Path));
        Assert.Equal(["Sea of Tranquility, Moon"], g.GetEnclosed(Place.Parse("MOON")).Select(p => p.Path));
        Assert.Equal([azerbaijan], g.GetEnclosingPlaces(Place.Parse("baku, azerbaijan")));
        Assert.Empty(g.GetChildren(Place.Parse("Atlantis")));
    }

    [Fact]
    public void AtPlace_AliasInsidePath_FiledUnderCanonicalPlace()
    {
        Assert.Equal("Moscow, Soviet Union", Timeline[4].Places[0].Path);
        Assert.Equal([0, 4], Timeline.AtPlace("USSR").Select(m => m.Index));
        Assert.Equal([3], Timeline.AtPlace("moon").Select(m => m.Index));
        Assert.Empty(Timeline.AtPlace("Moon", includeEnclosed: false));
    }

    [Fact]
    public void AddPlaceAlias_ChainsAndDuplicates_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => new TimelineBuilder().AddPlaceAlias("USSR", "Soviet Union").AddPlaceAlias("ussr", "Russia"));
        Assert.Throws<ArgumentException>(() => new TimelineBuilder().AddPlaceAlias("USSR", "Soviet Union").AddPlaceAlias("CCCP", "USSR"));
        Assert.Throws<ArgumentException>(() => new TimelineBuilder().AddPlaceAlias("USSR", "Soviet Union").AddPlaceAlias("Soviet Union", "Russia"));
        Assert.Throws<ArgumentException>(() => new TimelineBuilder().AddPlaceAlias("Moon", "Sea of Tranquility, Moon"));
    }
}
