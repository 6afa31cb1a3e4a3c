using System.Text.Json;
using HistoricalEvents.Samples.TimelineQuery;
using static HistoricalEvents.Tests.Timeline.TimelineTestData;

namespace HistoricalEvents.Tests.Samples;

/// <summary>The sample's query core and argument handling, on the seed card built in code (no card reader needed).</summary>
public class TimelineQueryTests
{
    private const string Headline =
        """{"card":"Azerbaijan Declares Independence from the Soviet Union","title":"Azerbaijan Declares Independence from the Soviet Union","summary":"Azerbaijan declares its independence from the Soviet Union following a national referendum.","date":"1991","certainty":"CERTAINTY","file":"000_52881603a37a9534.txt","line":2}""";

    private const string Moment =
        """{"card":"Azerbaijan Declares Independence from the Soviet Union","title":null,"summary":"Azerbaijan was incorporated into the Soviet Union as the Azerbaijan Soviet Socialist Republic.","date":"1920-04-28","certainty":"CERTAINTY","file":"000_52881603a37a9534.txt","line":4}""";

    private static string HeadlineAs(string certainty) => Headline.Replace("CERTAINTY", certainty, StringComparison.Ordinal);

    private static string MomentAs(string certainty) => Moment.Replace("CERTAINTY", certainty, StringComparison.Ordinal);

    private static string[] Query(params string[] args)
    {
        Assert.True(TimelineQueryArguments.TryParse([.. args, "cards.txt"], out TimelineQueryArguments arguments, out string error), error);
        var stdout = new StringWriter();
        int count = TimelineQueryApp.Run(arguments, [SeedCard()], stdout);
        string[] lines = stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Length);
        return lines;
    }

    public static TheoryData<string[], string[]> SeedQueries => new()
    {
        { [], [MomentAs("definitely"), HeadlineAs("definitely")] },
        { ["--on", "04-28"], [MomentAs("definitely")] },
        { ["--between", "1920", "1991"], [MomentAs("definitely"), HeadlineAs("definitely")] },
        { ["--between", "April 28, 1920", "April 28, 1920"], [MomentAs("definitely")] },
        { ["--between", "August 1, 1991", "August 31, 1991"], [HeadlineAs("possibly")] },
        { ["--between", "August 1, 1991", "August 31, 1991", "--certainty", "definitely"], [] },
        { ["--place", "Azerbaijan"], [MomentAs("definitely"), HeadlineAs("definitely")] },
        { ["--place", "soviet union"], [MomentAs("definitely")] },
        { ["--during", "April 28, 1920", "1991"], [MomentAs("definitely"), HeadlineAs("possibly")] },
        { ["--during", "April 28, 1920", "1991", "--certainty", "definitely"], [MomentAs("definitely")] },
        { ["--near", "1930", "--take", "1"], [MomentAs("definitely")] },
        { ["--near", "1930"], [MomentAs("definitely"), HeadlineAs("definitely")] },
        { ["--text", "independence"], [HeadlineAs("definitely")] },
        { ["--place", "Baku", "--between", "1991", "1991", "--text", "soviet"], [HeadlineAs("definitely")] },
        { ["--place", "Baku", "--on", "01-01"], [] },
        { ["--between", "44 BC", "1900"], [] },
    };

    [Theory, MemberData(nameof(SeedQueries))]
    public void Run_SeedQueries_WritesMatchesAsJsonLinesInTimelineOrder(string[] args, string[] expected) =>
        Assert.Equal(expected, Query(args));

    [Fact]
    public void Write_Summary_KeepsTypographyUnescapedAndPropertyOrder()
    {
        var e = new HistoricalEvent(HistoricalDate.FromYear(1920), "Azerbaijan’s “independence” ended.");
        var stdout = new StringWriter();
        TimelineQueryApp.Write([new Timelines.TimelineMatch(e, Certainty.Possibly, 0)], stdout);
        string line = stdout.ToString().TrimEnd();
        Assert.Equal("""{"card":null,"title":null,"summary":"Azerbaijan’s “independence” ended.","date":"1920","certainty":"possibly","file":null,"line":null}""", line);
        using JsonDocument doc = JsonDocument.Parse(line);
        Assert.Equal(["card", "title", "summary", "date", "certainty", "file", "line"], doc.RootElement.EnumerateObject().Select(p => p.Name));
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { [], "no FILE given" },
        { ["--on", "4-28", "f"], "--on: found \"4-28\", expected a month and day as MM-DD" },
        { ["--on", "02-30", "f"], "--on: \"02-30\" is not a day of the year" },
        { ["--on", "13-01", "f"], "--on: \"13-01\" is not a day of the year" },
        { ["--between", "1920"], "--between needs two dates" },
        { ["--between", "Foo 1920", "1991", "f"], "--between: \"Foo 1920\" is not a date at column" },
        { ["--between", "1991", "1920", "f"], "--between: \"1920\" ends before \"1991\" starts" },
        { ["--during", "1991", "1920", "f"], "--during: \"1920\" ends before \"1991\" starts" },
        { ["--take", "3", "f"], "--take needs --near" },
        { ["--near", "1920", "--take", "0", "f"], "--take: found \"0\", expected a whole number from 1" },
        { ["--near", "1920", "--take", "x", "f"], "--take: found \"x\"" },
        { ["--certainty", "surely", "f"], "--certainty: found \"surely\", expected definitely or possibly" },
        { ["--text", " … ", "f"], "--text: found \" … \", expected words" },
        { ["--place", "f"], "no FILE given" },
        { ["--place"], "--place needs a value" },
        { ["--near", "1920", "--near", "1930", "f"], "--near is given twice" },
        { ["--frobnicate", "f"], "unknown option --frobnicate" },
    };

    [Theory, MemberData(nameof(BadArguments))]
    public void Run_BadArguments_ExitCode2WithClearMessage(string[] args, string message)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = TimelineQueryApp.Run(args, TextReader.Null, stdout, stderr);
        Assert.Equal(2, code);
        Assert.Empty(stdout.ToString());
        Assert.StartsWith("TimelineQuery: " + message, stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: TimelineQuery", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_ExitCode2NamingTheFile()
    {
        var stderr = new StringWriter();
        string missing = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "cards.txt");
        Assert.Equal(2, TimelineQueryApp.Run([missing], TextReader.Null, new StringWriter(), stderr));
        Assert.Equal($"TimelineQuery: {missing}: no such file.", stderr.ToString().TrimEnd());
    }

    [Fact]
    public void TryParse_DashDash_TakesLaterArgumentsAsFiles()
    {
        Assert.True(TimelineQueryArguments.TryParse(["--place", "Baku", "--", "--odd-name.txt"], out TimelineQueryArguments a, out _));
        Assert.Equal(["--odd-name.txt"], a.Files);
        Assert.Equal("Baku", a.Place);
    }
}

