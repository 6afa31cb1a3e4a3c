using System.Text.Json;
using HistoricalEvents.Samples.DateInspector;

namespace HistoricalEvents.Tests.Samples;

public class DateInspectorTests
{
    private static (int ExitCode, string[] Lines, string Error) Run(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = DateInspectorApp.Run(args, input, output, error);
        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        return (exitCode, lines, error.ToString());
    }

    private static JsonElement Json(string line) => JsonDocument.Parse(line).RootElement;

    [Fact]
    public void Run_EnglishDay_WritesTheIssueExample()
    {
        (int exitCode, string[] lines, _) = Run("April 28, 1920\n");
        Assert.Equal(0, exitCode);
        JsonElement o = Json(Assert.Single(lines));
        Assert.Equal("April 28, 1920", o.GetProperty("input").GetString());
        Assert.Equal("1920-04-28", o.GetProperty("edtf").GetString());
        Assert.Equal("1920-04-28", o.GetProperty("earliest").GetString());
        Assert.Equal("1920-04-28", o.GetProperty("latest").GetString());
        Assert.Equal("day", o.GetProperty("precision").GetString());
        Assert.False(o.GetProperty("approximate").GetBoolean());
        Assert.False(o.GetProperty("uncertain").GetBoolean());
        Assert.Equal("gregorian", o.GetProperty("calendar").GetString());
        Assert.Equal("April 28, 1920", o.GetProperty("text").GetString());
        Assert.Equal("single", o.GetProperty("kind").GetString());
        Assert.StartsWith("{\"input\":\"April 28, 1920\",\"edtf\":\"1920-04-28\",\"earliest\":\"1920-04-28\",\"latest\":\"1920-04-28\",\"precision\":\"day\",\"approximate\":false,\"uncertain\":false,\"calendar\":\"gregorian\",\"text\":\"April 28, 1920\"", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-0043-03-15", "-0043-03-15", "-0043-03-15", "day", "gregorian")]
    [InlineData("1991", "1991-01-01", "1991-12-31", "year", "gregorian")]
    [InlineData("201X", "2010-01-01", "2019-12-31", "decade", "gregorian")]
    [InlineData("2001-21", "2001-03-01", "2001-05-31", "season", "gregorian")]
    [InlineData("1582-10-04", "1582-10-04", "1582-10-04", "day", "gregorian")]
    [InlineData("1066", "1066-01-07", "1067-01-06", "year", "julian")]
    public void Run_EdtfFormat_WritesAstronomicalIsoBounds(string date, string earliest, string latest, string precision, string calendar)
    {
        JsonElement o = Json(Assert.Single(Run("", "--format", "edtf", date).Lines));
        Assert.Equal(date, o.GetProperty("edtf").GetString());
        Assert.Equal((earliest, latest), (o.GetProperty("earliest").GetString(), o.GetProperty("latest").GetString()));
        Assert.Equal(precision, o.GetProperty("precision").GetString());
        Assert.Equal(calendar, o.GetProperty("calendar").GetString());
    }

    [Fact]
    public void Run_QualifiedInterval_ReportsQualifiersAndEnds()
    {
        JsonElement o = Json(Assert.Single(Run("1984?/2004-06~\n", "--format", "edtf").Lines));
        Assert.True(o.GetProperty("approximate").GetBoolean());
        Assert.True(o.GetProperty("uncertain").GetBoolean());
        Assert.Equal("interval", o.GetProperty("kind").GetString());
        Assert.Equal(("known", "known"), (o.GetProperty("start").GetString(), o.GetProperty("end").GetString()));
    }

    [Fact]
    public void Run_OpenStart_HasNullEarliest()
    {
        JsonElement o = Json(Assert.Single(Run("../1985\n", "--format", "edtf").Lines));
        Assert.Equal(JsonValueKind.Null, o.GetProperty("earliest").ValueKind);
        Assert.Equal("1985-12-31", o.GetProperty("latest").GetString());
        Assert.Equal("open", o.GetProperty("start").GetString());
    }

    [Fact]
    public void Run_BadLine_WritesErrorWithColumnAndGoesOn()
    {
        (int exitCode, string[] lines, _) = Run("1991\n1985-13\n1992\n", "--format", "edtf");
        Assert.Equal(0, exitCode);
        Assert.Equal(3, lines.Length);
        JsonElement bad = Json(lines[1]);
        Assert.Equal("1985-13", bad.GetProperty("input").GetString());
        Assert.Equal(6, bad.GetProperty("column").GetInt32());
        Assert.Contains("found \"13\"", bad.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(bad.TryGetProperty("edtf", out _));
        Assert.Equal("1992", Json(lines[2]).GetProperty("edtf").GetString());
    }

    [Fact]
    public void Run_LeadingSpaces_ColumnCountsFromTheStartOfTheLine()
    {
        JsonElement o = Json(Assert.Single(Run("   1985-13\n", "--format", "edtf").Lines));
        Assert.Equal(9, o.GetProperty("column").GetInt32());
        Assert.Equal("   1985-13", o.GetProperty("input").GetString());
    }

    [Fact]
    public void Run_BlankLine_WritesAnErrorSoLinesStayInStep()
    {
        string[] lines = Run("1991\n\n  \n1992\n").Lines;
        Assert.Equal(4, lines.Length);
        Assert.Equal(1, Json(lines[1]).GetProperty("column").GetInt32());
        Assert.Contains("empty line", Json(lines[2]).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("1992", Json(lines[3]).GetProperty("edtf").GetString());
    }

    [Fact]
    public void Run_CrLfByteOrderMarkAndNoFinalNewline_ReadsEveryLine()
    {
        string[] lines = Run("\uFEFF1991\r\n1992\r1993").Lines;
        Assert.Equal(["1991", "1992", "1993"], lines.Select(l => Json(l).GetProperty("input").GetString()));
    }

    [Fact]
    public void Run_Arguments_AreReadInsteadOfStandardInput()
    {
        string[] lines = Run("1999\n", "1991", "April 28, 1920").Lines;
        Assert.Equal(["1991", "1920-04-28"], lines.Select(l => Json(l).GetProperty("edtf").GetString()));
    }

    [Fact]
    public void Run_NegativeYearArgument_IsADateNotAnOption()
    {
        (int exitCode, string[] lines, _) = Run("", "--format", "edtf", "-0043");
        Assert.Equal(0, exitCode);
        Assert.Equal("-0043", Json(Assert.Single(lines)).GetProperty("edtf").GetString());
    }

    [Fact]
    public void Run_DoubleDash_EndsOptions()
    {
        JsonElement o = Json(Assert.Single(Run("", "--", "--help").Lines));
        Assert.Equal("--help", o.GetProperty("input").GetString());
        Assert.True(o.TryGetProperty("error", out _));
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("--format")]
    [InlineData("--format", "xml")]
    public void Run_BadOption_ExitsWithTwoAndUsage(params string[] args)
    {
        (int exitCode, string[] lines, string error) = Run("1991\n", args);
        Assert.Equal(2, exitCode);
        Assert.Empty(lines);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_PrintsUsageAndExitsWithZero()
    {
        (int exitCode, string[] lines, _) = Run("", "--help");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("Usage:", lines[0], StringComparison.Ordinal);
    }

    // The auto mode is HistoricalDate.ParseResult, which tries EDTF first: the help must say so.
    [Fact]
    public void Run_Help_SaysAutoTriesEdtfBeforeEnglish()
    {
        string auto = Assert.Single(Run("", "--help").Lines, l => l.TrimStart().StartsWith("--format auto ", StringComparison.Ordinal));
        int edtf = auto.IndexOf("EDTF", StringComparison.Ordinal), english = auto.IndexOf("English", StringComparison.Ordinal);
        Assert.True(edtf >= 0 && english > edtf, auto);
    }

    // Text both patterns reject that looks like EDTF gets EDTF's error in the auto mode too.
    [Fact]
    public void Run_AutoEdtfLookingBadLine_ReportsTheEdtfError()
    {
        JsonElement o = Json(Assert.Single(Run("1985-13\n").Lines));
        Assert.Equal("found \"13\", expected a month 01 to 12 or a season 21 to 41", o.GetProperty("error").GetString());
        Assert.Equal(6, o.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Run_NonAsciiInput_IsWrittenUnescaped()
    {
        string[] lines = Run("Azerbaijan’s 1920\n").Lines;
        Assert.Contains("\"input\":\"Azerbaijan’s 1920\"", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HostileLongLine_IsAnErrorAndTheNextLineIsRead()
    {
        string longLine = new('9', 1_000_000);
        string[] lines = Run(longLine + "\n1991\n").Lines;
        Assert.Equal(2, lines.Length);
        JsonElement o = Json(lines[0]);
        Assert.Equal(DateInspectorApp.MaxLineLength + 1, o.GetProperty("column").GetInt32());
        Assert.Contains("1000000 characters", o.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(lines[0].Length < 500);
        Assert.Equal("1991", Json(lines[1]).GetProperty("edtf").GetString());
    }

    /// <summary>A line of <c>length</c> 'x' characters then <c>rest</c>, served in blocks without holding the line.</summary>
    private sealed class EndlessLineReader(long length, string rest) : TextReader
    {
        private long _served;
        private int _restServed;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_served < length)
            {
                int n = (int)Math.Min(buffer.Length, length - _served);
                buffer[..n].Fill('x');
                _served += n;
                return n;
            }
            int m = Math.Min(buffer.Length, rest.Length - _restServed);
            rest.AsSpan(_restServed, m).CopyTo(buffer);
            _restServed += m;
            return m;
        }
    }

    [Fact]
    public void Run_LinePastTwoToTheThirtyOneCharacters_ReportsItsTrueLengthAndReadsOn()
    {
        long length = (1L << 31) + 100;
        using var output = new StringWriter();
        int exitCode = DateInspectorApp.Run([], new EndlessLineReader(length, "\r\n1991\n"), output, TextWriter.Null);
        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exitCode);
        Assert.Equal(2, lines.Length);
        Assert.Contains("2147483748 characters", Json(lines[0]).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("1991", Json(lines[1]).GetProperty("edtf").GetString());
    }

    [Theory]
    [InlineData("1991\r\n1992\r\n", 2)]
    [InlineData("1991\r1992\r", 2)]
    [InlineData("1991\r\r1992", 3)]
    [InlineData("\uFEFF1991\n\n", 2)]
    public void Run_LineEndings_OneOutputLinePerInputLine(string input, int count) =>
        Assert.Equal(count, Run(input).Lines.Length);

    [Fact]
    public void Run_CarriageReturnLineFeedAcrossBlocks_IsOneLineBreak()
    {
        // The \r ends one 64 KiB block and the \n starts the next.
        string first = new('1', (1 << 16) - 1);
        Assert.Equal(2, Run(first + "\r\n1991\n").Lines.Length);
    }

    [Theory]
    [InlineData("", 40)]
    [InlineData("\U0001F600", 39)]   // a pair whose high half is the 40th character is dropped whole
    public void Run_HostileLongLine_EchoesItsFirstFortyCharactersWithoutSplittingASurrogatePair(string at40, int kept)
    {
        string start = new string('a', 39) + at40;
        string longLine = start + new string('b', DateInspectorApp.MaxLineLength);
        JsonElement o = Json(Assert.Single(Run(longLine + "\n").Lines));
        Assert.Equal(longLine[..kept] + "…", o.GetProperty("input").GetString());
    }

    [Fact]
    public void Run_EveryLineIsOneCompactJsonObject()
    {
        string[] lines = Run("1991\nnonsense\n1985-04-12\n").Lines;
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l =>
        {
            Assert.Equal(JsonValueKind.Object, Json(l).ValueKind);
            Assert.DoesNotContain("\n", l, StringComparison.Ordinal);
            Assert.DoesNotContain(": ", l, StringComparison.Ordinal);
        });
    }
}

public class DateInspectorCalendarTests
{
    private static string[] Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, DateInspectorApp.Run(args, new StringReader(""), output, error));
        return output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }

    private static JsonElement Json(string line) => JsonDocument.Parse(line).RootElement;

    [Theory]
    [InlineData("great-britain", "September 2, 1752", "julian", "1752-09-13")]
    [InlineData("1752-09-14", "September 2, 1752", "julian", "1752-09-13")]
    [InlineData("encyclopedic", "September 2, 1752", "gregorian", "1752-09-02")]
    [InlineData("gregorian", "March 15, 44 BC", "gregorian", "-0043-03-15")]
    [InlineData("julian", "April 28, 1920", "julian", "1920-05-11")]
    [InlineData("russia", "February 1, 1918", "julian", "1918-02-14")]
    public void Run_Calendar_ReadsUnmarkedEnglishDatesUnderThePolicy(string policy, string date, string calendar, string earliest)
    {
        foreach (string format in new[] { "english", "auto" })
        {
            JsonElement o = Json(Assert.Single(Run("--calendar", policy, "--format", format, date)));
            Assert.Equal((calendar, earliest), (o.GetProperty("calendar").GetString(), o.GetProperty("earliest").GetString()));
        }
    }

    [Fact]
    public void Run_CalendarWithUnknownName_IsAUsageErrorListingTheNames()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(2, DateInspectorApp.Run(["--calendar", "atlantis", "1991"], new StringReader(""), output, error));
        Assert.Contains("great-britain", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CalendarInAutoFormat_StillReadsEdtfFirst()
    {
        JsonElement o = Json(Assert.Single(Run("--calendar", "great-britain", "1991-04-28")));
        Assert.Equal(("1991-04-28", "gregorian"), (o.GetProperty("earliest").GetString(), o.GetProperty("calendar").GetString()));
    }
}
