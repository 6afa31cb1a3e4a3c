using System.Text;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Text.Cards;

public class CardReaderTests
{
    private static List<ParseResult<EventCard>> ReadAll(string text, CardReaderOptions? options = null) =>
        [.. CardReader.ReadAll(new StringReader(text), options)];

    private static EventCard Seed => CardReader.Parse(CardTestData.Seed).Value;

    [Fact]
    public void Parse_Seed_ReadsTheHeadlineEvent()
    {
        EventCard card = Seed;
        HistoricalEvent headline = card.Headline;
        Assert.Equal("Azerbaijan Declares Independence from the Soviet Union", card.Title);
        Assert.Equal(card.Title, headline.Title);
        Assert.Equal(DatePrecision.Year, headline.Date.Precision);
        Assert.Equal(1991, headline.Date.Year);
        Assert.Equal("1991", headline.Date.Text);
        Assert.Equal((new LocalDate(1991, 1, 1), new LocalDate(1991, 12, 31)), (headline.Date.Earliest, headline.Date.Latest));
        Assert.Equal("Azerbaijan declares its independence from the Soviet Union following a national referendum.", headline.Summary);
        Place baku = Assert.Single(headline.Places);
        Assert.Equal(("Baku", "Baku, Azerbaijan"), (baku.Name, baku.Text));
        Assert.Equal(["Azerbaijan"], baku.EnclosingPlaces.Select(p => p.Name));
    }

    [Fact]
    public void Parse_Seed_ReadsTheMoment()
    {
        HistoricalEvent moment = Assert.Single(Seed.Moments);
        Assert.Null(moment.Title);
        Assert.Equal(DatePrecision.Day, moment.Date.Precision);
        Assert.Equal((1920, 4, 28), (moment.Date.Year, moment.Date.Month, moment.Date.Day));
        Assert.Equal(HistoricalCalendar.Gregorian, moment.Date.Calendar);
        Assert.Equal(new LocalDate(1920, 4, 28), moment.Date.Earliest);
        Assert.Equal("Azerbaijan was incorporated into the Soviet Union as the Azerbaijan Soviet Socialist Republic.", moment.Summary);
        Assert.Equal(["Baku, Azerbaijan", "Soviet Union"], moment.Places.Select(p => p.Text));
        Assert.Equal(["Azerbaijan"], moment.Places[0].EnclosingPlaces.Select(p => p.Path));
        Assert.Empty(moment.Places[1].EnclosingPlaces);
        Assert.Equal(Seed.Sources, moment.Sources);
    }

    [Fact]
    public void Parse_Seed_ReadsNarrativeAndSource()
    {
        EventCard card = Seed;
        // The seed file has 14 lines: paragraphs on lines 7-13 (seven), the source on line 14. The issue and
        // card-format.md say "eight paragraphs" and put the source on line 15, which the file does not bear out.
        Assert.Equal(7, card.Narrative.Count);
        Assert.StartsWith("Following the chaos of World War I", card.Narrative[0], StringComparison.Ordinal);
        Assert.StartsWith("Under Soviet rule, Azerbaijan", card.Narrative[6], StringComparison.Ordinal);
        Assert.Contains("Azerbaijan\u2019s independence", card.Narrative[2], StringComparison.Ordinal);
        Source source = Assert.Single(card.Sources);
        Assert.Equal(("en.wikipedia.org", "Wikipedia", "English"), (source.Text, source.Publisher, source.Language));
    }

    [Fact]
    public void ReadFile_Seed_SetsPositionsAndOrigins()
    {
        string path = CardTestData.SeedPath;
        EventCard card = Assert.Single(CardReader.ReadFile(path)).Value;
        Assert.Equal((new TextPosition(1, 1), path), (card.Position, card.File));
        Assert.Equal(new EventOrigin(card.Title, path, new TextPosition(2, 1)), card.Headline.Origin);
        Assert.Equal(new EventOrigin(card.Title, path, new TextPosition(4, 1)), card.Moments[0].Origin);
    }

