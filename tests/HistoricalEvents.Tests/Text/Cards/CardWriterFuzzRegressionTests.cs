using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Cards;

/// <summary>Inputs found by fuzzing (tests/HistoricalEvents.Fuzz, target "cards") that the writer refused to write.</summary>
public class CardWriterFuzzRegressionTests
{
    [Theory]
    [InlineData("Source: org")]
    [InlineData("---")]
    [InlineData("Source:")]
    public void Write_SourceThatLooksLikeACardLine_IsWrittenAfterThePrefixAndReadsBack(string source)
    {
        string text = $"Title\n1991 · Baku, Azerbaijan\nA summary.\nSource: {source}";
        EventCard card = CardReader.Parse(text).Value;
        Assert.Equal(source, Assert.Single(card.Sources).Text);
        string written = CardWriter.Write(card);
        Assert.Equal(text, written);
        Assert.Equal(card, CardReader.Parse(written).Value);
    }

    [Fact]
    public void Write_FuzzInput_EveryCardReadIsWrittenAndReadBackEqual()
    {
        byte[] input = Convert.FromBase64String(
            "77u/RgpjLiAxMjAwIEJDIMK3IFRyb3ksIEFuYWENClQKDQpBIGguDQpTb3VyY2U6IFNvdXJjZTogb3JnDQoNCkJhcmQNCkZlYm9yZw0KDQpCYXJkDQo9ZWJydWFyeSAzMCwgMTkyMCnCtyBOb2UNCk5uZy4NClNvdXJjZToNCg==");
        EventCard[] cards = [.. CardReader.ReadAll(new MemoryStream(input)).Where(r => r.Success).Select(r => r.Value)];
        EventCard card = Assert.Single(cards);
        Assert.Equal(card, CardReader.Parse(CardWriter.Write(card)).Value);
    }
}
