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

    [Theory]
    [InlineData("\"40/0, @ /0, @\"")]
    [InlineData("\"Baku @ 40/0, 1\"")]
    [InlineData("\"Baku @ 91, 0\"")]
    [InlineData("\"Baku @ 40.4, \"")]
    [InlineData("\" @ 1, 2\"")]
    public void Place_BadCoordinates_JsonExceptionWithPathAndPosition(string place)
    {
        string json = "{\"date\":\"1991\",\n \"summary\":\"S.\",\n \"places\":[\"Baku\", " + place + "]}";

        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<HistoricalEvent>(json, Options));
        JsonException alone = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Place>(place, Options));

        Assert.StartsWith("$.places[1]: found", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, e.LineNumber);
        Assert.NotNull(e.BytePositionInLine);
        Assert.StartsWith("$: found", alone.Message, StringComparison.Ordinal);
    }

    // Found by the json fuzz target in CI's run of 2026-12-04: read as places, these wrote JSON that did not read back.
    [Theory]
    [InlineData("\"Novqmber 7 [O.S. October 25^,@ 1917\"")]
    [InlineData("\"November 7r 7 [FGS],@ [FGS],@B\"")]
    public void Place_NameThatWouldWriteAsCoordinates_JsonException(string place)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Place>(place, Options));

        Assert.StartsWith("$: found", e.Message, StringComparison.Ordinal);
        Assert.Contains("would read as ' @ '", e.Message, StringComparison.Ordinal);
    }

    // Found by a 15-minute run of the json fuzz target (2026-12-04): an EDTF sub-year grouping in the Julian calendar,
    // whose English form is EDTF ("1917-25"), which English reads as the years 1917-1925. Writing gave up (JsonException):
    // a date read from JSON that could not be written. Now the object is written without its English form.
    [Theory]
    [InlineData("{\"edtf\":\"1917-25\",\"calendar\":\"julian\",\"eyglish\":\"Octobdr 25, 191.\"}", "{\"edtf\":\"1917-25\",\"calendar\":\"julian\"}")]
    [InlineData("{\"edtf\":\"1917-%25\",\"calendar\":\"julian\",\"english\":\"Octobdr 25, 191.\"}", "{\"edtf\":\"1917-%25\",\"calendar\":\"julian\"}")]
    public void HistoricalDate_JulianGroupingWhoseEnglishIsAnotherDate_WrittenWithoutEnglishAndReadsBack(string json, string written)
    {
        HistoricalDate date = JsonSerializer.Deserialize<HistoricalDate>(json, Options);

        string again = JsonSerializer.Serialize(date, Options);

        Assert.Equal(written, again);
        Assert.Equal(date, JsonSerializer.Deserialize<HistoricalDate>(again, Options));
        Assert.Equal(HistoricalCalendar.Julian, date.Calendar);
    }

    [Fact]
    public void HistoricalDate_JulianSeasonEnglishReadsBack_WrittenWithEnglish()
    {
        HistoricalDate date = JsonSerializer.Deserialize<HistoricalDate>("{\"edtf\":\"1917-21\",\"calendar\":\"julian\"}", Options);

        Assert.Equal("{\"edtf\":\"1917-21\",\"calendar\":\"julian\",\"english\":\"Spring 1917 O.S.\"}", JsonSerializer.Serialize(date, Options));
    }

    public static TheoryData<string> PlacesWithCoordinates => new()
    {
        "Baku, Azerbaijan @ 40.4093, 49.8671",
        "Actium, Greece @ 38.95, 20.75",
        "South Pole @ -90, 0",
        "Antimeridian @ 0.000001, -180",
    };

    [Theory]
    [MemberData(nameof(PlacesWithCoordinates))]
    public void Place_WithCoordinates_JsonKeepsThem(string text)
    {
        Place place = Place.Parse(text);
        var e = new HistoricalEvent(HistoricalDate.Parse("1991"), "S.", [place], "T", sources: [Source.Parse("example.org")]);
        var card = new EventCard(e);

        Place? back = JsonSerializer.Deserialize<Place>(JsonSerializer.Serialize(place, Options), Options);
        HistoricalEvent? eventBack = JsonSerializer.Deserialize<HistoricalEvent>(JsonSerializer.Serialize(e, Options), Options);
        EventCard? cardBack = JsonSerializer.Deserialize<EventCard>(JsonSerializer.Serialize(card, Options), Options);

        Assert.Equal(place.Coordinates, back!.Coordinates);
        Assert.Equal(place.Coordinates, eventBack!.Places[0].Coordinates);
        Assert.Equal(place.Coordinates, cardBack!.Headline.Places[0].Coordinates);
    }

    [Fact]
    public void Place_WithoutCoordinates_WrittenAsItsPath() =>
        Assert.Equal("\"Baku, Azerbaijan\"", JsonSerializer.Serialize(Place.Parse(" Baku ,Azerbaijan"), Options));
}
