using HistoricalEvents.Interchange;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Interchange;

public class CsvImporterTests
{
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", "Interchange", "Csv", .. parts]);

    private static List<ParseResult<HistoricalEvent>> Read(string csv, CsvImportOptions? options = null) =>
        CsvImporter.Read(new StringReader(csv), options).ToList();

    private static readonly CsvImportOptions Battles = new() { Columns = new CsvColumns { Title = "battle", Source = "link", Coordinates = "coordinates" } };

    private static readonly CsvImportOptions Earthquakes = new() { Columns = new CsvColumns { Date = "Date", Title = "Place", Summary = "Comments", Place = "Place" } };

    [Fact]
    public void ReadFile_Battles_MostRowsReadAndEveryErrorHasItsLine()
    {
        var results = CsvImporter.ReadFile(Fixture("battlemaps", "battles_with_coords.csv"), Battles).ToList();

        Assert.Equal(4507, results.Count);
        Assert.True(results.Count(r => r.Success) > 4300, $"{results.Count(r => r.Success)} read");
        Assert.All(results.Where(r => !r.Success), r => Assert.InRange(r.Error!.Line, 2, 4508));
        HistoricalEvent sharuhen = results[0].Value;
        Assert.Equal("Siege of Sharuhen", sharuhen.Title);
        Assert.Equal("c. 1530 BC", sharuhen.Date.Text);
        Assert.True(sharuhen.Date.IsApproximate);
        Assert.Equal(new GeoCoordinate(31.28194, 34.48250), sharuhen.Places.Single().Coordinates);
        Assert.Equal("Siege of Sharuhen", sharuhen.Places.Single().Name);
        Assert.Equal("https://en.wikipedia.org/wiki/Siege_of_Sharuhen", sharuhen.Sources.Single().Text);
        Assert.Equal(2, sharuhen.Origin!.Line);
    }

    [Fact]
    public void ReadFile_Battles_ErrorColumnPointsIntoTheDateCell()
    {
        string path = Fixture("battlemaps", "battles_with_coords.csv");
        string[] lines = File.ReadAllLines(path);

        foreach (ParseError error in CsvImporter.ReadFile(path, Battles).Where(r => !r.Success).Select(r => r.Error!).Take(50))
        {
            string line = lines[error.Line - 1];
            Assert.InRange(error.Column, 1, line.Length + 1);
        }
    }

    [Fact]
    public void ReadFile_Earthquakes_SignedAndHemisphereDegrees()
    {
        var results = CsvImporter.ReadFile(Fixture("earthquakes", "WikiHistoricalEarthquakes.csv"), Earthquakes).ToList();

        Assert.Equal(180, results.Count);
        Assert.True(results.Count(r => r.Success) > 120, $"{results.Count(r => r.Success)} read");
        HistoricalEvent second = results[1].Value;
        Assert.Equal(new GeoCoordinate(34.2705, 108.92512), second.Places.Single().Coordinates);
        Assert.Equal("Listed in the Bamboo Annals", second.Summary);
        Assert.Equal(HistoricalDate.Parse("1740BC"), second.Date);
    }

    public static TheoryData<string, double> Degrees => new()
    {
        { "40.4093", 40.4093 },
        { "-39.8", -39.8 },
        { "\u221239.8", -39.8 },
        { "N 34.2705°", 34.2705 },
        { "34.2705°S", -34.2705 },
        { " 12 ", 12 },
    };

    [Theory]
    [MemberData(nameof(Degrees))]
    public void TryDegrees_Forms_Read(string text, double expected)
    {
        Assert.True(CsvImporter.TryDegrees(text, 'N', 'S', 90, out double degrees));
        Assert.Equal(expected, degrees);
    }

    [Theory]
    [InlineData("Unk")]
    [InlineData("91")]
    [InlineData("N -3")]
    [InlineData("")]
    [InlineData("1e5")]
    public void TryDegrees_NotDegrees_False(string text)
    {
        Assert.False(CsvImporter.TryDegrees(text, 'N', 'S', 90, out _));
    }

    [Fact]
    public void Read_DefaultColumns_EveryPartRead()
    {
        var e = Read("date,title,summary,place,source,latitude,longitude\n1991-08-30,Independence,\"Azerbaijan declares, again\",\"Baku, Azerbaijan\",en.wikipedia.org,40.4093,49.8671\n")
            .Single().Value;

        Assert.Equal(HistoricalDate.Parse("1991-08-30"), e.Date);
        Assert.Equal("Independence", e.Title);
        Assert.Equal("Azerbaijan declares, again", e.Summary);
        Assert.Equal("Baku, Azerbaijan", e.Places.Single().Path);
        Assert.Equal(new GeoCoordinate(40.4093, 49.8671), e.Places.Single().Coordinates);
        Assert.Equal("en.wikipedia.org", e.Sources.Single().Text);
    }

    public static TheoryData<string, int, int, string> BadRows => new()
    {
        // csv, line, column, a word of the expected text
        { "title,date\nA,1991\nB,April 31 1920\nC,1992\n", 3, 9, "day" },
        { "title,date\nA,\n", 2, 3, "a date" },
        { "title,date,latitude,longitude\nA,1991,Unk,3\n", 2, 8, "latitude" },
        { "title,date,latitude,longitude\nA,1991,3,200\n", 2, 10, "longitude" },
        { "title,date,place\nA,1991,\"Baku,, Azerbaijan\"\n", 2, 14, "" },
        { "title,when\nA,1991\n", 1, 1, "\"date\" column" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Read_BadCell_ErrorWithLineAndColumnAndReadingGoesOn(string csv, int line, int column, string expected)
    {
        var results = Read(csv);
        ParseError error = results.First(r => !r.Success).Error!;

        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
        if (csv.Contains("C,1992", StringComparison.Ordinal))
        {
            Assert.Equal("C", results[^1].Value.Title);
        }
    }

    [Fact]
    public void Read_QuotedNewlineInCell_LineOfNextRowStillRight()
    {
        var results = Read("title,date,summary\nA,1991,\"two\nlines\"\nB,1992x,\n");

        Assert.Equal("two lines", results[0].Value.Summary);
        Assert.Equal(4, results[1].Error!.Line);
    }

    [Fact]
    public void Read_SemicolonSeparated_Detected()
    {
        Assert.Equal("A", Read("title;date\nA;1991\n").Single().Value.Title);
    }
}
