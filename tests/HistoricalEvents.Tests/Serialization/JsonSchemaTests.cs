using System.Text.Json;
using HistoricalEvents.Samples.CardsToJson;
using HistoricalEvents.Serialization;
using HistoricalEvents.Tests.Text.Cards;
using HistoricalEvents.Text;
using Json.Schema;

namespace HistoricalEvents.Tests.Serialization;

public class JsonSchemaTests
{
    private static readonly Lazy<JsonSchema> Library = new(() => Load("historicalevents.schema.json"));

    private static readonly Lazy<JsonSchema> CardsToJson = new(() => Load("cardstojson.schema.json"));

    private static JsonSchema Load(string name) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", name)));

    private static string Explain(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static void AssertValid(JsonSchema schema, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, $"{Explain(results)} in {json}");
    }

    private static bool IsValid(JsonSchema schema, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement).IsValid;
    }

    /// <summary>Cards the tests read: the seed, and small cards with every kind of date a card holds.</summary>
    private static IEnumerable<string> CardTexts =>
    [
        CardTestData.Seed,
        CardTestData.Small("Small"),
        CardTestData.Small("BC", "44 BC · Rome, Italy"),
        CardTestData.Small("Julian", "October 25, 1917 O.S. · Petrograd, Russia"),
        CardTestData.Small("Century", "early 19th century"),
        CardTestData.Small("Approximate", "c. 1200 BC"),
    ];

    [Theory]
    [InlineData("jsonl")]
    [InlineData("cards")]
    [InlineData("events")]
    public void CardsToJson_EveryFormat_WritesJsonTheSchemaAccepts(string format)
    {
        JsonSchema schema = format == "jsonl" ? CardsToJson.Value : Library.Value;
        int lines = 0;
        foreach (string text in CardTexts)
        {
            var stdout = new StringWriter();
            Assert.Equal(0, CardsToJsonApp.Run(["--to", format], new StringReader(text), stdout, TextWriter.Null));
            foreach (string line in stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                AssertValid(schema, line);
                lines++;
            }
        }
        Assert.True(lines >= CardTexts.Count());
    }

    [Fact]
    public void Library_PeriodsAndDates_WriteJsonTheSchemaAccepts()
    {
        var period = new HistoricalPeriod("Soviet Union", HistoricalDate.Interval(HistoricalDate.FromDay(1922, 12, 30), HistoricalDate.FromDay(1991, 12, 26)), ["USSR"], "A federal socialist state.");
        AssertValid(Library.Value, JsonSerializer.Serialize(period, HistoricalEventsJson.Context.HistoricalPeriod));
        var julian = new HistoricalPeriod("Revolution", HistoricalDate.FromDay(1917, 10, 25, HistoricalCalendar.Julian));
        string json = JsonSerializer.Serialize(julian, HistoricalEventsJson.Context.HistoricalPeriod);
        Assert.Contains("\"calendar\":\"julian\"", json, StringComparison.Ordinal);
        AssertValid(Library.Value, json);
    }

    public static TheoryData<string> RejectedByTheLibrary => new()
    {
        "{\"headline\":{\"title\":\"T\",\"date\":\"1991\",\"summary\":\"\",\"sources\":[\"x\"]}}",
        "{\"headline\":{\"title\":\"T\",\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"\"]}}",
        "{\"headline\":{\"title\":\"T\",\"date\":\"1991\",\"summary\":\"two\\nlines\",\"sources\":[\"x\"]}}",
        "{\"headline\":{\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"x\"]}}",
        "{\"headline\":{\"title\":\"T\",\"date\":\"1991\",\"summary\":\"S\"}}",
        "{\"line\":-1,\"headline\":{\"title\":\"T\",\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"x\"]}}",
        "{\"date\":\"1991\",\"summary\":\"S\",\"places\":[null]}",
        "{\"name\":\" \",\"span\":\"1920\"}",
        "{\"date\":{\"edtf\":\"1917\",\"calendar\":\"mayan\"},\"summary\":\"S\"}",
    };

    [Theory]
    [MemberData(nameof(RejectedByTheLibrary))]
    public void Schema_JsonTheLibraryRejects_IsInvalidToo(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, json.Contains("headline", StringComparison.Ordinal)
            ? (System.Text.Json.Serialization.Metadata.JsonTypeInfo)HistoricalEventsJson.Context.EventCard
            : json.Contains("\"name\"", StringComparison.Ordinal) ? HistoricalEventsJson.Context.HistoricalPeriod : HistoricalEventsJson.Context.HistoricalEvent));
        Assert.False(IsValid(Library.Value, json));
    }

    [Fact]
    public void Schema_CardsToJsonWithoutTitle_IsInvalid()
    {
        var stdout = new StringWriter();
        CardsToJsonApp.Run([], new StringReader(CardTestData.Seed), stdout, TextWriter.Null);
        using JsonDocument document = JsonDocument.Parse(stdout.ToString());
        var withoutTitle = document.RootElement.EnumerateObject().Where(p => p.Name != "title").ToDictionary(p => p.Name, p => p.Value);
        Assert.False(IsValid(CardsToJson.Value, JsonSerializer.Serialize(withoutTitle)));
    }
}
