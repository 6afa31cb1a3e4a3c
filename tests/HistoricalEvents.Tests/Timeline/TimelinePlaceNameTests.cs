using HistoricalEvents.Timelines;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>Issue #11 part 1: places found the way people ask, across the polities a path names.</summary>
public class TimelinePlaceNameTests
{
    private static HistoricalEvent At(string summary, params string[] places) =>
        new(HistoricalDate.FromYear(100), summary, places.Select(Place.Parse));

    private static readonly TimelineT Timeline = new TimelineBuilder()
        .Add(At("city", "Rome"))
        .Add(At("republic", "Rome, Roman Republic"))
        .Add(At("empire", "Rome, Roman Empire"))
        .Add(At("hill", "Palatine Hill, Rome"))
        .Add(At("imperial hill", "Palatine Hill, Rome, Roman Empire"))
        .Add(At("italy", "Rome, Lazio, Italy"))
        .Add(At("georgia", "Rome, Georgia, United States"))
        .Add(At("milan", "Milan, Roman Empire"))
        .Add(At("byzantium", "Byzantium"))
        .AddPlaceAlias("Roma", "Rome, Lazio, Italy")
        .AddPlaceAlias("Byzantion, Thrace", "Byzantium")
        .Build();

    private static string[] Summaries(IReadOnlyList<TimelineMatch> matches) =>
        [.. matches.Select(m => m.Event.Summary).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Rome", "city,empire,georgia,hill,imperial hill,italy,republic")]
    [InlineData("rome", "city,empire,georgia,hill,imperial hill,italy,republic")]
    [InlineData("Rome, Italy", "italy")]
    [InlineData("Rome, Lazio, Italy", "italy")]
    [InlineData("Rome, United States", "georgia")]
    [InlineData("Rome, Roman Empire", "empire,imperial hill")]
    [InlineData("Roman Empire", "empire,imperial hill,milan")]
    [InlineData("Roman Republic", "republic")]
    [InlineData("Palatine Hill", "hill,imperial hill")]
    [InlineData("Roma", "italy")]
    [InlineData("Byzantion", "byzantium")]
    [InlineData("Rome, France", "")]
    [InlineData("Paris", "")]
    public void AtPlace_NameOrPath_FindsEveryBranchItNames(string query, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), Summaries(Timeline.AtPlace(query)));

    [Fact]
    public void AtPlace_NameWithoutEnclosed_FindsOnlyPlacesWithThatName() =>
        Assert.Equal(["city", "empire", "georgia", "italy", "republic"], Summaries(Timeline.AtPlace("Rome", includeEnclosed: false)));

    [Fact]
    public void FindByName_AmbiguousName_ListsEveryPlaceSoACallerCanChoose() =>
        // Gazetteer order: depth-first, roots by name (Italy, Roman Empire, Roman Republic, Rome, United States).
        Assert.Equal(["Rome, Lazio, Italy", "Rome, Roman Empire", "Rome, Roman Republic", "Rome", "Rome, Georgia, United States"],
            Timeline.Gazetteer.FindByName("Rome").Select(p => p.Path));

    [Fact]
    public void Resolve_PathThroughAnIntermediatePlace_NarrowsToThatBranch() =>
        Assert.Equal(["Rome, Georgia, United States"], Timeline.Gazetteer.Resolve("Rome, Georgia").Select(p => p.Path));
}

public class TimelineHistoricalNamesTests
{
    private static HistoricalEvent At(string summary, string date, params string[] places) =>
        new(HistoricalDate.Parse(date), summary, places.Select(Place.Parse));

    private static TimelineBuilder Builder() => new TimelineBuilder()
        .Add(At("fall", "May 29, 1453", "Constantinople, Byzantine Empire"))
        .Add(At("founding", "c. 657 BC", "Byzantium"))
        .Add(At("republic", "1923", "Istanbul, Turkey"))
        .Add(At("siege", "1941", "Leningrad, Soviet Union"))
        .Add(At("referendum", "1991", "Moscow, USSR"));

    [Theory]
    [InlineData("Istanbul", "fall,founding,republic")]
    [InlineData("Constantinople", "fall,founding,republic")]
    [InlineData("Saint Petersburg", "siege")]
    [InlineData("Soviet Union", "referendum,siege")]
    [InlineData("Eastern Roman Empire", "fall,founding")]  // "Byzantium" names both the empire and the city
    public void AtPlace_WithHistoricalGazetteer_FindsEveryNameOfThePlace(string query, string expected)
    {
        TimelineT timeline = Builder().UseHistoricalGazetteer(Gazetteer.Historical).Build();

        Assert.Equal(expected.Split(','), timeline.AtPlace(query).Select(m => m.Event.Summary).Order(StringComparer.Ordinal));
        Assert.Same(HistoricalEvents.Places.HistoricalGazetteer.Default, timeline.Gazetteer.HistoricalNames);
    }

    [Fact]
    public void AtPlace_WithoutHistoricalGazetteer_FindsOnlyTheNameAsWritten() =>
        Assert.Equal(["republic"], Builder().Build().AtPlace("Istanbul").Select(m => m.Event.Summary));
}
