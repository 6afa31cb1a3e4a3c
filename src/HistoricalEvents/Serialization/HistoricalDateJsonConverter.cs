using System.Text.Json;
using System.Text.Json.Serialization;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Serialization;

/// <summary>
/// Converts <see cref="HistoricalDate"/> to and from JSON. A date is written as its EDTF string (<c>"1920-04-28"</c>,
/// <c>"-0043"</c>, <c>"1914/1918"</c>); EDTF names no calendar, so a date whose calendar is not the one the pattern's
/// <see cref="CalendarPolicy"/> gives its written day is written as an object that keeps it:
/// <c>{"edtf":"1917-10-25","calendar":"julian"}</c>. Both forms are read, as is English text
/// (<c>"April 28, 1920"</c>). The value read equals the value written (<see cref="HistoricalDate.Text"/> is not kept),
/// except for an interval whose two ends are in different calendars and do not follow the policy: the object form
/// holds one calendar, that of the start.
/// </summary>
public sealed class HistoricalDateJsonConverter : JsonConverter<HistoricalDate>
{
    /// <summary>A converter with the encyclopedic calendar policy.</summary>
    public HistoricalDateJsonConverter()
        : this(CalendarPolicy.Encyclopedic)
    {
    }

    /// <summary>A converter whose unmarked dates follow <paramref name="policy"/>.</summary>
    public HistoricalDateJsonConverter(CalendarPolicy policy)
    {
        Policy = Preconditions.CheckNotNull(policy);
        _edtf = HistoricalDatePatterns.Edtf.WithCalendarPolicy(policy);
        _english = HistoricalDatePatterns.English.WithCalendarPolicy(policy);
    }

    private readonly EdtfPattern _edtf;
    private readonly EnglishDatePattern _english;

    /// <summary>The calendar policy for dates read without a calendar.</summary>
    public CalendarPolicy Policy { get; }

    /// <inheritdoc />
    public override HistoricalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadText(reader.GetString()!, _edtf, _english);
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(Messages.JsonExpected("a date string or object", reader.TokenType));
        }
        string? edtf = null;
        HistoricalCalendar? calendar = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name == "edtf")
            {
                edtf = reader.GetString();
            }
            else if (name == "calendar")
            {
                calendar = reader.GetString() switch
                {
                    "julian" => HistoricalCalendar.Julian,
                    "gregorian" => HistoricalCalendar.Gregorian,
                    string other => throw new JsonException(Messages.JsonUnknownCalendar(other)),
                    null => null,
                };
            }
            else
            {
                reader.Skip();
            }
        }
        if (edtf is null)
        {
            throw new JsonException(Messages.JsonMissingProperty("edtf"));
        }
        CalendarPolicy forced = calendar switch
        {
            HistoricalCalendar.Julian => CalendarPolicy.ProlepticJulian,
            HistoricalCalendar.Gregorian => CalendarPolicy.ProlepticGregorian,
            _ => Policy,
        };
        return ReadText(edtf, _edtf.WithCalendarPolicy(forced), _english.WithCalendarPolicy(forced));
    }

    private static HistoricalDate ReadText(string text, EdtfPattern edtf, EnglishDatePattern english)
    {
        ParseResult<HistoricalDate> result = edtf.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }
        ParseResult<HistoricalDate> fromEnglish = english.Parse(text);
        return fromEnglish.Success
            ? fromEnglish.Value
            : throw new JsonException(Messages.JsonBadDate(text, result.Error), new HistoricalParseException(result.Error));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HistoricalDate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        string edtf = _edtf.Format(value);
        if (CalendarsFollowPolicy(value))
        {
            writer.WriteStringValue(edtf);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("edtf", edtf);
        writer.WriteString("calendar", value.Calendar == HistoricalCalendar.Julian ? "julian" : "gregorian");
        writer.WriteEndObject();
    }

    private bool CalendarsFollowPolicy(HistoricalDate value)
    {
        // Every written end must be in the calendar the policy would give it, or EDTF alone would not bring it back.
        return Follows(value.StartFields, value.StartEnd) && Follows(value.EndFields, value.EndEnd);

        bool Follows(in DateFields fields, IntervalEnd end) =>
            end != IntervalEnd.Known || Policy.CalendarFor(fields.Year, FirstMonth(fields), fields.Precision == DatePrecision.Day ? fields.Day : 1) == fields.Calendar;
    }

    private static int FirstMonth(in DateFields fields) => fields.Precision switch
    {
        DatePrecision.Day or DatePrecision.Month => fields.Month,
        DatePrecision.Season => DateFields.SeasonMonths(fields.Month, out int first, out _) ? first : 1,
        _ => 1,
    };
}
