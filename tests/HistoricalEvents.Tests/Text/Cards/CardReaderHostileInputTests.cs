using System.Text;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Cards;

/// <summary>Regression tests for hostile input (issue #9): invalid UTF-8, byte-order marks, line numbers past 2³¹, error text.</summary>
public class CardReaderHostileInputTests
{
    private static readonly byte[] Good = Encoding.UTF8.GetBytes(CardTestData.Small("Good") + "\n\n");

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static List<ParseResult<EventCard>> ReadBytes(byte[] bytes, CardReaderOptions? options = null) =>
        [.. CardReader.ReadAll(new MemoryStream(bytes), options)];

    // Invalid UTF-8 in a title, a summary, a place and a narrative line: an error at its line and column naming the
    // bytes, the card is not read, and the next card is.
    public static TheoryData<string, byte[], int, int, string> InvalidUtf8 => new()
    {
        { "lone continuation byte in the title", [(byte)'B', 0x80, (byte)'d'], 1, 2, "0x80" },
        { "truncated two-byte sequence", [(byte)'B', (byte)'a', 0xC3], 1, 3, "0xC3" },
        { "overlong encoding of '/'", [0xC0, 0xAF, (byte)'x'], 1, 1, "0xC0" },
        { "surrogate encoded in UTF-8", [(byte)'x', 0xED, 0xA0, 0x80], 1, 2, "0xED" },
        { "byte 0xFF", [(byte)'a', (byte)'b', (byte)'c', 0xFF], 1, 4, "0xFF" },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public void ReadAllStream_InvalidUtf8InTitle_FailsAtItsColumnAndReadsOn(string kind, byte[] title, int line, int column, string bytes)
    {
        byte[] card = Concat(title, Encoding.UTF8.GetBytes("\n1066 · Hastings\nSummary.\nSource: x\n\n"), Good);
        List<ParseResult<EventCard>> results = ReadBytes(card);
        Assert.True(results.Count == 2, kind + ": " + string.Join(" / ", results));
        Assert.Equal((line, column), (results[0].Error!.Line, results[0].Error!.Column));
        Assert.Contains(bytes, results[0].Error!.Found, StringComparison.Ordinal);
        Assert.Contains("UTF-8", results[0].Error!.Expected, StringComparison.Ordinal);
        Assert.Equal("Good", results[1].Value.Title);
    }

    [Theory]
    [InlineData(2, "1066 · Hast\u00FFings")]
    [InlineData(3, "Summ\u00FFary.")]
    [InlineData(4, "A para\u00FFgraph.")]
    [InlineData(5, "Source: exam\u00FFple.org")]
    public void ReadAllStream_InvalidUtf8InsideACard_FailsTheCardOnly(int line, string latin1Line)
    {
        string[] lines = ["Bad", "1066 · Hastings", "Summary.", "A paragraph.", "Source: example.org"];
        lines[line - 1] = latin1Line;
        byte[] bad = [.. lines.SelectMany(l => Latin1OrUtf8(l).Concat("\n"u8.ToArray()))];
        List<ParseResult<EventCard>> results = ReadBytes(Concat(Good, bad, "\n"u8.ToArray(), Good));
        Assert.Equal(3, results.Count);
        Assert.Equal("Good", results[0].Value.Title);
        Assert.Equal(line + 6, results[1].Error!.Line);
        Assert.Equal(latin1Line.IndexOf('\u00FF', StringComparison.Ordinal) + 1, results[1].Error!.Column);
        Assert.Equal("Good", results[2].Value.Title);
    }

    // "\u00FF" stands for the raw byte 0xFF; every other character is written as UTF-8.
    private static byte[] Latin1OrUtf8(string line) =>
        [.. line.Split('\u00FF').Select(Encoding.UTF8.GetBytes).Aggregate((a, b) => [.. a, 0xFF, .. b])];

    [Fact]
    public void ReadAllStream_ReplaceInvalidUtf8_ReadsTheReplacementCharacter()
    {
        byte[] card = Concat([(byte)'B', 0xFF, (byte)'d'], Encoding.UTF8.GetBytes("\n1066 · Hastings\nSummary.\nSource: x\n"));
        ParseResult<EventCard> result = Assert.Single(ReadBytes(card, new CardReaderOptions { ReplaceInvalidUtf8 = true }));
        Assert.Equal("B\uFFFDd", result.Value.Title);
    }

    [Fact]
    public void ReadFile_InvalidUtf8_FailsAtItsLineAndColumn()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Concat(Good, [(byte)'x', 0xC3, (byte)'(', (byte)'\n'], Good));
            List<ParseResult<EventCard>> results = [.. CardReader.ReadFile(path)];
            Assert.Equal(["Good", "error 7:2", "Good"], results.Select(r => r.Success ? r.Value.Title : $"error {r.Error!.Line}:{r.Error.Column}"));
            Assert.Equal(path, results[1].Error!.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadAllAsyncStream_InvalidUtf8_FailsLikeTheSynchronousReader()
    {
        byte[] bytes = Concat(Good, [(byte)'x', 0x80, (byte)'\n'], Good);
        var results = new List<ParseResult<EventCard>>();
        await foreach (ParseResult<EventCard> result in CardReader.ReadAllAsync(new MemoryStream(bytes)))
        {
            results.Add(result);
        }
        Assert.Equal(ReadBytes(bytes), results);
    }

    [Fact]
    public void ReadAllStream_InvalidUtf8AcrossChunkBoundaries_FoundAtEveryLine()
    {
        // Lines of 1,000 characters, one invalid byte in every tenth line, past several 64 KiB chunks.
        var bytes = new List<byte>();
        var expected = new List<(long, int)>();
        for (int i = 1; i <= 400; i++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(new string('é', i % 7)));
            if (i % 10 == 0)
            {
                bytes.Add(0xFE);
                expected.Add((i, i % 7 + 1));
            }
            bytes.AddRange(Encoding.UTF8.GetBytes(new string('a', 1000) + "\n\n"));
            i++;
            bytes.AddRange(Encoding.UTF8.GetBytes("---\n"));
        }
        List<ParseResult<EventCard>> results = ReadBytes([.. bytes]);
        Assert.Equal(expected, results.Where(r => r.Error!.Found.Contains("UTF-8", StringComparison.Ordinal)).Select(r => (r.Error!.Line, r.Error.Column)).Select(p => (p.Line / 3 * 2, p.Column)));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void ReadAllStream_ByteOrderMark_ReadsTheEncodingItNames(string encodingName)
    {
        Encoding encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = Concat(encoding.GetPreamble(), encoding.GetBytes(CardTestData.Small("Azerbaijan’s Day")));
        Assert.Equal("Azerbaijan’s Day", Assert.Single(ReadBytes(bytes)).Value.Title);
    }

    [Fact]
    public void ReadAllStream_ByteOrderMarkInTheMiddle_IsNotPartOfTheTitle()
    {
        // cat a.txt b.txt: the second file's byte-order mark starts a line in the middle of the stream.
        byte[] bytes = Concat(Encoding.UTF8.GetPreamble(), Good, Encoding.UTF8.GetPreamble(), Good);
        Assert.Equal(["Good", "Good"], ReadBytes(bytes).Select(r => r.Value.Title));
        Assert.Equal(["Good", "Good"], CardReader.ReadAll(new StringReader("\uFEFF" + CardTestData.Small("Good") + "\n\n\uFEFF" + CardTestData.Small("Good"))).Select(r => r.Value.Title));
    }

    [Fact]
    public void CardStream_PastTwoToTheThirtyOneLines_CountsLinesInALong()
    {
        long before = int.MaxValue - 2L;
        using var cards = new CardStream(new StringReader("\n\n\n" + CardTestData.Small("Far") + "\n\nBad\nnot a date\n"), CardReaderOptions.Default, "big.txt", disposeReader: false, before);
        var results = new List<ParseResult<EventCard>>();
        while (!cards.IsFinished)
        {
            if (cards.TryTake(out ParseResult<EventCard> result))
            {
                results.Add(result);
            }
            else
            {
                cards.Fill();
            }
        }
        Assert.Equal(int.MaxValue + 2L, results[0].Value.Line);
        Assert.Equal(int.MaxValue + 3L, results[0].Value.Headline.Origin!.Line);
        Assert.Equal(int.MaxValue + 9L, results[1].Error!.Line);
        Assert.StartsWith("big.txt:2147483656:1: ", results[1].Error!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\0b", "a\\u0000b")]
    [InlineData("\u001B[31mred", "\\u001B[31mred")]
    [InlineData("left\u202Eright", "left\\u202Eright")]
    [InlineData("good 😀 pair", "good 😀 pair")]
    [InlineData("tab\there\r\n", "tab\\u0009here\\u000D\\u000A")]
    public void ParseError_ControlCharacters_AreEscaped(string found, string shown)
    {
        var error = new ParseError(new TextPosition(1, 1), found, "x" + found, "file\u0007.txt");
        Assert.Equal((shown, "x" + shown), (error.Found, error.Expected));
        Assert.Equal($"file\\u0007.txt:1:1: found {shown}, expected x{shown}", error.ToString());
        Assert.Equal(error, error.Offset(0, 0));
    }

    [Fact]
    public void ParseError_HugeFoundText_IsCutAndStaysCut()
    {
        var error = new ParseError(new TextPosition(1, 1), new string('9', 1 << 20), "a date");
        Assert.Equal(new string('9', 240) + "…", error.Found);
        Assert.Equal(error.Found, error.WithSource("f").At(new TextPosition(2, 2)).Found);
    }

    [Fact]
    public void ReadAll_HugeBadDate_ErrorIsBounded()
    {
        string date = new('1', 1_000_000);
        ParseResult<EventCard> result = Assert.Single(CardReader.ReadAll(new StringReader($"Title\n{date} · Baku\nSummary.\nSource: x\n")));
        Assert.InRange(result.Error!.ToString().Length, 1, 600);
    }

    [Fact]
    public void ReadAll_ControlCharactersInABadLine_AreEscapedInTheError()
    {
        ParseResult<EventCard> result = Assert.Single(CardReader.ReadAll(new StringReader("Title\n\0\u001B[2J · Baku\nSummary.\nSource: x\n")));
        Assert.DoesNotContain(result.Error!.ToString(), c => char.IsControl(c));
        Assert.Equal("\"\\u0000\"", result.Error!.Found);
    }

    [Fact]
    public void ParseError_UnpairedSurrogate_IsEscaped()
    {
        var error = new ParseError(new TextPosition(1, 1), "bad" + '\uD800' + "pair", "x");
        Assert.Equal("bad\\uD800pair", error.Found);
    }

    // A bad card followed directly (no blank line, no Source: line) by a good card: the good card is read from the
    // line before its "date · places" headline, and the error says which lines the bad card covered.
    public static TheoryData<string, string, long, string> BadCardThenGoodCard => new()
    {
        { "bad moment date", "Bad\n1991\nSummary.\n1991x\nMoment.\nBaku\nA paragraph.", 4, "lines 1-7 were skipped" },
        { "bad headline", "Bad\nnot a headline\nSummary.\nA paragraph.", 2, "lines 1-4 were skipped" },
        { "a --- in the narrative", "Bad\n1991\nSummary.\nA paragraph.\n---\n", 5, "lines 1-5 were skipped" },
    };

    [Theory]
    [MemberData(nameof(BadCardThenGoodCard))]
    public void ReadAll_BadCardRightBeforeAGoodOne_RecoversAtTheGoodCardsTitle(string kind, string bad, long errorLine, string skipped)
    {
        List<ParseResult<EventCard>> results = [.. CardReader.ReadAll(new StringReader(bad + "\n" + CardTestData.Small("Good")))];
        Assert.True(results.Count == 2, kind + ": " + string.Join(" / ", results));
        Assert.Equal(errorLine, results[0].Error!.Line);
        Assert.Contains(skipped, results[0].Error!.Expected, StringComparison.Ordinal);
        Assert.Equal("Good", results[1].Value.Title);
        Assert.Equal(bad.Count(c => c == '\n') + 2, results[1].Value.Line);
    }

    [Fact]
    public void ReadAll_DateLineWithoutPlacesInABadCard_IsNotTakenForAHeadline()
    {
        // "Baku" then "1920" is a moment's places line then the next moment's date, not a title and a headline.
        string text = "Bad\n1991\nSummary.\n1991x\nMoment.\nBaku\n1920\nMoment two.\nBaku\nSource: x\n" + CardTestData.Small("Good");
        List<ParseResult<EventCard>> results = [.. CardReader.ReadAll(new StringReader(text))];
        Assert.Equal(2, results.Count);
        Assert.Contains("lines 1-10 were skipped", results[0].Error!.Expected, StringComparison.Ordinal);
        Assert.Equal(("Good", 11L), (results[1].Value.Title, results[1].Value.Line));
    }

    [Fact]
    public void ReadAll_StrayLine_ErrorSaysNothingWasSkipped()
    {
        ParseResult<EventCard> error = CardReader.ReadAll(new StringReader("Stray\n" + CardTestData.Small("Good"))).First();
        Assert.DoesNotContain("skipped", error.Error!.Expected, StringComparison.Ordinal);
    }
}