/// <summary>
/// The sample end to end: the seed written to a file, read by the card reader. Needs the card reader (issue #2).
/// </summary>
public class TimelineQueryEndToEndTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("timelinequery-").FullName;

    private const string SeedText =
        "Azerbaijan Declares Independence from the Soviet Union\n" +
        "1991 · Baku, Azerbaijan\n" +
        "Azerbaijan declares its independence from the Soviet Union following a national referendum.\n" +
        "April 28, 1920\n" +
        "Azerbaijan was incorporated into the Soviet Union as the Azerbaijan Soviet Socialist Republic.\n" +
        "Baku, Azerbaijan | Soviet Union\n" +
        "Following the chaos of World War I and the subsequent Russian Revolution in 1917, the political landscape of the Caucasus region underwent significant changes.\n" +
        "Under Soviet rule, Azerbaijan experienced significant economic transformation, until the eventual dissolution of the Soviet Union in 1991.\n" +
        "Source: en.wikipedia.org";

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private string WriteSeed()
    {
        string path = Path.Combine(_directory, "000_52881603a37a9534.txt");
        File.WriteAllText(path, SeedText);
        return path;
    }

    private static string Line(string file, string? title, string summary, string date, string certainty, int line) =>
        JsonSerializer.Serialize(new { card = "Azerbaijan Declares Independence from the Soviet Union", title, summary, date, certainty, file, line },
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public void Run_SeedFileBetween1920And1991_WritesBothEventsExitCode0()
    {
        string file = WriteSeed();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = TimelineQueryApp.Run(["--between", "1920", "1991", file], TextReader.Null, stdout, stderr);
        Assert.Equal("", stderr.ToString());
        Assert.Equal(0, code);
        Assert.Equal(
        [
            Line(file, null, "Azerbaijan was incorporated into the Soviet Union as the Azerbaijan Soviet Socialist Republic.", "1920-04-28", "definitely", 4),
            Line(file, "Azerbaijan Declares Independence from the Soviet Union",
                "Azerbaijan declares its independence from the Soviet Union following a national referendum.", "1991", "definitely", 2),
        ], stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Run_SeedFileOnThisDayAtPlace_FindsMomentOnly()
    {
        string file = WriteSeed();
        var stdout = new StringWriter();
        int code = TimelineQueryApp.Run(["--on", "04-28", "--place", "Azerbaijan", file], TextReader.Null, stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal([Line(file, null, "Azerbaijan was incorporated into the Soviet Union as the Azerbaijan Soviet Socialist Republic.", "1920-04-28", "definitely", 4)],
            stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Run_DashReadsStandardInput_FindsMoment()
    {
        var stdout = new StringWriter();
        int code = TimelineQueryApp.Run(["--on", "04-28", "-"], new StringReader(SeedText), stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal([Line("-", null, "Azerbaijan was incorporated into the Soviet Union as the Azerbaijan Soviet Socialist Republic.", "1920-04-28", "definitely", 4)],
            stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Run_FileWithBadCard_ReportsItAndExitCode1()
    {
        string good = WriteSeed();
        string bad = Path.Combine(_directory, "bad.txt");
        File.WriteAllText(bad, SeedText.Replace("April 28, 1920", "February 30, 1920", StringComparison.Ordinal));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = TimelineQueryApp.Run(["--place", "Azerbaijan", good, bad], TextReader.Null, stdout, stderr);
        Assert.Equal(1, code);
        Assert.Contains("bad.txt:4:", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
