using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// Reads and writes dates in English as encyclopedias write them, culture-invariant. Immutable.
/// </summary>
/// <remarks>PROVISIONAL: the foundation reads years (with AD/BC) and full days; issue #3 completes the forms.</remarks>
public sealed class EnglishDatePattern : IHistoricalDatePattern
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private EnglishDatePattern(CalendarPolicy policy) => Policy = policy;

    /// <summary>The pattern with the encyclopedic calendar policy.</summary>
    public static EnglishDatePattern Default { get; } = new(CalendarPolicy.Encyclopedic);

    /// <summary>The policy that picks the calendar of unmarked dates.</summary>
    public CalendarPolicy Policy { get; }

    /// <summary>This pattern with another calendar policy.</summary>
    public EnglishDatePattern WithCalendarPolicy(CalendarPolicy policy) => new(Preconditions.CheckNotNull(policy));

    /// <inheritdoc />
    public ParseResult<HistoricalDate> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        ParseResult<HistoricalDate> result = Parse(text.AsSpan());
        return result.Success ? ParseResult<HistoricalDate>.ForValue(result.Value.WithText(text)) : result;
    }

    /// <inheritdoc />
    public ParseResult<HistoricalDate> Parse(ReadOnlySpan<char> text) =>
        TryParseCore(text, out HistoricalDate value, out int column, out string found, out string expected)
            ? ParseResult<HistoricalDate>.ForValue(value.WithText(text.ToString()))
            : ParseResult<HistoricalDate>.ForError(new ParseError(new TextPosition(1, column), found, expected));

    /// <inheritdoc />
    public bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value) => TryParseCore(text, out value, out _, out _, out _);

    private bool TryParseCore(ReadOnlySpan<char> text, out HistoricalDate value, out int column, out string found, out string expected)
    {
        value = default;
        column = 1;
        found = text.IsEmpty ? Messages.EmptyText : Messages.Quote(text);
        expected = "a date such as 1991 or April 28, 1920";
        text = text.TrimEnd();
        int i = 0;
        int month = 0, day = 0;
        if (i < text.Length && char.IsLetter(text[i]))
        {
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            month = MonthOf(text[start..i]);
            if (month == 0)
            {
                found = Messages.Quote(text[start..i]);
                expected = "a month name or a year";
                return false;
            }
            if (i >= text.Length || text[i] != ' ') { column = i + 1; return false; }
            i++;
            int dayStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) day = day * 10 + (text[i++] - '0');
            if (i == dayStart || i - dayStart > 2 || i + 1 >= text.Length || text[i] != ',' || text[i + 1] != ' ')
            {
                column = dayStart + 1;
                found = Messages.Quote(text[dayStart..]);
                expected = "a day and a comma, as in April 28, 1920";
                return false;
            }
            i += 2;
        }
        int yearStart = i, year = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - yearStart < 5) year = year * 10 + (text[i++] - '0');
        if (i == yearStart || i < text.Length && text[i] != ' ')
        {
            column = (i < text.Length ? i : yearStart) + 1;
            found = i < text.Length ? Messages.Quote(text[i..]) : Messages.EndOfInput;
            expected = "a year such as 1991";
            return false;
        }
        if (i < text.Length)
        {
            ReadOnlySpan<char> era = text[(i + 1)..];
            if (era.Equals("BC", StringComparison.OrdinalIgnoreCase) || era.Equals("BCE", StringComparison.OrdinalIgnoreCase))
            {
                year = 1 - year;
            }
            else if (!era.Equals("AD", StringComparison.OrdinalIgnoreCase) && !era.Equals("CE", StringComparison.OrdinalIgnoreCase))
            {
                column = i + 2;
                found = Messages.Quote(era);
                expected = "an era (BC, BCE, AD, CE) or the end of the date";
                return false;
            }
        }
        DatePrecision precision = month == 0 ? DatePrecision.Year : DatePrecision.Day;
        var fields = new DateFields(year, Math.Max(month, 1), Math.Max(day, 1), precision,
            Policy.CalendarFor(year, Math.Max(month, 1), Math.Max(day, 1)));
        DateFieldsError error = HistoricalDate.TryCreate(fields, null, out value);
        if (error != DateFieldsError.None)
        {
            column = 1;
            found = Messages.Quote(text);
            expected = Messages.InvalidDateFields(error);
            return false;
        }
        return true;
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        for (int m = 0; m < 12; m++)
        {
            if (name.Equals(MonthNames[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }
        return 0;
    }

    /// <inheritdoc />
    public string Format(HistoricalDate value)
    {
        int year = value.YearOfEra;
        string era = value.Era == NodaTime.Calendars.Era.BeforeCommon ? " BC" : "";
        return value.Precision switch
        {
            DatePrecision.Day => $"{MonthNames[value.Month!.Value - 1]} {value.Day}, {year}{era}",
            DatePrecision.Month => $"{MonthNames[value.Month!.Value - 1]} {year}{era}",
            _ => $"{year}{era}",
        };
    }
}
