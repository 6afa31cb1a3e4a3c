using HistoricalEvents.Interchange;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Interchange;

/// <summary>
/// Inputs found by fuzzing (tests/HistoricalEvents.Fuzz, target "csv"): a row with neither a summary nor a title
/// became an event with an empty summary, which its own JSON could not read back (nor a card hold).
/// </summary>
public class CsvImporterFuzzRegressionTests
{
    public static TheoryData<string, int, int, string> RowsWithoutText => new()
    {
        // csv, line, column, found
        { "date,summary\n1991,\n", 2, 6, "an empty cell" },
        { "date,title,summary\n1991, ,\"\"\n", 2, 9, "an empty cell" },   // inside the quotes
        { "date,title\n1991,\n", 2, 6, "an empty cell" },
        { "date,place\n1991,Baku\n", 2, 10, "no summary or title column" },
        { "date\n1991\n", 2, 5, "no summary or title column" },
    };

    [Theory]
    [MemberData(nameof(RowsWithoutText))]
    public void Read_NeitherSummaryNorTitle_ErrorAtTheSummaryCell(string csv, int line, int column, string found)
    {
        ParseResult<HistoricalEvent> result = Assert.Single(CsvImporter.Read(new StringReader(csv)));

        Assert.False(result.Success);
        Assert.Equal((line, column), ((int)result.Error!.Line, result.Error.Column));
        Assert.Equal(found, result.Error.Found);
        Assert.StartsWith("a summary or a title", result.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoSummaryButATitle_TitleIsTheSummary()
    {
        ParseResult<HistoricalEvent> result = Assert.Single(CsvImporter.Read(new StringReader("date,title,summary\n1991,Independence,\n")));

        Assert.Equal("Independence", result.Value.Summary);
    }

    [Fact]
    public void Read_EarthquakesWithoutTitleColumn_RowsWithoutCommentsAreErrorsAtTheirCommentsCell()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Interchange", "Csv", "earthquakes", "WikiHistoricalEarthquakes.csv");
        var options = new CsvImportOptions { Columns = new CsvColumns { Date = "Date", Summary = "Comments", Place = "Place" } };

        List<ParseResult<HistoricalEvent>> results = [.. CsvImporter.ReadFile(path, options)];

        Assert.All(results.Where(r => r.Success), r => Assert.False(string.IsNullOrWhiteSpace(r.Value.Summary)));
        List<ParseError> noText = [.. results.Where(r => !r.Success && r.Error!.Found == "an empty cell").Select(r => r.Error!)];
        Assert.NotEmpty(noText);
        string[] lines = File.ReadAllLines(path);
        Assert.All(noText, e => Assert.Equal(',', lines[e.Line - 1][e.Column - 2]));   // at the start of a cell
    }

    [Theory]
    [InlineData("date,DATE\n1991,1992\n", 6, "\"date\"")]
    [InlineData("date,title,summary,Title\n1991,A,B,C\n", 20, "\"title\"")]
    public void Read_HeaderNamingAReadColumnTwice_ErrorAtTheSecond(string csv, int column, string found)
    {
        ParseResult<HistoricalEvent> result = Assert.Single(CsvImporter.Read(new StringReader(csv)));

        Assert.False(result.Success);
        Assert.Equal((1, column), ((int)result.Error!.Line, result.Error.Column));
        Assert.Equal(found, result.Error.Found);
    }

    [Theory]
    [InlineData("date,title,x,x\n1991,T,a,b\n")]
    [InlineData("date;title;;\n1991;T;a;b\n")]
    public void Read_HeaderNamingAnUnreadColumnTwice_RowsRead(string csv) =>
        Assert.Equal("T", Assert.Single(CsvImporter.Read(new StringReader(csv))).Value.Title);

    [Theory]
    [InlineData("Siege,of Sharuhen")]
    [InlineData("Siege, of Sharuhen")]
    [InlineData("Siege | Sharuhen")]
    [InlineData("Siege @ Sharuhen")]
    [InlineData("Fort @")]   // its coordinates written after it would make "Fort @ @ 31.28, 34.48"
    [InlineData("@ Sharuhen")]
    public void Read_CoordinatesAndATitleThatIsNoPlaceName_PlaceNamedByTheRow(string title)
    {
        ParseResult<HistoricalEvent> result = Assert.Single(CsvImporter.Read(new StringReader($"date,title,latitude,longitude\n1991,\"{title}\",31.28,34.48\n")));

        Place place = Assert.Single(result.Value.Places);
        Assert.Equal("row 2", place.Path);
        Assert.Equal(new GeoCoordinate(31.28, 34.48), place.Coordinates);
    }
}
