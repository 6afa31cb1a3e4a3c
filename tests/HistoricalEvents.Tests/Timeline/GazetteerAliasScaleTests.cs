using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>Issue #9 defect 4 / #11: many aliases, their targets interned by path, sharing chains with the events' places.</summary>
public class GazetteerAliasScaleTests
{
    private const int Aliases = 20_000;

    private static readonly Timelines.Timeline Timeline = Build();

    private static Timelines.Timeline Build()
    {
        var builder = new TimelineBuilder();
        // Events name some targets (in another case) before the aliases are interned: both must be one place.
        for (int i = 0; i < Aliases; i += 1000)
        {
            builder.Add(new HistoricalEvent(HistoricalDate.FromYear(1900 + i / 1000), "At place " + i, [Place.Parse($"PLACE {i}, region {i % 100}, Country {i % 7}")]));
        }
        builder.Add(new HistoricalEvent(HistoricalDate.FromYear(1999), "Via alias", [Place.Parse("Alias 4321")]));
        for (int i = 0; i < Aliases; i++)
        {
            builder.AddPlaceAlias("Alias " + i, $"Place {i}, Region {i % 100}, Country {i % 7}");
        }
        return builder.Build();
    }

    [Fact]
    public void Build_ManyAliases_EachFindsItsOwnPlace()
    {
        for (int i = 0; i < Aliases; i += 997)
        {
            Assert.Equal($"place {i}, region {i % 100}, country {i % 7}", Timeline.Gazetteer.Find("alias " + i)?.Path, StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Build_ManyAliases_OnePlacePerPathWhateverTheCase() =>
        // Every target place, every distinct (region, country) path, the 7 countries; the events' upper-case paths add none.
        Assert.Equal(Aliases + DistinctRegions() + 7, Timeline.Gazetteer.Count);

    private static int DistinctRegions() =>
        Enumerable.Range(0, Aliases).Select(i => (i % 100, i % 7)).Distinct().Count();

    [Fact]
    public void AtPlace_AliasOrTargetOrEnclosingPlace_FindsTheSameEvents()
    {
        Assert.Equal(["At place 3000"], Timeline.AtPlace("Alias 3000").Select(m => m.Event.Summary));
        Assert.Equal(["At place 3000"], Timeline.AtPlace("place 3000, REGION 0, country 4").Select(m => m.Event.Summary));
        Assert.Equal(["Via alias"], Timeline.AtPlace("Place 4321, Region 21, Country 2").Select(m => m.Event.Summary));
        Assert.Equal(Aliases, Timeline.Gazetteer.Aliases.Count);
    }

    [Fact]
    public void Aliases_Values_AreTheGazetteersOwnPlaces()
    {
        foreach ((string alias, Place place) in Timeline.Gazetteer.Aliases.Take(500))
        {
            Assert.Same(Timeline.Gazetteer.Find(place.Path), place);
            Assert.Same(Timeline.Gazetteer.Find(alias), place);
        }
    }
}
