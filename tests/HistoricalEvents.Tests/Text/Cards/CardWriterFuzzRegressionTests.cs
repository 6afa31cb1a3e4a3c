using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Cards;

/// <summary>
/// Inputs found by fuzzing (tests/HistoricalEvents.Fuzz, target "cards"): cards read that the writer refused to write,
/// because a source or a place looked like a <c>Source:</c> or <c>---</c> line where it could not start one.
/// </summary>
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

    [Theory]
    [InlineData("Title\n1991 · ---\nA summary.\nSource: example.org")]
    [InlineData("Title\n1991 · Source: x\nA summary.\nSource: example.org")]
    [InlineData("Title\n1991 · Baku | ---\nA summary.\nSource: example.org")]
    [InlineData("Title\n1991 · Baku\nA summary.\nApril 28, 1920\nA moment.\nBaku | ---\nSource: example.org")]
    public void Write_PlaceThatLooksLikeACardLineButDoesNotStartOne_IsWrittenAndReadsBack(string text)
    {
        EventCard card = CardReader.Parse(text).Value;
        string written = CardWriter.Write(card);
        Assert.Equal(text, written);
        Assert.Equal(card, CardReader.Parse(written).Value);
    }

    [Theory]
    [InlineData("77u/RgpjLiAxMjAwIEJDIMK3IFRyb3ksIEFuYWENClQKDQpBIGguDQpTb3VyY2U6IFNvdXJjZTogb3JnDQoNCkJhcmQNCkZlYm9yZw0KDQpCYXJkDQo9ZWJydWFyeSAzMCwgMTkyMCnCtyBOb2UNCk5uZy4NClNvdXJjZToNCg==")]
    [InlineData("70ZlYrtGCj9GZWJydWFyeSAuMAAAbApTZXB0MTQsIDEwNjYgwrcgLS0tCsVuJwpXaQAyMCNhNAEAv8/Bv0YKP3Jn+EeBZ3MRIElncwpPY3RzIApTb3VyY2U6dmVoeSAuMAAAbApNYQpDYQpI")]
    public void Write_FuzzInput_EveryCardReadIsWrittenAndReadBackEqual(string base64)
    {
        byte[] input = Convert.FromBase64String(base64);
        // AFL found these when invalid UTF-8 was still read as U+FFFD; that is now an explicit option.
        var options = new CardReaderOptions { ReplaceInvalidUtf8 = true };
        EventCard[] cards = [.. CardReader.ReadAll(new MemoryStream(input), options).Where(r => r.Success).Select(r => r.Value)];
        EventCard card = Assert.Single(cards);
        Assert.Equal(card, CardReader.Parse(CardWriter.Write(card)).Value);
    }
}
