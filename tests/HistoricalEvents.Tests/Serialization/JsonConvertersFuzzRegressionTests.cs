using System.Text.Json;
using HistoricalEvents.Serialization;

namespace HistoricalEvents.Tests.Serialization;

/// <summary>
/// Inputs found by fuzzing (tests/HistoricalEvents.Fuzz, target "json"): the models' argument checks escaped the
/// converters as ArgumentException instead of JsonException.
/// </summary>
public class JsonConvertersFuzzRegressionTests
{
    private static readonly JsonSerializerOptions Options = HistoricalEventsJson.Options;

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"      \"")]
    [InlineData("\"\\t\"")]
    public void Source_BlankText_ThrowsJsonException(string json)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Source>(json, Options));
        Assert.Contains("expected a source", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"date\":\"1991\",\"summary\":\"S.\",\"sources\":[\"\"]}")]
    [InlineData("{\"date\":\"1991\",\"summary\":\"S.\",\"sources\":[\"ok\",\" \"]}")]
    public void HistoricalEvent_BlankSource_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<HistoricalEvent>(json, Options));

    [Theory]
    [InlineData("{\"name\":\"\",\"span\":\"1914/1918\"}")]
    [InlineData("{\"name\":\" \",\"span\":\"1914/1918\"}")]
    public void HistoricalPeriod_BlankName_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<HistoricalPeriod>(json, Options));

    [Fact]
    public void EventCard_BlankSourceInAMoment_ThrowsJsonException() =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<EventCard>(
            "{\"headline\":{\"title\":\"T\",\"date\":\"1991\",\"summary\":\"S.\"},\"moments\":[{\"date\":\"1990\",\"summary\":\"M.\",\"sources\":[\"\"]}]}", Options));
}
