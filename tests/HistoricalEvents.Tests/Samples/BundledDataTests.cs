using HistoricalEvents.Tests.Text.Cards;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Samples;

/// <summary>The card files bundled under samples/data: every card reads, and the set is what its README says.</summary>
public class BundledDataTests
{
    internal static string DataFolder => Path.Combine(CardTestData.RepositoryRoot, "samples", "data");

    public static TheoryData<string, int> Files => new()
    {
        { "battles.txt", 4501 },
        { "earthquakes.txt", 177 },
        { "british-history.txt", 99 },
        { "science-and-technology.txt", 199 },
        { "football.txt", 162 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadFile_BundledFile_EveryCardReadsWithASource(string file, int expected)
    {
        var cards = new List<EventCard>();
        foreach (ParseResult<EventCard> result in CardReader.ReadFile(Path.Combine(DataFolder, file)))
        {
            Assert.True(result.Success, result.Error?.ToString());
            cards.Add(result.Value);
        }
        Assert.Equal(expected, cards.Count);
        Assert.All(cards, card => Assert.StartsWith("https://en.wikipedia.org/wiki/", card.Sources[0].Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadFile_Battles_EveryPlaceHasCoordinates()
    {
        foreach (ParseResult<EventCard> result in CardReader.ReadFile(Path.Combine(DataFolder, "battles.txt")))
            Assert.NotNull(Assert.Single(result.Value.Headline.Places).Coordinates);
    }

    [Fact]
    public void Build_AllBundledFiles_AtLeastAThousandEventsAndKnownBattles()
    {
        Timelines.Timeline timeline = Timelines.Timeline.FromCards(Directory.EnumerateFiles(DataFolder, "*.txt")
            .Where(f => !f.EndsWith("generator-report.log", StringComparison.Ordinal))
            .SelectMany(f => CardReader.ReadFile(f)).Select(r => r.Value));
        Assert.True(timeline.Count >= 1000, $"{timeline.Count} events");
        TimelineMatch actium = Assert.Single(timeline.Search("Battle of Actium"));
        Assert.Equal(-30, actium.Event.Date.Year);   // 31 BC, astronomical year -30
        Assert.Equal(38.93444, actium.Event.Places[0].Coordinates!.Value.Latitude, 5);
    }
}
