using System.Text;
using HistoricalEvents.Samples.CardsToJson;
using HistoricalEvents.Samples.TimelineQuery;
using HistoricalEvents.Tests.Text.Cards;

namespace HistoricalEvents.Tests.Samples;

/// <summary>Tests that change the process's current directory run alone.</summary>
[CollectionDefinition(nameof(CurrentDirectoryCollection), DisableParallelization = true)]
public class CurrentDirectoryCollection;

/// <summary>Regression tests for the samples on hostile input (issue #9): stdin bytes, directories, "--".</summary>
[Collection(nameof(CurrentDirectoryCollection))]
public class SampleHostileInputTests
{
    private static (int ExitCode, string Output, string Errors) RunCardsToJson(byte[] stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CardsToJsonApp.Run(args, new MemoryStream(stdin), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void CardsToJson_StdinWithByteOrderMark_ReadsTheCard(string encodingName)
    {
        Encoding encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(CardTestData.Small("Azerbaijan’s Day"))];
        (int code, string output, string errors) = RunCardsToJson(bytes);
        Assert.Equal((0, ""), (code, errors));
        Assert.Contains("\"title\":\"Azerbaijan’s Day\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CardsToJson_ConcatenatedFilesWithMarks_NoMarkInTheSecondTitle()
    {
        byte[] one = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CardTestData.Small("Second") + "\n")];
        (int code, string output, _) = RunCardsToJson([.. one, .. one]);
        Assert.Equal(0, code);
        Assert.DoesNotContain("\uFEFF", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split("\"title\":\"Second\"").Length - 1);
    }

    [Fact]
    public void CardsToJson_InvalidUtf8OnStdin_ReportedAtItsLineAndColumn()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Ti"), 0xFF, .. Encoding.UTF8.GetBytes("tle\n1066\nSummary.\nSource: x\n\n" + CardTestData.Small("Good"))];
        (int code, string output, string errors) = RunCardsToJson(bytes);
        Assert.Equal(CardsToJsonApp.SomeCardsFailed, code);
        Assert.StartsWith("<stdin>:1:3: found invalid UTF-8 (bytes 0xFF)", errors, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Good\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CardsToJson_Directory_SaysItIsADirectory()
    {
        (int code, _, string errors) = RunCardsToJson([], Path.GetTempPath());
        Assert.Equal(CardsToJsonApp.BadArguments, code);
        Assert.Contains("is a directory", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void CardsToJson_DashDashThenFileStartingWithDash_ReadsTheFile()
    {
        string directory = Directory.CreateTempSubdirectory().FullName;
        string previous = Environment.CurrentDirectory;
        try
        {
            File.WriteAllText(Path.Combine(directory, "-cards.txt"), CardTestData.Small("Dashed"));
            Environment.CurrentDirectory = directory;
            (int code, string output, string errors) = RunCardsToJson([], "--", "-cards.txt");
            Assert.Equal((0, ""), (code, errors));
            Assert.Contains("\"title\":\"Dashed\"", output, StringComparison.Ordinal);
            Assert.Equal(CardsToJsonApp.BadArguments, RunCardsToJson([], "-cards.txt").ExitCode);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void TimelineQuery_Directory_SaysItIsADirectory()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, TimelineQueryApp.Run([Path.GetTempPath()], TextReader.Null, new StringWriter(), stderr));
        Assert.Contains("is a directory", stderr.ToString(), StringComparison.Ordinal);
    }
}
