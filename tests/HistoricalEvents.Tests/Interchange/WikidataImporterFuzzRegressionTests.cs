using HistoricalEvents.Interchange;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Interchange;

/// <summary>
/// Inputs found by fuzzing (tests/HistoricalEvents.Fuzz, target "wikidata"): a coordinate or numeric id given as a
/// string threw InvalidOperationException, and an entity with the id "" gave an error without found text.
/// </summary>
public class WikidataImporterFuzzRegressionTests
{
    private static List<ParseResult<WikidataEntity>> Read(string json) => [.. WikidataImporter.ReadEntities(new StringReader(json))];

    private static string Claim(string property, string type, string value) =>
        $"{{\"id\":\"Q1\",\"claims\":{{\"{property}\":[{{\"mainsnak\":{{\"datavalue\":{{\"type\":\"{type}\",\"value\":{value}}}}}}}]}}}}";

    public static TheoryData<string, string> BadValues => new()
    {
        { Claim("P625", "globecoordinate", "{\"latitude\":\"40.4\",\"longitude\":49.8}"), "$.claims.P625[0].mainsnak.datavalue.value" },
        { Claim("P625", "globecoordinate", "{\"latitude\":40.4,\"longitude\":null}"), "$.claims.P625[0].mainsnak.datavalue.value" },
        { Claim("P17", "wikibase-entityid", "{\"numeric-id\":\"45\"}"), "$.claims.P17[0].mainsnak.datavalue.value" },
        { Claim("P17", "wikibase-entityid", "{\"numeric-id\":0}"), "$.claims.P17[0].mainsnak.datavalue.value" },
        { Claim("P17", "wikibase-entityid", "{\"id\":\"\"}"), "$.claims.P17[0].mainsnak.datavalue.value" },
        { "{\"id\":\"\"}", "$.id" },
        { "{\"id\":\"Q1 \"}", "$.id" },
        { "{\"id\":\"Q01\"}", "$.id" },
        { "{\"id\":\"42\"}", "$.id" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void ReadEntities_ValueOfTheWrongKind_ErrorWithItsPathAndFoundText(string json, string path)
    {
        ParseResult<WikidataEntity> result = Assert.Single(Read(json));

        Assert.False(result.Success);
        Assert.Equal(path, result.Error!.Source);
        Assert.False(string.IsNullOrEmpty(result.Error.Found));
    }

    [Theory]
    [InlineData("Q42")]
    [InlineData("P585")]
    [InlineData("L7-F1")]
    [InlineData("L7-S12")]
    public void ReadEntities_EntityIds_Read(string id) =>
        Assert.Equal(id, Assert.Single(Read($"{{\"id\":\"{id}\"}}")).Value.Id);

    [Fact]
    public void ReadEntities_DataTypeNotAString_StatementWithoutAValue()
    {
        ParseResult<WikidataEntity> result = Assert.Single(Read(Claim("P585", "time", "{}").Replace("\"type\":\"time\"", "\"type\":5", StringComparison.Ordinal)));

        Assert.Empty(result.Value.Statements);
    }

    [Theory]
    [InlineData("Portugal @ 1, 2")]
    [InlineData("Portugal @")]      // would make " @ " with coordinates written after it
    [InlineData("@ Portugal")]      // would make " @ " with ", " written before it
    [InlineData("Portugal, Spain")]
    public void ToEvent_LabelThatIsNoPlaceName_PlaceNamedByItsId(string label)
    {
        const string json = """
            {"id":"Q1","claims":{
              "P585":[{"mainsnak":{"datavalue":{"type":"time","value":{"time":"+1991-00-00T00:00:00Z","precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"}}}}],
              "P17":[{"mainsnak":{"datavalue":{"type":"wikibase-entityid","value":{"id":"Q45"}}}}]}}
            """;
        WikidataEntity entity = Assert.Single(Read(json)).Value;
        var options = new WikidataImportOptions { ResolveLabel = _ => label };

        HistoricalEvent e = WikidataImporter.ToEvent(entity, options).Value;

        Assert.Equal("Q45", Assert.Single(e.Places).Path);
        Assert.Null(e.Places[0].Coordinates);
    }
}
