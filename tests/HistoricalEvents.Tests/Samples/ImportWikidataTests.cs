using HistoricalEvents.Samples.ImportWikidata;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Samples;

public class ImportWikidataTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Interchange", "Wikidata", name);

    private static (int Code, string Out, string Err) Run(string[] args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = ImportWikidataApp.Run(args, new StringReader(stdin), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Run_EntityFiles_CardsTheCardReaderReadsBack()
    {
        (int code, string output, string errors) = Run([Fixture("wikibase-dump-filter_dump-subset_11-entities.json"), Fixture("smittyvb_Q45_Portugal.json")]);

        Assert.Equal(ImportWikidataApp.SomeEntitiesFailed, code);
        var cards = CardReader.ReadAll(new StringReader(output)).Select(r => r.Value).ToList();
        Assert.Equal(["Denmark", "Berlin", "London", "Estonia", "Rome", "Eurovision Song Contest", "Portugal"], cards.Select(c => c.Title));
        Assert.Equal(HistoricalDate.FromDay(1143, 10, 5, HistoricalCalendar.Julian), cards[^1].Headline.Date);
        Assert.Equal("Estonia", cards[3].Headline.Places[0].Name);
        // Q1 (13,798,000,000 years ago at precision 3: beyond the years a date holds, an error at the year's column)
        // and the four entities without an event date are reported with their file and JSON path.
        Assert.Equal(5, errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("$.claims.P580[0].mainsnak.datavalue.value.time:2:2:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StandardInputInGerman_GermanLabels()
    {
        (int code, string output, _) = Run(["--lang", "de"], File.ReadAllText(Fixture("smittyvb_Q45_Portugal.json")));

        Assert.Equal(ImportWikidataApp.Success, code);
        Assert.StartsWith("Portugal\n", output, StringComparison.Ordinal);
        Assert.Contains("Staat", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--lang")]
    [InlineData("no-such-file.json")]
    public void Run_BadArguments_Exit2(string arg)
    {
        Assert.Equal(ImportWikidataApp.BadArguments, Run([arg]).Code);
    }
}
