using System.Text;
using HistoricalEvents.Interchange;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Interchange;

public class WikidataImporterTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Interchange", "Wikidata", name);

    private static List<ParseResult<WikidataEntity>> Read(string text, WikidataImportOptions? options = null) =>
        WikidataImporter.ReadEntities(new StringReader(text), options).ToList();

    [Theory]
    [InlineData("wikibase-dump-filter_dump-subset_11-entities.json", 11, 0)]
    [InlineData("smittyvb_Q45_Portugal.json", 1, 0)]
    [InlineData("smittyvb_Q1_universe.json", 1, 0)]
    [InlineData("wdtk_wbgetentities-Douglas-Adams.json", 1, 0)]
    [InlineData("wdtk_wbgetentities-Q6-Q42-P31.json", 2, 1)]
    [InlineData("wikibase-sdk_Q2112_Bielefeld.json", 1, 0)]
    [InlineData("wikibase-sdk_Q4115189_Wikidata-Sandbox.json", 1, 0)]
    public void ReadFile_RealEntityJson_EveryEntityRead(string file, int entities, int errors)
    {
        var results = WikidataImporter.ReadFile(Fixture(file)).ToList();

        Assert.Equal(entities, results.Count(r => r.Success));
        Assert.Equal(errors, results.Count(r => !r.Success));
    }

    [Fact]
    public void ReadFile_MissingEntity_ErrorNamesFileAndPath()
    {
        var error = WikidataImporter.ReadFile(Fixture("wdtk_wbgetentities-Q6-Q42-P31.json")).Single(r => !r.Success).Error!;

        Assert.Equal($"{Fixture("wdtk_wbgetentities-Q6-Q42-P31.json")} $.entities.Q6", error.Source);
        Assert.Contains("Q6", error.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void ToEvent_Dump_DatesPlacesAndSourcesFromTheEntities()
    {
        var entities = WikidataImporter.ReadFile(Fixture("wikibase-dump-filter_dump-subset_11-entities.json")).Select(r => r.Value).ToList();
        var options = new WikidataImportOptions { ResolveLabel = WikidataImporter.LabelsOf(entities) };
        var events = entities.ToDictionary(e => e.Id, e => WikidataImporter.ToEvent(e, options));

        HistoricalEvent rome = events["Q220"].Value;
        Assert.Equal("Rome", rome.Title);
        Assert.Equal(HistoricalDate.FromDay(-752, 4, 13, HistoricalCalendar.Julian), rome.Date);
        Assert.Equal("https://www.wikidata.org/wiki/Q220", rome.Sources.Single().Text);
        Assert.NotNull(rome.Places[0].Coordinates);
        Assert.Equal(9, rome.Origin!.Line);

        HistoricalEvent london = events["Q84"].Value;
        Assert.Equal(HistoricalDate.FromYear(43, HistoricalCalendar.Julian), london.Date);

        HistoricalEvent eurovision = events["Q276"].Value;
        Assert.Equal(HistoricalDate.FromDay(1956, 5, 24, HistoricalCalendar.Gregorian), eurovision.Date);

        // Q1: the universe began 13.798 billion years ago (precision 3), beyond any HistoricalDate: an error with the path.
        ParseError universe = events["Q1"].Error!;
        Assert.EndsWith("$.claims.P580[0].mainsnak.datavalue.value.time", universe.Source, StringComparison.Ordinal);
        Assert.Equal(2, universe.Line);
        Assert.Equal("\"13798000000\"", universe.Found);
        Assert.Contains("500,000,000 BC", universe.Expected, StringComparison.Ordinal);

        // George Washington has births and deaths, no event date.
        Assert.Contains("P585", events["Q23"].Error!.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ToEvent_Portugal_JulianInceptionCountryAndCoordinates()
    {
        var entities = WikidataImporter.ReadFile(Fixture("smittyvb_Q45_Portugal.json")).Select(r => r.Value).ToList();
        var options = new WikidataImportOptions { ResolveLabel = WikidataImporter.LabelsOf(entities) };

        HistoricalEvent portugal = WikidataImporter.ToEvent(entities.Single(), options).Value;

        Assert.Equal(HistoricalDate.FromDay(1143, 10, 5, HistoricalCalendar.Julian), portugal.Date);
        Assert.Equal("Portugal", portugal.Places[0].Name);
        Assert.Equal(new GeoCoordinate(38.7, -9.1833333333333), portugal.Places[0].Coordinates);
    }

    [Fact]
    public void ToCard_Entity_CardWriterWritesItAndReaderReadsItBack()
    {
        var entity = WikidataImporter.ReadFile(Fixture("smittyvb_Q45_Portugal.json")).Single().Value;

        EventCard card = WikidataImporter.ToCard(entity).Value;
        string text = CardWriter.Write(card);

        Assert.Equal(card.Headline.Date, EventCard.Parse(text).Headline.Date);
        Assert.StartsWith("Portugal\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntities_DumpWithBrokenLine_ErrorWithLineAndReadingGoesOn()
    {
        string dump = "[\n" + Entity("Q1", "+1991-08-30T00:00:00Z") + ",\n{\"id\": \"Q2\", \"claims\": {,\n" + Entity("Q3", "+1992-08-30T00:00:00Z") + "\n]\n";

        var results = Read(dump);

        Assert.Equal(3, results.Count);
        Assert.True(results[0].Success);
        Assert.Equal(3, results[1].Error!.Line);
        Assert.True(results[1].Error!.Column > 1);
        Assert.Equal("Q3", results[2].Value.Id);
        Assert.Equal(4, results[2].Value.Line);
    }

    [Fact]
    public void ReadEntities_JsonLines_OneEntityPerLine()
    {
        string lines = Entity("Q1", "+1991-08-30T00:00:00Z") + "\n" + Entity("Q2", "+1992-08-30T00:00:00Z") + "\n";

        var results = Read(lines);

        Assert.Equal(["Q1", "Q2"], results.Select(r => r.Value.Id));
        Assert.Equal([1, 2], results.Select(r => r.Value.Line));
    }

    public static TheoryData<string, string> BadValues => new()
    {
        { "{\"id\":\"Q1\",\"claims\":{\"P585\":{}}}", "$.claims.P585" },
        { "{\"id\":\"Q1\",\"claims\":{\"P585\":[{\"mainsnak\":{\"datavalue\":{\"type\":\"time\",\"value\":{\"time\":5}}}}]}}", "$.claims.P585[0].mainsnak.datavalue.value" },
        { "{\"id\":\"Q1\",\"claims\":{\"P625\":[{\"mainsnak\":{\"datavalue\":{\"type\":\"globecoordinate\",\"value\":{\"latitude\":91,\"longitude\":0}}}}]}}", "$.claims.P625[0].mainsnak.datavalue.value" },
        { "{\"claims\":{}}", "$" },
        { "[1]", "$[0]" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void ReadEntities_BadValue_ErrorWithJsonPath(string json, string path)
    {
        var result = Read(json).Single();

        Assert.False(result.Success);
        Assert.Equal(path, result.Error!.Source);
    }

    [Fact]
    public void ToEvent_DeprecatedAndPreferredRanks_PreferredWins()
    {
        string json = "{\"id\":\"Q9\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Test\"}},\"claims\":{\"P585\":["
            + Statement("+1990-00-00T00:00:00Z", 9, "normal") + "," + Statement("+1991-00-00T00:00:00Z", 9, "deprecated") + ","
            + Statement("+1992-00-00T00:00:00Z", 9, "preferred") + "]}}";

        HistoricalEvent e = WikidataImporter.ToEvent(Read(json).Single().Value).Value;

        Assert.Equal(HistoricalDate.FromYear(1992, HistoricalCalendar.Gregorian), e.Date);
        Assert.Equal("Test", e.Title);
        Assert.Equal("Test", e.Summary);
    }

    [Fact]
    public void ToEvent_EndBeforeStart_Error()
    {
        string json = "{\"id\":\"Q9\",\"claims\":{\"P580\":[" + Statement("+1992-00-00T00:00:00Z", 9, "normal") + "],\"P582\":["
            + Statement("+1990-00-00T00:00:00Z", 9, "normal") + "]}}";

        var result = WikidataImporter.ToEvent(Read(json).Single().Value);

        Assert.False(result.Success);
        Assert.Contains("before its start", result.Error!.Expected, StringComparison.Ordinal);
        Assert.Equal("$.claims.P582[0].mainsnak.datavalue.value", result.Error!.Source);
    }

    [Fact]
    public void ReadEntities_Utf8Stream_SameAsText()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Entity("Q1", "+1991-08-30T00:00:00Z"));

        Assert.Equal("Q1", WikidataImporter.ReadEntities(new MemoryStream(bytes)).Single().Value.Id);
    }

    private static string Statement(string time, int precision, string rank) =>
        "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P585\",\"datavalue\":{\"type\":\"time\",\"value\":{\"time\":\"" + time
        + "\",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":" + precision + ",\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"}}},\"rank\":\"" + rank + "\"}";

    private static string Entity(string id, string time) =>
        "{\"type\":\"item\",\"id\":\"" + id + "\",\"claims\":{\"P585\":[" + Statement(time, 11, "normal") + "]}}";
}
