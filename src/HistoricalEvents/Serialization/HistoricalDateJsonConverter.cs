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
/// the same value. A decade, century or millennium that no text names (one starting in 1913, built in code with
/// <see cref="HistoricalDate.FromSpan"/>) adds its <c>span</c> (<c>"decade"</c>, <c>"early century"</c>, …) and
/// <c>firstYear</c>, so it too reads back equal; a value no form can hold is a <see cref="JsonException"/> on writing,
/// never a different value on reading.
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

    private static readonly byte[][] Properties = ["edtf"u8.ToArray(), "calendar"u8.ToArray(), "english"u8.ToArray(), "span"u8.ToArray(), "firstYear"u8.ToArray()];

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
        string? edtf = null, english = null, span = null;
        int? firstYear = null;
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
                case 3:
                    span = JsonReading.OptionalString(ref reader, "span");
                    break;
                case 4:
                    firstYear = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int year) ? year
                        : throw JsonReading.Error("firstYear", JsonReading.Found(ref reader), Messages.JsonFirstYear);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        if (span is not null || firstYear is not null)
        {
            return ReadSpan(edtf, calendar, span, firstYear);
        }
        return ReadObject(edtf, calendar, english);
    }

    private HistoricalDate ReadObject(string? edtf, HistoricalCalendar? calendar, string? english)
    {
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

    private static readonly (string Name, DatePrecision Precision, SpanPart Part)[] Spans =
    [
        ("decade", DatePrecision.Decade, SpanPart.Whole), ("early decade", DatePrecision.Decade, SpanPart.Early),
        ("mid decade", DatePrecision.Decade, SpanPart.Mid), ("late decade", DatePrecision.Decade, SpanPart.Late),
        ("century", DatePrecision.Century, SpanPart.Whole), ("early century", DatePrecision.Century, SpanPart.Early),
        ("mid century", DatePrecision.Century, SpanPart.Mid), ("late century", DatePrecision.Century, SpanPart.Late),
        ("millennium", DatePrecision.Millennium, SpanPart.Whole), ("early millennium", DatePrecision.Millennium, SpanPart.Early),
        ("mid millennium", DatePrecision.Millennium, SpanPart.Mid), ("late millennium", DatePrecision.Millennium, SpanPart.Late),
    ];

    // A span no text names: its precision, part and first year, with the EDTF interval it covers (and its qualifiers)
    // in the calendar written, as a check that the object says one thing.
    private HistoricalDate ReadSpan(string? edtf, HistoricalCalendar? calendar, string? span, int? firstYear)
    {
        int index = Array.FindIndex(Spans, s => s.Name == span);
        if (index < 0)
        {
            throw JsonReading.Error("span", span is null ? Messages.JsonMissing : Messages.Quote(span), Messages.JsonSpan);
        }
        if (firstYear is not { } first)
        {
            throw JsonReading.Error("firstYear", Messages.JsonMissing, Messages.JsonFirstYear);
        }
        if (calendar is not { } written)
        {
            throw JsonReading.Error("calendar", Messages.JsonMissing, Messages.JsonCalendar);
        }
        HistoricalDate covered = ReadObject(edtf, calendar, null);
        if (!TrySpan(first, Spans[index].Precision, Spans[index].Part, written, covered.Qualifiers, edtf!, out HistoricalDate date))
        {
            throw JsonReading.Error("edtf", Messages.Quote(edtf!), Messages.JsonSpanCovers(span!, first));
        }
        return date;
    }

    // The span as FromSpan builds it, unmarked first (so 1582 ends on a Gregorian day), then in the calendar written;
    // true when its EDTF in that calendar is the text written.
    private bool TrySpan(int firstYear, DatePrecision precision, SpanPart part, HistoricalCalendar calendar,
        DateQualifiers qualifiers, string edtf, out HistoricalDate date)
    {
        EdtfPattern pattern = _edtf.WithCalendarPolicy(PolicyOf(calendar));
        foreach (HistoricalCalendar? marked in (HistoricalCalendar?[])[null, calendar])
        {
            try
            {
                date = HistoricalDate.FromSpan(firstYear, precision, part, marked).WithQualifiers(qualifiers);
            }
            catch (ArgumentException)
            {
                continue;
            }
            if (date.Calendar == calendar && pattern.Format(date) == edtf)
            {
                return true;
            }
        }
        date = default;
        return false;
    }

    private static HistoricalDate ReadText(string text, EdtfPattern edtf, EnglishDatePattern english, string path)
    {
        ParseResult<HistoricalDate> result = HistoricalDate.ParseAny(text, edtf, english);
        return result.Success
            ? result.Value
            : throw new JsonValueException(path, Messages.Quote(text), Messages.JsonDateText(result.Error!), new HistoricalParseException(result.Error!));
    }

    private static CalendarPolicy PolicyOf(HistoricalCalendar calendar) =>
        calendar == HistoricalCalendar.Julian ? CalendarPolicy.ProlepticJulian : CalendarPolicy.ProlepticGregorian;

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
        CalendarPolicy asWritten = PolicyOf(value.Calendar);
        // Days as ISO days (what the default day policy writes); months and wider with their fields as written.
        string edtfAsWritten = _edtf.WithCalendarPolicy(asWritten).Format(value);
        string english = _english.Format(value);
        bool englishReadsBack = _english.TryParse(english, out back) && back == value;
        writer.WriteStartObject();
        writer.WriteString("edtf", edtfAsWritten);
        writer.WriteString("calendar", value.Calendar == HistoricalCalendar.Julian ? "julian" : "gregorian");
        if (englishReadsBack)
        {
            writer.WriteString("english", english);
        }
        else if (!ReadsBackWithoutEnglish(edtfAsWritten, value))
        {
            writer.WriteString("english", english);
            WriteSpan(writer, value, asWritten);
        }
        // Otherwise the English form reads as another value (a Julian season, say) and reading takes English first:
        // the object is written without it, and its EDTF fields in their calendar read back as the value.
        writer.WriteEndObject();
    }

    // Whether {"edtf":…,"calendar":…} alone reads back as the value.
    private bool ReadsBackWithoutEnglish(string edtf, HistoricalDate value)
    {
        try
        {
            return ReadObject(edtf, value.Calendar, null) == value;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Neither EDTF nor English names the value: a decade, century or millennium built in code that starts in another
    // year than the ones text names. Anything else cannot be written without changing it, so it is an error.
    private void WriteSpan(Utf8JsonWriter writer, HistoricalDate value, CalendarPolicy asWritten)
    {
        EdtfPattern edtf = _edtf.WithCalendarPolicy(asWritten);
        string text = edtf.Format(value);
        int index = Array.FindIndex(Spans, s => s.Precision == value.Precision && s.Part == value.Part);
        if (value.Kind != HistoricalDateKind.Single || index < 0 || !edtf.TryParse(text, out HistoricalDate covered) ||
            !TrySpan(value.Year, value.Precision, value.Part, value.Calendar, covered.Qualifiers, text, out HistoricalDate back) || back != value)
        {
            throw new JsonException(Messages.JsonDateNotWritable(value.ToString()));
        }
        writer.WriteString("span", Spans[index].Name);
        writer.WriteNumber("firstYear", value.Year);
    }
}
