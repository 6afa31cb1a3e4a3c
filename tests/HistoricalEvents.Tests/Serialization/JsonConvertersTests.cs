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
        headline = new HistoricalEvent(headline.Date, headline.Summary, headline.Places, headline.Title, sources: [Source.Parse("en.wikipedia.org")]);
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
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Place>("\"Baku,, Azerbaijan\"", Options));
        Assert.IsType<HistoricalParseException>(e.InnerException);
    }

    public static TheoryData<string, string> BadEvents => new()
    {
        // Issue #9: each of these threw ArgumentException; each is a JsonException naming the path.
        { "{\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"\"]}", "$.sources[0]: found \"\"" },
        { "{\"date\":\"1991\",\"summary\":\"S\",\"sources\":[null]}", "$.sources[0]: found null" },
        { "{\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"  \"]}", "$.sources[0]: found \"  \"" },
        { "{\"date\":\"1991\",\"summary\":\"S\",\"places\":[null]}", "$.places[0]: found null" },
        { "{\"date\":\"1991\",\"summary\":\"S\",\"places\":[\"Baku\",\"Baku,, Azerbaijan\"]}", "$.places[1]: found \"Baku,, Azerbaijan\"" },
        { "{\"date\":\"1991\",\"summary\":\"S\",\"narrative\":[null]}", "$.narrative[0]: found null" },
        { "{\"date\":\"1991\",\"summary\":\"S\",\"narrative\":[\"a\\nb\"]}", "$.narrative[0]: found \"a\\u000Ab\"" },
        { "{\"date\":\"1991\",\"summary\":\"\"}", "$.summary: found \"\"" },
        { "{\"date\":\"1991\",\"summary\":\"two\\nlines\"}", "$.summary: found \"two\\u000Alines\"" },
        { "{\"date\":\"1991\",\"summary\":5}", "$.summary: found a number" },
        { "{\"date\":\"1991\"}", "$.summary: found nothing" },
        { "{\"summary\":\"S\"}", "$.date: found nothing" },
        { "{\"date\":\"1991x\",\"summary\":\"S\"}", "$.date: found \"1991x\", expected a date (column 5: found " },
        { "{\"date\":\"1991\",\"summary\":\"S\",\"title\":\"\"}", "$.title: found \"\"" },
        { "{\"date\":\"1991\",\"summary\":\"S\",\"summary\":\"T\"}", "$.summary: found the property a second time" },
        { "{\"date\":\"1991\",\"summary\":\"S\",\"origin\":{\"line\":-1}}", "$.origin.line: found a number" },
        { "{\"date\":{\"edtf\":\"1917-10-25\",\"calendar\":\"aztec\"},\"summary\":\"S\"}", "$.date.calendar: found \"aztec\"" },
        { "{\"date\":{\"edtf\":\"1917\",\"edtf\":\"1918\"},\"summary\":\"S\"}", "$.date.edtf: found the property a second time" },
        { "[]", "$: found an array, expected an event object" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public void HistoricalEvent_BadJson_ThrowsJsonExceptionWithPathAndPosition(string json, string messageStart)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, HistoricalEventsJson.Context.HistoricalEvent));
        Assert.StartsWith(messageStart, e.Message, StringComparison.Ordinal);
        Assert.Equal("$", e.Path);
        Assert.Equal(0, e.LineNumber);
        Assert.NotNull(e.BytePositionInLine);
    }

    [Fact]
    public void HistoricalEvent_IssueRepro_ThrowsJsonExceptionNotArgumentException()
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<HistoricalEvent>("{\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"\"]}", Options));
        Assert.Equal("$.sources[0]: found \"\", expected a source: a host or URL on one non-blank line.", e.Message);
    }

    [Fact]
    public void HistoricalEvent_BadDate_KeepsTheDateParsersError()
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("{\"date\":\"February 30, 1920\",\"summary\":\"S\"}", HistoricalEventsJson.Context.HistoricalEvent));
        HistoricalParseException inner = Assert.IsType<HistoricalParseException>(e.InnerException);
        Assert.Contains(inner.Error.Message, e.Message, StringComparison.Ordinal);
        Assert.Equal(10, inner.Error.Column);
    }

    public static TheoryData<string, string> BadCards => new()
    {
        { Card("\"moments\":[null]"), "$.moments[0]: found null" },
        { Card("\"moments\":[{\"date\":\"1920\",\"summary\":\"M\",\"places\":[null]}]"), "$.moments[0].places[0]: found null" },
        { Card("\"moments\":[{\"date\":\"1920\",\"summary\":\"M\"}]"), "$: found The card \"T\" cannot be written as card text: a moment has no places" },
        { "{\"headline\":{\"title\":\"\",\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"x\"]}}", "$.headline.title: found \"\"" },
        { "{\"headline\":{\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"x\"]}}", "$.headline.title: found nothing" },
        { "{\"headline\":{\"title\":\"T\",\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"\"]}}", "$.headline.sources[0]: found \"\"" },
        { "{\"headline\":{\"title\":\"T\",\"date\":\"1991\",\"summary\":\"S\"}}", "$: found The card \"T\" cannot be written as card text: it has no source" },
        { "{\"line\":-3," + Card("")[1..], "$.line: found a number" },
        { "{\"line\":1,\"line\":2," + Card("")[1..], "$.line: found the property a second time" },
        { "{\"line\":1}", "$.headline: found nothing" },
    };

    private static string Card(string more) =>
        "{\"headline\":{\"title\":\"T\",\"date\":\"1991\",\"summary\":\"S\",\"sources\":[\"x\"]}" + (more.Length > 0 ? "," + more : "") + "}";

    [Theory]
    [MemberData(nameof(BadCards))]
    public void EventCard_BadJson_ThrowsJsonExceptionWithPath(string json, string messageStart)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, HistoricalEventsJson.Context.EventCard));
        Assert.StartsWith(messageStart, e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.BytePositionInLine);
    }

    [Fact]
    public void EventCard_InAList_ExceptionPathNamesTheElement()
    {
        string json = "[" + Card("") + "," + Card("\"moments\":[null]") + "]";
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, HistoricalEventsJson.Context.ListEventCard));
        Assert.Equal("$[1]", e.Path);
        Assert.StartsWith("$.moments[0]: found null", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":\"\",\"span\":\"1920/1991\"}", "$.name: found \"\"")]
    [InlineData("{\"name\":\"P\",\"span\":\"1920/1991\",\"aliases\":[null]}", "$.aliases[0]: found null")]
    [InlineData("{\"name\":\"P\",\"span\":\"1920/1991\",\"aliases\":[\" \"]}", "$.aliases[0]: found \" \"")]
    [InlineData("{\"name\":\"P\"}", "$.span: found nothing")]
    [InlineData("{\"name\":\"P\",\"name\":\"Q\",\"span\":\"1920\"}", "$.name: found the property a second time")]
    public void HistoricalPeriod_BadJson_ThrowsJsonExceptionWithPath(string json, string messageStart)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, HistoricalEventsJson.Context.HistoricalPeriod));
        Assert.StartsWith(messageStart, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_Empty_ThrowsJsonException() =>
        Assert.StartsWith("$: found \"\"", Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("\"\"", HistoricalEventsJson.Context.Source)).Message, StringComparison.Ordinal);

    [Fact]
    public void Context_SeedCard_WritesWhatOptionsWrite()
    {
        EventCard card = CardReader.Parse(Text.Cards.CardTestData.Seed).Value;
        string viaOptions = JsonSerializer.Serialize(card, Options);
        Assert.Equal(viaOptions, JsonSerializer.Serialize(card, HistoricalEventsJson.Context.EventCard));
        Assert.Contains("Azerbaijan’s", viaOptions, StringComparison.Ordinal);
        // The Default instance has the same shape, with System.Text.Json's default escaping.
        string viaDefault = JsonSerializer.Serialize(card, HistoricalEventsJsonContext.Default.EventCard);
        Assert.Equal(card, JsonSerializer.Deserialize(viaDefault, HistoricalEventsJsonContext.Default.EventCard));
        Assert.Equal(card, JsonSerializer.Deserialize(viaOptions, HistoricalEventsJson.Context.EventCard));
    }

    [Fact]
    public void Context_ListOfCards_RoundTrips()
    {
        EventCard card = CardReader.Parse(Text.Cards.CardTestData.Seed).Value;
        List<EventCard> cards = [card, card];
        string json = JsonSerializer.Serialize(cards, HistoricalEventsJson.Context.ListEventCard);
        Assert.Equal(cards, JsonSerializer.Deserialize(json, HistoricalEventsJson.Context.ListEventCard));
    }

    [Theory]
    [InlineData(1920, 4, 28, "\"1920-04-28\"")]
    [InlineData(-43, 3, 15, "\"-0043-03-15\"")]
    public void LocalDate_NodaTimeConverter_WritesIso(int year, int month, int day, string json)
    {
        var date = new NodaTime.LocalDate(year, month, day);
        Assert.Equal(json, JsonSerializer.Serialize(date, HistoricalEventsJson.Context.LocalDate));
        Assert.Equal(date, JsonSerializer.Deserialize(json, HistoricalEventsJson.Context.LocalDate));
    }

    [Fact]
    public void AnnualDate_NodaTimeConverter_WritesMonthAndDay()
    {
        var day = new NodaTime.AnnualDate(4, 28);
        Assert.Equal("\"04-28\"", JsonSerializer.Serialize(day, HistoricalEventsJson.Options));
        Assert.Equal(day, JsonSerializer.Deserialize(JsonSerializer.Serialize(day, HistoricalEventsJson.Options), HistoricalEventsJson.Context.AnnualDate));
    }

    [Fact]
    public void ConfigureForHistoricalEvents_OptionsWithAResolver_GetTheContextInTheChain()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new OtherContext() }.ConfigureForHistoricalEvents(CalendarPolicy.ProlepticGregorian);
        Assert.Contains(options.TypeInfoResolverChain, r => r == HistoricalEventsJsonContext.Default);
        var dates = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<HistoricalDate>)options.GetTypeInfo(typeof(HistoricalDate));
        Assert.Equal(HistoricalCalendar.Gregorian, JsonSerializer.Deserialize("\"1500\"", dates).Calendar);
        Assert.Equal(HistoricalCalendar.Julian, JsonSerializer.Deserialize("\"1500\"", HistoricalEventsJson.Context.HistoricalDate).Calendar);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(int))]
internal sealed partial class OtherContext : System.Text.Json.Serialization.JsonSerializerContext;
