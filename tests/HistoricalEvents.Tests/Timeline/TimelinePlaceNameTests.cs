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
