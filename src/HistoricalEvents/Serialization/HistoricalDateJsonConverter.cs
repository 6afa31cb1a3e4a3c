using System.Text.Json;
using System.Text.Json.Serialization;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Serialization;

/// <summary>
/// Converts <see cref="HistoricalDate"/> to and from JSON. A date is written as its EDTF string (<c>"1920-04-28"</c>,
/// <c>"-0043"</c>, <c>"1914/1918"</c>) whenever reading that string back gives the same value. EDTF cannot say
/// everything a date can hold (its calendar when that is not the one the <see cref="CalendarPolicy"/> gives it, dual
/// dating, <c>early 19th century</c>), so such a date is written as an object that keeps it:
/// <c>{"edtf":"1917-11-07","calendar":"julian","english":"October 25, 1917 O.S."}</c>, where <c>edtf</c> is the
/// EDTF every other tool reads (days are ISO days; months and wider have the fields as written in <c>calendar</c>),
/// <c>calendar</c> the calendar the date was written in, and <c>english</c> the readable form, which reads back to
/// the same value.
/// Both forms are read, as is English text in a string (<c>"April 28, 1920"</c>). <see cref="HistoricalDate.Text"/>
/// is not kept.
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

    private static readonly byte[][] Properties = ["edtf"u8.ToArray(), "calendar"u8.ToArray(), "english"u8.ToArray()];

    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a date; the message gives where and why, with the date parser's message.</exception>
    public override HistoricalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadText(reader.GetString()!, _edtf, _english, "$");
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonReading.Error(JsonReading.Found(ref reader), Messages.JsonDateStringOrObject);
        }
        string? edtf = null, english = null;
        HistoricalCalendar? calendar = null;
        int seen = 0;
        while (JsonReading.NextProperty(ref reader, Properties, ref seen, out int property))
        {
            switch (property)
            {
                case 0:
                    edtf = JsonReading.OptionalString(ref reader, "edtf");
                    break;
                case 1:
                    calendar = JsonReading.OptionalString(ref reader, "calendar") switch
                    {
                        "julian" => HistoricalCalendar.Julian,
                        "gregorian" => HistoricalCalendar.Gregorian,
                        null => null,
                        _ => throw JsonReading.Error("calendar", JsonReading.Found(ref reader), Messages.JsonCalendar),
                    };
                    break;
                case 2:
                    english = JsonReading.OptionalString(ref reader, "english");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        if (english is not null && _english.Parse(english) is { Success: true } fromEnglish)
        {
            return fromEnglish.Value;
        }
        if (edtf is null)
        {
            throw JsonReading.Error("edtf", Messages.JsonMissing, Messages.JsonDateStringOrObject);
        }
        CalendarPolicy forced = calendar switch
        {
            HistoricalCalendar.Julian => CalendarPolicy.ProlepticJulian,
            HistoricalCalendar.Gregorian => CalendarPolicy.ProlepticGregorian,
            _ => Policy,
        };
        HistoricalDate date = ReadText(edtf, _edtf.WithCalendarPolicy(forced), _english.WithCalendarPolicy(forced), "$.edtf");
        // EDTF days are ISO days: a day written in the Julian calendar keeps its Julian fields.
        return calendar is { } written ? date.WithDaysIn(written) : date;
    }

    private static HistoricalDate ReadText(string text, EdtfPattern edtf, EnglishDatePattern english, string path)
    {
        ParseResult<HistoricalDate> result = HistoricalDate.ParseAny(text, edtf, english);
        return result.Success
            ? result.Value
            : throw new JsonValueException(path, Messages.Quote(text), Messages.JsonDateText(result.Error!), new HistoricalParseException(result.Error!));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HistoricalDate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        string edtf = _edtf.Format(value);
        if (_edtf.TryParse(edtf, out HistoricalDate back) && back == value)
        {
            writer.WriteStringValue(edtf);
            return;
        }
        CalendarPolicy asWritten = value.Calendar == HistoricalCalendar.Julian ? CalendarPolicy.ProlepticJulian : CalendarPolicy.ProlepticGregorian;
        writer.WriteStartObject();
        // Days as ISO days (what the default day policy writes); months and wider with their fields as written.
        writer.WriteString("edtf", _edtf.WithCalendarPolicy(asWritten).Format(value));
        writer.WriteString("calendar", value.Calendar == HistoricalCalendar.Julian ? "julian" : "gregorian");
        writer.WriteString("english", _english.Format(value));
        writer.WriteEndObject();
    }
}
