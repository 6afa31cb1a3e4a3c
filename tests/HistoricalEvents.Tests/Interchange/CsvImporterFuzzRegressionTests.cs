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
}
