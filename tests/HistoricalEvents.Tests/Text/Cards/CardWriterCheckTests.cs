using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Cards;

/// <summary><c>CardWriter.CheckWritable</c> (what JSON reading asks of every card): the writer's checks without its text.</summary>
public class CardWriterCheckTests
{
    private static EventCard Card(string summary = "Something happened.", string momentSummary = "A moment.") =>
        new(new HistoricalEvent(HistoricalDate.FromYear(1991), summary, [Place.Parse("Hastings, England")], "Title",
            ["A paragraph."], [Source.Parse("example.org")]),
            [new HistoricalEvent(HistoricalDate.FromYear(1990), momentSummary, [Place.Parse("Baku, Azerbaijan")])]);

    public static TheoryData<string, EventCard> MoreUnwritableCards => new()
    {
        // Each check here sits inside an append in the writer: checking alone must still make it.
        { "summary spanning lines", Card(summary: "One.\nTwo.") },
        { "summary read as a source", Card(summary: "Source: elsewhere") },
        { "moment summary spanning lines", Card(momentSummary: "One.\nTwo.") },
        { "blank moment summary", Card(momentSummary: " ") },
    };

    [Theory]
    [MemberData(nameof(CardWriterTests.UnwritableCards), MemberType = typeof(CardWriterTests))]
    [MemberData(nameof(MoreUnwritableCards))]
    public void CheckWritable_UnwritableCard_ThrowsWhatWriteThrows(string kind, EventCard card)
    {
        ArgumentException written = Assert.Throws<ArgumentException>(() => CardWriter.Write(card));

        ArgumentException checkedOnly = Assert.Throws<ArgumentException>(() => CardWriter.CheckWritable(card));

        Assert.True(written.Message == checkedOnly.Message, kind);
    }

    [Fact]
    public void CheckWritable_WritableCards_DoesNotThrow()
    {
        EventCard[] cards = [CardReader.Parse(CardTestData.Seed).Value, Card()];
        foreach (EventCard card in cards)
        {
            Assert.NotEmpty(CardWriter.Write(card));

            Exception? thrown = Record.Exception(() => CardWriter.CheckWritable(card));

            Assert.Null(thrown);
        }
    }
}
