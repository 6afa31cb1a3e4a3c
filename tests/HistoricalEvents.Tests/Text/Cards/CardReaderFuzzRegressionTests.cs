using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Cards;

/// <summary>
/// Inputs found by fuzzing (tests/HistoricalEvents.Fuzz, target "cards"): the reader accepted cards the writer
/// could not write back, or wrote back as a different card.
/// </summary>
public class CardReaderFuzzRegressionTests
{
    private const string Body = "\n1991 · Baku, Azerbaijan\nA summary.\nA paragraph.\nSource: example.org";

    [Theory]
    [InlineData("Ti\rtle" + Body, 1, 3)]
    [InlineData("Title\n1991 · Baku, Azerbaijan\nA sum\rmary.\nA paragraph.\nSource: example.org", 3, 6)]
    [InlineData("Title\n1991 · Baku, Azerbaijan\nA summary.\nA \r paragraph.\nSource: example.org", 4, 3)]
    [InlineData("Title\n1991 · Baku, Azerbaijan\nA summary.\nA paragraph.\nSource: exa\rmple.org", 5, 12)]
    [InlineData("Title\n1991 · Baku, Azerbaijan\nA summary.\nApril 28, 1920\nMoment.\nBaku\r, Azerbaijan\nSource: example.org", 6, 5)]
    [InlineData("Title\r\n1991 · Baku\r, Azerbaijan\r\nA summary.\r\nSource: example.org\r\n", 2, 12)]
    public void Parse_CarriageReturnInsideALine_ErrorAtItsColumn(string text, int line, int column)
    {
        ParseResult<EventCard> result = CardReader.Parse(text);
        Assert.False(result.Success);
        Assert.Equal((line, column), (result.Error!.Line, result.Error.Column));
        Assert.Contains("carriage return", result.Error.Found, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Title\r\r\n1991 · Baku, Azerbaijan\r\nA summary.\r\nSource: example.org")]
    [InlineData("Title\r\n1991 · Baku, Azerbaijan \r \r\nA summary.\r\nSource: example.org\r\r\n")]
    public void Parse_CarriageReturnsEndingALine_AreTrailingWhiteSpaceAndReadAsBefore(string text)
    {
        EventCard card = CardReader.Parse(text).Value;
        Assert.Equal("Title", card.Title);
        Assert.Equal(CardReader.Parse("Title" + Body.Replace("\nA paragraph.", "", StringComparison.Ordinal)).Value, card);
    }

    [Fact]
    public void ReadAll_CarriageReturnInACard_ReportsThatCardAndReadsTheNext()
    {
        string text = "First" + Body.Replace("A paragraph.", "A para\rgraph.", StringComparison.Ordinal) + "\n\nSecond" + Body;
        ParseResult<EventCard>[] results = [.. CardReader.ReadAll(new StringReader(text))];
        Assert.Equal(2, results.Length);
        Assert.Equal((4, 7), (results[0].Error!.Line, results[0].Error!.Column));
        Assert.Equal("Second", results[1].Value.Title);
    }

    [Fact]
    public void ReadAll_CarriageReturnInALineAfterTheSources_EndsTheCardAndReportsTheLine()
    {
        string text = "First" + Body + "\nStray\rline\n1991\nSummary.\nSource: example.org";
        ParseResult<EventCard>[] results = [.. CardReader.ReadAll(new StringReader(text))];
        Assert.Equal("First", results[0].Value.Title);
        Assert.Equal((6, 6), (results[1].Error!.Line, results[1].Error!.Column));
        Assert.Equal(2, results.Length);
    }

    // A byte-order mark that starts a line is what `cat a b` leaves between files: the line reader skips it (one),
    // so the next title is read as written; a second one right after it is text no writer makes, and an error.
    [Theory]
    [InlineData("\n\n\uFEFFTitle" + Body, "Title")]
    [InlineData("First" + Body + "\n\n\uFEFFSecond" + Body, "Second")]
    public void ReadAll_ByteOrderMarkStartingALineAfterTheFirstCharacter_IsSkippedLikeAConcatenatedFilesMark(string text, string lastTitle)
    {
        ParseResult<EventCard>[] results = [.. CardReader.ReadAll(new StringReader(text))];
        Assert.All(results, r => Assert.True(r.Success));
        Assert.Equal(lastTitle, results[^1].Value.Title);
    }

    [Theory]
    [InlineData("\uFEFF\uFEFFTitle" + Body, 1)]
    public void ReadAll_ByteOrderMarkStartingALineAfterTheFirstCharacter_ErrorAtColumnOne(string text, int line)
    {
        ParseError error = CardReader.ReadAll(new StringReader(text)).First(r => !r.Success).Error!;
        Assert.Equal((line, 1), (error.Line, error.Column));
        Assert.Contains("U+FEFF", error.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ByteOrderMarkAtTheStartOfTheText_IsSkippedAsBefore() =>
        Assert.Equal("Title", CardReader.Parse("\uFEFFTitle" + Body).Value.Title);

    /// <summary>The inputs AFL saved, as it saved them (base64).</summary>
    [Theory]
    [InlineData("77u/RnJveQ0KYy4gMTIwMCBCQyDCtyBUcm95LCBBbmFhDQpUcy4NCg0KQQ0LLg0KU291cmNlOiBvcmcNCg0LQmFyZA0KRmVicnVhcnkgMzAsIDE5MjAgwrcgTm9lDQpObmcuDQpTb3VyY2U6DQo=")]
    [InlineData("77u/RnJveQ0KYy4gMTIwMCBCQyDCtyBUcm95LCBBbmFhDQpUcy4NCg0KQSBoLg0KU291cmNlOiBvcmcNCA0KQmFyZA0KRmVicmUNCk5ugS4NClNvdXJjZToNgA==")]
    [InlineData("77u/RnJveQ0KYy4gMTIwMCBCQyDCtyBUcm95LCBBbmFhDQpUcy4NCg0KQSBoLg0KU291cmNlOiBvcmcNZAAKQiAxOTIwIMK3IE5vZQ0KTm5nLg0KU291cmNlYXJkDQpGZWJydWFyeSAzMCwgMTkyMCDCtyBOb2UNCk5uZy4NClNvdXJjZToNCg==")]
    public void ReadAll_FuzzInputs_EveryCardReadIsWrittenAndReadBackEqual(string base64)
    {
        byte[] input = Convert.FromBase64String(base64);
        ParseResult<EventCard>[] results = [.. CardReader.ReadAll(new MemoryStream(input))];
        Assert.NotEmpty(results);
        foreach (ParseResult<EventCard> result in results)
        {
            if (result.Success)
            {
                string written = CardWriter.Write(result.Value);
                Assert.Equal(result.Value, CardReader.Parse(written).Value);
            }
        }
    }

    /// <summary>
    /// AFL inputs (CI's 60-second run, after the recovery and stray-character work met): recovery took the line with
    /// the stray carriage return itself for the next card's title, a card the writer could not write back.
    /// </summary>
    [Theory]
    [InlineData("First\nStray\rTitle\n1991 · Baku\nA summary.\nA paragraph.\nSource: example.org", 2)]
    [InlineData("First\n1991 · Baku\nA summary.\nA paragraph.\n\rTroy\n44 BC · Rome\nS.\nP.\nSource: example.org", 5)]
    public void ReadAll_LineWithAStrayCarriageReturn_IsNeverTheNextTitle(string text, int line)
    {
        ParseResult<EventCard>[] results = [.. CardReader.ReadAll(new StringReader(text))];
        Assert.Contains(results, r => !r.Success && r.Error!.Line == line);
        foreach (ParseResult<EventCard> result in results.Where(r => r.Success))
        {
            Assert.DoesNotContain('\r', result.Value.Title);
            Assert.Equal(result.Value, CardReader.Parse(CardWriter.Write(result.Value)).Value);
        }
    }
}
