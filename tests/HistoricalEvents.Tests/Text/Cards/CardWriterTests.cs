using System.Text;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Cards;

public class CardWriterTests
{
    private static EventCard Card(string title, HistoricalDate date, IEnumerable<HistoricalEvent>? moments = null,
        IEnumerable<string>? narrative = null, IEnumerable<Source>? sources = null) =>
        new(new HistoricalEvent(date, "Something happened.", [Place.Parse("Hastings, England")], title,
            narrative ?? ["A paragraph."], sources ?? [Source.Parse("example.org")]), moments);

    [Fact]
    public void Write_Seed_GivesTheSeedByteForByte()
    {
        EventCard card = CardReader.Parse(CardTestData.Seed).Value;
        byte[] written = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(CardWriter.Write(card));
        Assert.Equal(CardTestData.SeedBytes, written);
        Assert.Equal(CardTestData.Seed, card.ToCardText());
    }

    [Fact]
    public void Write_SeedReadWithCrLfAndBlankParagraphLines_GivesTheCanonicalSeed()
    {
        string untidy = "\uFEFF" + CardTestData.Seed.Replace("\n", "  \r\n", StringComparison.Ordinal)
            .Replace("Under Soviet rule", "\r\nUnder Soviet rule", StringComparison.Ordinal);
        Assert.Equal(CardTestData.Seed, CardWriter.Write(CardReader.Parse(untidy).Value));
    }

    [Fact]
    public void WriteAll_ThenReadAll_GivesTheSameCards()
    {
        EventCard seed = CardReader.Parse(CardTestData.Seed).Value;
        EventCard[] cards =
        [
            seed,
            Card("Caesar", HistoricalDate.FromYear(-43)),
            Card("Hastings", HistoricalDate.FromDay(1066, 10, 14),
                // The reader gives moments the card's sources, so a card built in code does the same to round-trip.
                [new HistoricalEvent(HistoricalDate.FromYear(1065), "Before.", [Place.Parse("England"), Place.Parse("Normandy, France")],
                    sources: [Source.Parse("example.org")])]),
        ];
        var writer = new StringWriter();
        CardWriter.WriteAll(cards, writer);
        string text = writer.ToString();
        Assert.Contains("Source: en.wikipedia.org\n\nCaesar\n44 BC · Hastings, England\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith('\n'));
        EventCard[] readBack = [.. CardReader.ReadAll(new StringReader(text)).Select(r => r.Value)];
        Assert.Equal(cards, readBack);
    }

    [Fact]
    public void WriteAll_OneCard_IsWrite()
    {
        EventCard card = Card("One", HistoricalDate.FromYear(1991));
        var writer = new StringWriter();
        CardWriter.WriteAll([card], writer);
        Assert.Equal(CardWriter.Write(card), writer.ToString());
    }

    [Fact]
    public void Write_DateWithoutText_UsesTheEnglishForm()
    {
        var moment = new HistoricalEvent(HistoricalDate.FromDay(1920, 4, 28), "A moment.", [Place.Parse("Baku, Azerbaijan")]);
        string text = CardWriter.Write(Card("Title", HistoricalDate.FromYear(1991), [moment]));
        Assert.Equal("Title\n1991 · Hastings, England\nSomething happened.\nApril 28, 1920\nA moment.\nBaku, Azerbaijan\nA paragraph.\nSource: example.org", text);
    }

    [Fact]
    public void Write_DateTextThatIsNotTheValue_UsesTheEnglishForm()
    {
        HistoricalDate mislabelled = HistoricalDate.FromYear(1991).WithText("1990");
        Assert.StartsWith("Title\n1991 · ", CardWriter.Write(Card("Title", mislabelled)), StringComparison.Ordinal);
    }

    public static TheoryData<string, EventCard> UnwritableCards => new()
    {
        { "moment without places", Card("T", HistoricalDate.FromYear(1991), [new HistoricalEvent(HistoricalDate.FromYear(1990), "M.")]) },
        { "no source", Card("T", HistoricalDate.FromYear(1991), sources: []) },
        { "paragraph read as a date", Card("T", HistoricalDate.FromYear(1991), narrative: ["1920"]) },
        { "paragraph read as a source", Card("T", HistoricalDate.FromYear(1991), narrative: ["Source: elsewhere"]) },
        { "paragraph spanning lines", Card("T", HistoricalDate.FromYear(1991), narrative: ["One.\nTwo."]) },
        { "blank paragraph", Card("T", HistoricalDate.FromYear(1991), narrative: [" "]) },
        { "title that is a separator", Card("---", HistoricalDate.FromYear(1991)) },
    };

    [Theory]
    [MemberData(nameof(UnwritableCards))]
    public void Write_UnwritableCard_ThrowsAndWritesNothing(string kind, EventCard card)
    {
        var writer = new StringWriter();
        Assert.Throws<ArgumentException>(() => CardWriter.Write(card, writer));
        Assert.True(writer.ToString().Length == 0, kind);
    }
}
