using HistoricalEvents.Samples.CardCheck;

namespace HistoricalEvents.Tests.Samples;

public class CardCheckTests
{
    private static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static (int ExitCode, string[] Lines, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = CardCheckApp.Run(args, output, error);
        return (exitCode, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public void Run_SeedCard_ListsOneWarningLikeACompilerAndExitsZero()
    {
        string seed = TestData("Cards", "000_52881603a37a9534.txt");

        (int exitCode, string[] lines, string error) = Run(seed);

        Assert.Equal(0, exitCode);
        Assert.Equal($"{seed}:6:20: warning HE1001: the Soviet Union existed from December 30, 1922 to December 26, 1991; this event is dated April 28, 1920",
            Assert.Single(lines));
        Assert.Contains("1 warning(s), 0 error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnreadableCard_ListsAnErrorAndExitsOne()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cardcheck-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "A title\nFebruary 30, 1920 · Baku\nA summary.\nSource: x\n");
        try
        {
            (int exitCode, string[] lines, _) = Run(path);

            Assert.Equal(1, exitCode);
            Assert.StartsWith($"{path}:2:", Assert.Single(lines), StringComparison.Ordinal);
            Assert.Contains(": error HE0001: found", lines[0], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "--gazetteer" }, 2)]
    [InlineData(new[] { "/no/such/file.txt" }, 2)]
    [InlineData(new[] { "--help" }, 0)]
    public void Run_BadArguments_ExitTwo(string[] args, int expected) => Assert.Equal(expected, Run(args).ExitCode);
}
