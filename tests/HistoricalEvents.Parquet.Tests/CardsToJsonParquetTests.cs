using HistoricalEvents.Interchange;
using HistoricalEvents.Samples.CardsToJson;

namespace HistoricalEvents.Parquet.Tests;

/// <summary>The CardsToJson sample's <c>--to parquet</c>: binary Parquet on standard output that reads back to the cards.</summary>
public class CardsToJsonParquetTests
{
    [Fact]
    public void Run_ToParquet_WritesTheCardsAsParquet()
    {
        string file = TestFiles.Sample("earthquakes.txt");
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int exit = CardsToJsonApp.Run(["--to", "parquet", file], Stream.Null, stdout, stderr);
        Assert.Equal((CardsToJsonApp.Success, ""), (exit, stderr.ToString()));
        stdout.Position = 0;
        HistoricalEventsParquetTests.AssertSameCards(TestFiles.Cards(file), [.. HistoricalEventsParquet.ReadCards(stdout)]);
    }

    [Fact]
    public void Run_ToParquetWithABadCard_WritesTheGoodOnesAndExits1()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cards-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Good card\n1991\nSomething happened.\nSource: en.wikipedia.org\n\nBad card\nnot a date at all\nSummary.\nSource: en.wikipedia.org\n");
        try
        {
            using var stdout = new MemoryStream();
            using var stderr = new StringWriter();
            int exit = CardsToJsonApp.Run(["--to=parquet", path], Stream.Null, stdout, stderr);
            Assert.Equal(CardsToJsonApp.SomeCardsFailed, exit);
            Assert.True(stderr.ToString().Contains(":7:", StringComparison.Ordinal), stderr.ToString());
            stdout.Position = 0;
            Assert.Equal(["Good card"], HistoricalEventsParquet.ReadCards(stdout).Select(c => c.Title));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
