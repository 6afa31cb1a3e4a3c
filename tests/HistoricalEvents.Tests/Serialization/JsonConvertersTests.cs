using System.Text.Json;
using HistoricalEvents.Serialization;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Serialization;

public class JsonConvertersTests
{
    private static readonly JsonSerializerOptions Options = HistoricalEventsJson.Options;

    public static TheoryData<HistoricalDate, string> Dates => new()
    {
        { HistoricalDate.FromYear(1991), "\"1991\"" },
        { HistoricalDate.FromDay(1920, 4, 28), "\"1920-04-28\"" },
        { HistoricalDate.FromYear(-43), "\"-0043\"" },
        { HistoricalDate.FromDay(-43, 3, 15, HistoricalCalendar.Gregorian), "\"-0043-03-15\"" },
        { HistoricalDate.FromDay(1500, 1, 1, HistoricalCalendar.Gregorian), "\"1500-01-01\"" },
    };

    public static TheoryData<HistoricalDate, string> DatesEdtfCannotHold => new()
    {
        // EDTF days are ISO days: a Julian day is written as its Gregorian day beside its calendar.
        { HistoricalDate.FromDay(1917, 10, 25, HistoricalCalendar.Julian), "{\"edtf\":\"1917-11-07\",\"calendar\":\"julian\"," },
        { HistoricalDate.FromDay(-43, 3, 15), "{\"edtf\":\"-0043-03-13\",\"calendar\":\"julian\"," },
        { HistoricalDate.FromMonth(1500, 1, HistoricalCalendar.Gregorian), "{\"edtf\":\"1500-01\",\"calendar\":\"gregorian\"," },
        { HistoricalDate.FromSpan(1801, DatePrecision.Century, SpanPart.Early), "{\"edtf\":\"1801/1840\",\"calendar\":\"gregorian\"," },
    };

    [Theory]
    [MemberData(nameof(DatesEdtfCannotHold))]
    public void HistoricalDate_ValueEdtfCannotHold_WritesObjectAndReadsEqualValue(HistoricalDate date, string jsonStart)
    {
        string json = JsonSerializer.Serialize(date, Options);
        Assert.StartsWith(jsonStart, json);
        HistoricalDate read = JsonSerializer.Deserialize<HistoricalDate>(json, Options);
        Assert.Equal(date, read);
        Assert.Equal(date.Calendar, read.Calendar);
        Assert.Equal(date.Part, read.Part);
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void HistoricalDate_RoundTrip_WritesEdtfAndReadsEqualValue(HistoricalDate date, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(date, Options));
        HistoricalDate read = JsonSerializer.Deserialize<HistoricalDate>(json, Options);
        Assert.Equal(date, read);
        Assert.Equal(date.Calendar, read.Calendar);
    }

    [Theory]
    [InlineData("{\"edtf\":\"1066-10-20\",\"calendar\":\"julian\"}", 1066, 10, 14, HistoricalCalendar.Julian)]
    [InlineData("{\"edtf\":\"1066-10-20\",\"calendar\":\"gregorian\"}", 1066, 10, 20, HistoricalCalendar.Gregorian)]
    [InlineData("{\"edtf\":\"1066-10-20\"}", 1066, 10, 20, HistoricalCalendar.Gregorian)]
    public void HistoricalDate_ObjectWithoutEnglish_ReadsTheIsoDayInItsCalendar(string json, int year, int month, int day, HistoricalCalendar calendar) =>
        Assert.Equal(HistoricalDate.FromDay(year, month, day, calendar), JsonSerializer.Deserialize<HistoricalDate>(json, Options));

    [Fact]
    public void HistoricalDate_EnglishText_IsRead() =>
        Assert.Equal(HistoricalDate.FromDay(1920, 4, 28), JsonSerializer.Deserialize<HistoricalDate>("\"April 28, 1920\"", Options));

    [Theory]
    [InlineData("\"not a date\"")]
    [InlineData("42")]
    [InlineData("{\"calendar\":\"julian\"}")]
    [InlineData("{\"edtf\":\"1920\",\"calendar\":\"mayan\"}")]
    public void HistoricalDate_BadJson_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<HistoricalDate>(json, Options));

    [Fact]
    public void HistoricalEvent_RoundTrip_KeepsEveryField()
    {
        var original = new HistoricalEvent(
            HistoricalDate.FromDay(1920, 4, 28),
            "Azerbaijan was incorporated into the Soviet Union as the Azerbaijan Soviet Socialist Republic.",
            [Place.Parse("Baku, Azerbaijan"), Place.Parse("Soviet Union")],
            title: null,
            narrative: ["Azerbaijan’s oil."],
            sources: [Source.Parse("en.wikipedia.org")],
            origin: new EventOrigin("Azerbaijan Declares Independence from the Soviet Union", "seed.txt", new TextPosition(4, 1)));
        string json = JsonSerializer.Serialize(original, Options);
        Assert.Contains("\"places\":[\"Baku, Azerbaijan\",\"Soviet Union\"]", json);
        Assert.Contains("Azerbaijan’s", json);
        HistoricalEvent read = JsonSerializer.Deserialize<HistoricalEvent>(json, Options)!;
        Assert.Equal(original, read);
        Assert.Equal(original.Origin, read.Origin);
    }

    [Fact]
    public void EventCard_RoundTrip_KeepsHeadlineAndMoments()
    {
        var headline = new HistoricalEvent(HistoricalDate.FromYear(1991), "Independence.", [Place.Parse("Baku, Azerbaijan")], "Azerbaijan Declares Independence");
        var moment = new HistoricalEvent(HistoricalDate.FromDay(1920, 4, 28), "Incorporation.", [Place.Parse("Soviet Union")]);
        var card = new EventCard(headline, [moment], new TextPosition(1, 1), "seed.txt");
        EventCard read = JsonSerializer.Deserialize<EventCard>(JsonSerializer.Serialize(card, Options), Options)!;
        Assert.Equal(card, read);
        Assert.Equal("seed.txt", read.File);
        Assert.Equal(1, read.Line);
    }

    [Fact]
    public void HistoricalPeriod_RoundTrip_KeepsSpanAndAliases()
    {
        var period = new HistoricalPeriod("Soviet Union", HistoricalDate.Interval(HistoricalDate.FromDay(1922, 12, 30), HistoricalDate.FromDay(1991, 12, 26)), ["USSR"], "A federal socialist state.");
        string json = JsonSerializer.Serialize(period, Options);
        Assert.Contains("\"span\":\"1922-12-30/1991-12-26\"", json);
        Assert.Equal(period, JsonSerializer.Deserialize<HistoricalPeriod>(json, Options));
    }

    [Fact]
    public void Place_BadPath_ThrowsJsonExceptionWithPosition()
    {
        JsonException e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Place>("\"Baku,, Azerbaijan\"", Options));
        Assert.IsType<HistoricalParseException>(e.InnerException);
    }
}