    [Theory]
    [InlineData("\r\n", "")]
    [InlineData("\n", "\uFEFF")]
    [InlineData("\r\n", "\uFEFF")]
    public void Parse_CrLfAndByteOrderMark_ReadsTheSameCardAtTheSamePositions(string newLine, string prefix)
    {
        string text = prefix + CardTestData.Seed.Replace("\n", newLine, StringComparison.Ordinal);
        EventCard card = CardReader.Parse(text).Value;
        Assert.Equal(Seed, card);
        Assert.Equal("Azerbaijan Declares Independence from the Soviet Union", card.Title);
        Assert.Equal(4, card.Moments[0].Origin!.Line);
        Assert.DoesNotContain(card.Narrative, p => p.EndsWith('\r'));
    }

    [Fact]
    public void ReadAll_Utf8StreamWithByteOrderMark_ReadsTheSeed()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. CardTestData.SeedBytes];
        EventCard card = Assert.Single(CardReader.ReadAll(new MemoryStream(bytes))).Value;
        Assert.Equal(Seed, card);
        Assert.Equal("Azerbaijan Declares Independence from the Soviet Union", card.Title);
    }

    [Fact]
    public void Parse_TrailingSpacesAndBlankLinesBetweenParagraphs_AreNotKept()
    {
        string text = "Title  \n1066 · Hastings, England \nSummary. \nFirst paragraph. \n\n  \nSecond paragraph.\nSource: example.org  ";
        EventCard card = CardReader.Parse(text).Value;
        Assert.Equal(("Title", "Summary."), (card.Title, card.Headline.Summary));
        Assert.Equal(["First paragraph.", "Second paragraph."], card.Narrative);
        Assert.Equal("Hastings, England", card.Headline.Places[0].Text);
        Assert.Equal("example.org", card.Sources[0].Text);
    }

    [Fact]
    public void Parse_HeadlineWithoutPlace_HasNoPlaces()
    {
        EventCard card = CardReader.Parse("Title\n44 BC\nCaesar dies.\nA paragraph.\nSource: example.org").Value;
        Assert.Empty(card.Headline.Places);
        Assert.Equal(-43, card.Headline.Date.Year);
    }

    [Fact]
    public void Parse_SeveralSourceLines_ReadsEverySource()
    {
        EventCard card = CardReader.Parse("Title\n1066\nSummary.\nA paragraph.\nSource: example.org\nSource: https://en.wikipedia.org/wiki/Hastings").Value;
        Assert.Equal(["example.org", "https://en.wikipedia.org/wiki/Hastings"], card.Sources.Select(s => s.Text));
    }

    [Theory]
    [InlineData("1920 was a year of upheaval.")]
    [InlineData("In 1920, Baku fell.")]
    [InlineData("April showers came early that year, as in 1920.")]
    public void Parse_NarrativeStartingLikeADate_StaysNarrative(string paragraph)
    {
        EventCard card = CardReader.Parse($"Title\n1991\nSummary.\n{paragraph}\nSource: example.org").Value;
        Assert.Equal([paragraph], card.Narrative);
        Assert.Empty(card.Moments);
    }

    [Theory]
    [InlineData("", 1, 1, "empty text")]
    [InlineData("\n\n---\n", 4, 1, "end of input")]
    public void Parse_NoCard_FailsAtTheEnd(string text, int line, int column, string found)
    {
        ParseResult<EventCard> result = CardReader.Parse(text);
        Assert.False(result.Success);
        Assert.Equal((line, column, found), (result.Error!.Line, result.Error.Column, result.Error.Found));
    }

    [Fact]
    public void Parse_TwoCards_FailsAtTheSecondCard()
    {
        ParseResult<EventCard> result = CardReader.Parse(CardTestData.Small("One") + "\n\n" + CardTestData.Small("Two"));
        Assert.False(result.Success);
        Assert.Equal((7, 1), (result.Error!.Line, result.Error.Column));
        Assert.Contains("\"Two\"", result.Error.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadCard_ValueThrowsWithPosition()
    {
        var ex = Assert.Throws<HistoricalParseException>(() => EventCard.Parse("Title\nBaku, Azerbaijan\nSummary.\nP.\nSource: x"));
        Assert.Equal((2, 1), (ex.Line, ex.Column));
        Assert.False(EventCard.TryParse("Title", out EventCard? none));
        Assert.Null(none);
    }

    [Theory]
    [InlineData("\n\n")]
    [InlineData("\n---\n")]
    [InlineData("\n\n---\n\n---\n\n")]
    [InlineData("\n")]
    public void ReadAll_SeparatorsBetweenCards_ReadsEveryCardAtItsLine(string separator)
    {
        string text = CardTestData.Small("One") + separator + CardTestData.Small("Two") + separator + CardTestData.Small("Three") + "\n";
        List<ParseResult<EventCard>> results = ReadAll(text);
        Assert.All(results, r => Assert.True(r.Success, r.ToString()));
        int step = 5 + separator.Count(c => c == '\n') - 1;
        Assert.Equal([("One", 1), ("Two", 1 + step), ("Three", 1 + 2 * step)], results.Select(r => (r.Value.Title, r.Value.Line)));
    }

    [Fact]
    public void ReadAll_EmptyInput_YieldsNothing() => Assert.Empty(ReadAll(""));

    // Each malformed card stands between two good cards ("First" on lines 1-5, a blank line 6, the bad card from
    // line 7, a blank line, then "Last"): the error names its line and column, and "Last" still parses at its line.
    public static TheoryData<string, string, int, int, int> MalformedCards => new()
    {
        { "no date on the headline line", "Bad\nBaku, Azerbaijan\nSummary.\nA paragraph.\nSource: x", 8, 1, 13 },
        { "a day that does not exist (headline)", "Bad\nFebruary 30, 1920 · Baku\nSummary.\nA paragraph.\nSource: x", 8, 10, 13 },
        { "a day that does not exist (moment)", "Bad\n1920\nSummary.\nFebruary 30, 1920\nMoment.\nBaku\nA paragraph.\nSource: x", 10, 10, 16 },
        { "a year that is not a year (headline)", "Bad\n1991x · Baku\nSummary.\nA paragraph.\nSource: x", 8, 5, 13 },
        { "a year that is not a year (moment)", "Bad\n1920\nSummary.\n1991x\nMoment.\nBaku\nA paragraph.\nSource: x", 10, 5, 16 },
        { "a card cut off before its Source: line", "Bad\n1991\nSummary.\nA paragraph.", 12, 1, 12 },
        { "a card cut off after its moment date", "Bad\n1991\nSummary.\n1920", 11, 1, 12 },
        { "a blank line instead of the summary", "Bad\n1991\n\nSummary.\nA paragraph.\nSource: x", 9, 1, 14 },
        { "a stray line between cards", "Stray words", 8, 1, 9 },
        { "an empty place name", "Bad\n1991 · Baku, \nSummary.\nA paragraph.\nSource: x", 8, 13, 13 },
        { "a Source: line with no source", "Bad\n1991\nSummary.\nA paragraph.\nSource:", 11, 8, 13 },
        { "a moment after the narrative", "Bad\n1991\nSummary.\nA paragraph.\n1920\nMoment.\nBaku\nSource: x", 11, 1, 16 },
        { "a --- line inside a card", "Bad\n1991\nSummary.\nA paragraph.\n---", 11, 1, 13 },
    };

    [Theory]
    [MemberData(nameof(MalformedCards))]
    public void ReadAll_MalformedCard_ReportsItsPositionAndReadsOn(string kind, string bad, int line, int column, int lastLine)
    {
        List<ParseResult<EventCard>> results = ReadAll(CardTestData.Small("First") + "\n\n" + bad + "\n\n" + CardTestData.Small("Last"));
        Assert.True(results.Count == 3, $"{kind}: {string.Join(" / ", results)}");
        Assert.Equal(("First", 1), (results[0].Value.Title, results[0].Value.Line));
        Assert.False(results[1].Success, kind);
        Assert.Equal((line, column), (results[1].Error!.Line, results[1].Error!.Column));
        Assert.Equal(("Last", lastLine), (results[2].Value.Title, results[2].Value.Line));
        Assert.Equal(lastLine + 1, results[2].Value.Headline.Origin!.Line);
    }

    [Fact]
    public void ReadAll_StrayLineRightBeforeACard_CostsOneErrorAndTheCardParses()
    {
        List<ParseResult<EventCard>> results = ReadAll("Stray words\n" + CardTestData.Small("Next"));
        Assert.Equal(2, results.Count);
        Assert.Equal((2, 1), (results[0].Error!.Line, results[0].Error!.Column));
        Assert.Equal(("Next", 2), (results[1].Value.Title, results[1].Value.Line));
    }

    [Fact]
    public void ReadAll_CardCutOffAtEndOfInput_ReportsTheEndAfterTheGoodCard()
    {
        List<ParseResult<EventCard>> results = ReadAll(CardTestData.Small("First") + "\n\nBad\n1991\nSummary.\nA paragraph.");
        Assert.Equal(2, results.Count);
        Assert.Equal("First", results[0].Value.Title);
        ParseError error = results[1].Error!;
        Assert.Equal((10, 13, "end of input"), (error.Line, error.Column, error.Found));
        Assert.Contains("Source: line ending the card that starts on line 7", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_Errors_NameFoundTextExpectationAndSource()
    {
        var options = new CardReaderOptions { SourceName = "cards.txt" };
        ParseError error = ReadAll("Bad\n1920\nSummary.\nFebruary 30, 1920\nMoment.\nBaku\nA paragraph.\nSource: x", options)[0].Error!;
        Assert.Equal("cards.txt", error.Source);
        Assert.Equal("\"30\"", error.Found);
        Assert.Contains("day", error.Expected, StringComparison.Ordinal);
        Assert.StartsWith("cards.txt:4:10: found \"30\", expected ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_TenMegabyteLine_FailsAtItsLineWithoutHoldingIt()
    {
        const int Length = 10 * 1024 * 1024;
        string before = CardTestData.Small("First") + "\n\nBad\n1991\nSummary.\n";
        string after = "\nSource: x\n\n" + CardTestData.Small("Last");
        using var reader = new GeneratedLineReader(before, 'a', Length, after);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        List<ParseResult<EventCard>> results = [.. CardReader.ReadAll(reader)];
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Equal(3, results.Count);
        ParseError error = results[1].Error!;
        Assert.Equal((10, CardReaderOptions.Default.MaxLineLength + 1), (error.Line, error.Column));
        Assert.Contains("10,485,760", error.Found, StringComparison.Ordinal);
        Assert.Equal(("Last", 13), (results[2].Value.Title, results[2].Value.Line));
        // The line is 20 MB of UTF-16; reading stops keeping it at the limit (1 Mi characters).
        Assert.True(allocated < 2L * Length, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void ReadAll_LineLongerThanASmallLimit_FailsAtTheLimitColumn()
    {
        var options = new CardReaderOptions { MaxLineLength = 30 };
        List<ParseResult<EventCard>> results = ReadAll("Title\n1991\nSummary.\nThis paragraph is longer than thirty characters.\nSource: x\n\n" + CardTestData.Small("Last"), options);
        Assert.Equal((4, 31), (results[0].Error!.Line, results[0].Error!.Column));
        Assert.Equal(("Last", 7), (results[1].Value.Title, results[1].Value.Line));
    }

    [Fact]
    public void ReadAll_CardPastMaxCardLines_FailsAndReadsOn()
    {
        var options = new CardReaderOptions { MaxCardLines = 6 };
        string big = "Big\n1991\nSummary.\nP1.\nP2.\nP3.\nP4.\nSource: x";
        List<ParseResult<EventCard>> results = ReadAll(big + "\n\n" + CardTestData.Small("Last"), options);
        Assert.Equal(2, results.Count);
        Assert.Equal((7, 1), (results[0].Error!.Line, results[0].Error!.Column));
        Assert.Equal(("Last", 10), (results[1].Value.Title, results[1].Value.Line));
    }

    [Fact]
    public void ReadAll_CardPastMaxCardLength_Fails()
    {
        var options = new CardReaderOptions { MaxCardLength = 40 };
        ParseResult<EventCard> result = Assert.Single(ReadAll("Title\n1991\nSummary.\nA paragraph of some length.\nSource: x", options));
        Assert.Equal(4, result.Error!.Line);
    }

    [Fact]
    public void ReadAll_HostilePlacePath_FailsAtItsColumnAndReadsOn()
    {
        string deep = string.Join(", ", Enumerable.Repeat("a", 100_000));
        List<ParseResult<EventCard>> results = ReadAll($"Bad\n1991 · Baku | {deep}\nS.\nP.\nSource: x\n\n" + CardTestData.Small("Last"));
        Assert.Equal((2, 15), (results[0].Error!.Line, results[0].Error!.Column));
        Assert.Contains("100,000 names", results[0].Error!.Found, StringComparison.Ordinal);
        Assert.Equal(("Last", 7), (results[1].Value.Title, results[1].Value.Line));
    }

    [Fact]
    public void Parse_OverlongLastLineWithoutLineBreak_FailsAtTheLimit()
    {
        var options = new CardReaderOptions { MaxLineLength = 100 };
        ParseResult<EventCard> result = CardReader.Parse("Title\n1991\nS.\n" + new string('p', 100_000), options);
        Assert.Equal((4, 101), (result.Error!.Line, result.Error!.Column));
    }

    [Fact]
    public void ReadAll_LargestLineLimit_ReadsNormally()
    {
        var options = new CardReaderOptions { MaxLineLength = int.MaxValue, MaxCardLength = int.MaxValue };
        Assert.Equal("Azerbaijan Declares Independence from the Soviet Union", Assert.Single(ReadAll(CardTestData.Seed, options)).Value.Title);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Options_NonPositiveLimit_ThrowsNamingTheOption(int limit) =>
        Assert.Equal("MaxLineLength", Assert.Throws<ArgumentOutOfRangeException>(() => new CardReaderOptions { MaxLineLength = limit }).ParamName);

    [Fact]
    public async Task ReadAllAsync_Stream_ReadsLikeTheSynchronousReader()
    {
        string text = CardTestData.Seed + "\n---\n" + "Bad\n1991x\nS.\nP.\nSource: x\n\n" + CardTestData.Small("Last");
        List<ParseResult<EventCard>> expected = ReadAll(text);
        var actual = new List<ParseResult<EventCard>>();
        await foreach (ParseResult<EventCard> result in CardReader.ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))))
        {
            actual.Add(result);
        }
        Assert.Equal(3, actual.Count);
        Assert.Equal(expected, actual);
        Assert.Equal(17, actual[1].Error!.Line);
    }

    [Fact]
    public async Task ReadAllAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        string text = CardTestData.Small("One") + "\n\n" + CardTestData.Small("Two") + "\n\n" + CardTestData.Small("Three");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ParseResult<EventCard> result in CardReader.ReadAllAsync(new StringReader(text), null, cts.Token))
            {
                cts.Cancel();
            }
        });
    }

    [Fact]
    public void ReadAll_IsLazy_AndHoldsOneCardAtATime()
    {
        // An endless stream of cards: reading the first two must not try to read to the end.
        using var reader = new GeneratedLineReader("", 'x', 0, "", repeat: CardTestData.Small("Again") + "\n\n");
        Assert.Equal(["Again", "Again"], CardReader.ReadAll(reader).Take(2).Select(r => r.Value.Title));
    }

    /// <summary>Serves a prefix, a run of one character, and a suffix (or a text repeated forever), without holding the run.</summary>
    private sealed class GeneratedLineReader(string prefix, char fill, long count, string suffix, string? repeat = null) : TextReader
    {
        private long _position;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            int written = 0;
            while (written < buffer.Length)
            {
                char? next = CharAt(_position);
                if (next is null)
                {
                    break;
                }
                buffer[written++] = next.Value;
                _position++;
            }
            return written;
        }

        public override int Peek() => CharAt(_position) ?? -1;

        public override int Read()
        {
            char? c = CharAt(_position);
            if (c is not null)
            {
                _position++;
            }
            return c ?? -1;
        }

        private char? CharAt(long i)
        {
            if (repeat is not null)
            {
                return repeat[(int)(i % repeat.Length)];
            }
            if (i < prefix.Length)
            {
                return prefix[(int)i];
            }
            i -= prefix.Length;
            if (i < count)
            {
                return fill;
            }
            i -= count;
            return i < suffix.Length ? suffix[(int)i] : null;
        }
    }
}
