using System.Globalization;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Interchange;

/// <summary>
/// A Wikidata time value as its JSON gives it: <c>time</c>, <c>timezone</c>, <c>before</c>, <c>after</c>,
/// <c>precision</c> and <c>calendarmodel</c>. Converts exactly to and from <see cref="HistoricalDate"/>; see
/// docs/interchange.md for every rule. Immutable.
/// </summary>
public readonly struct WikidataTime : IEquatable<WikidataTime>
{
    /// <summary>The calendar model URI of the proleptic Gregorian calendar (Q1985727).</summary>
    public const string GregorianModel = "http://www.wikidata.org/entity/Q1985727";

    /// <summary>The calendar model URI of the proleptic Julian calendar (Q1985786).</summary>
    public const string JulianModel = "http://www.wikidata.org/entity/Q1985786";

    /// <summary>Precision 11: a day.</summary>
    public const int DayPrecision = 11;

    /// <summary>Precision 10: a month.</summary>
    public const int MonthPrecision = 10;

    /// <summary>Precision 9: a year.</summary>
    public const int YearPrecision = 9;

    /// <summary>Precision 8: a decade.</summary>
    public const int DecadePrecision = 8;

    /// <summary>Precision 7: a century.</summary>
    public const int CenturyPrecision = 7;

    /// <summary>Precision 6: a millennium.</summary>
    public const int MillenniumPrecision = 6;

    /// <summary>Creates a time value.</summary>
    /// <param name="time">The timestamp, such as <c>+1991-08-30T00:00:00Z</c>; years are numbered as historians do (<c>-0044</c> is 44 BC).</param>
    /// <param name="precision">0 (billion years) … 6 millennium, 7 century, 8 decade, 9 year, 10 month, 11 day.</param>
    /// <param name="calendarModel">The calendar model URI: <see cref="GregorianModel"/> or <see cref="JulianModel"/>.</param>
    /// <param name="timezone">The time zone offset in minutes (Wikidata keeps it but does not use it).</param>
    /// <param name="before">How many units of precision before the time it could be.</param>
    /// <param name="after">How many units of precision after the time it could be.</param>
    public WikidataTime(string time, int precision, string calendarModel, int timezone = 0, int before = 0, int after = 0)
    {
        _time = Preconditions.CheckNotNull(time);
        Precision = precision;
        _calendarModel = Preconditions.CheckNotNull(calendarModel);
        Timezone = timezone;
        Before = before;
        After = after;
    }

    /// <summary>The timestamp, such as <c>+1991-08-30T00:00:00Z</c>.</summary>
    public string Time => _time ?? "+0001-01-01T00:00:00Z";

    private readonly string? _time;

    /// <summary>The precision: 0 (billion years) to 14 (second); 6 to 11 map to a <see cref="HistoricalDate"/>.</summary>
    public int Precision { get; }

    /// <summary>The calendar model URI.</summary>
    public string CalendarModel => _calendarModel ?? GregorianModel;

    private readonly string? _calendarModel;

    /// <summary>The time zone offset in minutes.</summary>
    public int Timezone { get; }

    /// <summary>How many units of precision before the time it could be.</summary>
    public int Before { get; }

    /// <summary>How many units of precision after the time it could be.</summary>
    public int After { get; }

    /// <summary>
    /// The date this value names, exactly: the same day, month, year, decade, century or millennium in the same
    /// calendar. A value that has no exact <see cref="HistoricalDate"/> (precision 0–5 or 12–14, a year beyond the
    /// range, year 0, non-zero <c>before</c>/<c>after</c>, an unknown calendar model) is an error naming the field,
    /// with its column in <see cref="Time"/> where the time string is at fault.
    /// </summary>
    public ParseResult<HistoricalDate> ToHistoricalDate()
    {
        string time = Time;
        if (!TryReadTimestamp(time, out long year, out int month, out int day, out int badColumn, out int badLength))
        {
            return Fail(time, badColumn, badLength, Messages.WikidataTimeExpected);
        }
        int yearLength = time.IndexOf('-', 1) - 1;
        if (year == 0)
        {
            return Fail(time, 2, yearLength, Messages.WikidataYearZero);
        }
        HistoricalCalendar calendar;
        if (string.Equals(CalendarModel, GregorianModel, StringComparison.Ordinal))
        {
            calendar = HistoricalCalendar.Gregorian;
        }
        else if (string.Equals(CalendarModel, JulianModel, StringComparison.Ordinal))
        {
            calendar = HistoricalCalendar.Julian;
        }
        else
        {
            return ParseResult<HistoricalDate>.ForError(new ParseError(new TextPosition(1, 1), Messages.Quote(CalendarModel), Messages.WikidataCalendarExpected));
        }
        if (Before != 0 || After != 0)
        {
            return ParseResult<HistoricalDate>.ForError(new ParseError(new TextPosition(1, 1),
                $"before {Before.ToString(CultureInfo.InvariantCulture)}, after {After.ToString(CultureInfo.InvariantCulture)}", Messages.WikidataBeforeAfterExpected));
        }
        if (Precision is >= 0 and < MillenniumPrecision)
        {
            return ToYearsInterval(time, year, yearLength, calendar);
        }
        if (Precision is < MillenniumPrecision or > DayPrecision)
        {
            return ParseResult<HistoricalDate>.ForError(new ParseError(new TextPosition(1, 1),
                "precision " + Precision.ToString(CultureInfo.InvariantCulture), Messages.WikidataPrecisionExpected));
        }
        // Years beyond what any HistoricalDate can hold fail here, before int arithmetic.
        if (year is < -100_000 or > 100_000)
        {
            return Fail(time, 2, yearLength, Messages.WikidataRangeExpected);
        }
        int y = (int)year;
        // Historians' numbering (no year 0) to astronomical: 44 BC is -44 in Wikidata, -43 here.
        int astronomical = y < 0 ? y + 1 : y;
        try
        {
            switch (Precision)
            {
                case DayPrecision:
                    if (month is < 1 or > 12)
                    {
                        return Fail(time, yearLength + 3, 2, Messages.WikidataMonthExpected);
                    }
                    if (day < 1 || day > (calendar == HistoricalCalendar.Julian
                        ? NodaTime.CalendarSystem.Julian.GetDaysInMonth(Math.Clamp(astronomical, -9997, 9998), month)
                        : NodaTime.CalendarSystem.Iso.GetDaysInMonth(Math.Clamp(astronomical, -9997, 9998), month)))
                    {
                        return Fail(time, yearLength + 6, 2, Messages.WikidataDayExpected);
                    }
                    return ParseResult<HistoricalDate>.ForValue(HistoricalDate.FromDay(astronomical, month, day, calendar));
                case MonthPrecision:
                    if (month is < 1 or > 12)
                    {
                        return Fail(time, yearLength + 3, 2, Messages.WikidataMonthExpected);
                    }
                    return ParseResult<HistoricalDate>.ForValue(HistoricalDate.FromMonth(astronomical, month, calendar));
                case YearPrecision:
                    return ParseResult<HistoricalDate>.ForValue(HistoricalDate.FromYear(astronomical, calendar));
                case DecadePrecision:
                    {
                        // Wikibase: the decade is the year rounded down to a multiple of ten in its own era
                        // (+1988 is the 1980s, -1988 the 1980s BC).
                        int tens = Math.Abs(y) / 10 * 10;
                        if (tens == 0)
                        {
                            return Fail(time, 2, yearLength, Messages.WikidataDecadeZeroExpected);
                        }
                        int first = y > 0 ? tens : -tens - 8;
                        return ParseResult<HistoricalDate>.ForValue(HistoricalDate.FromSpan(first, DatePrecision.Decade, SpanPart.Whole, calendar));
                    }
                default:
                    {
                        // Centuries and millennia are ordinal: the year lies within the one named (1801 to 1900 are
                        // the 19th century, 500 to 401 BC the 5th century BC).
                        int size = Precision == CenturyPrecision ? 100 : 1000;
                        int ordinal = (Math.Abs(y) - 1) / size + 1;
                        int first = y > 0 ? (ordinal - 1) * size + 1 : 1 - ordinal * size;
                        DatePrecision precision = Precision == CenturyPrecision ? DatePrecision.Century : DatePrecision.Millennium;
                        return ParseResult<HistoricalDate>.ForValue(HistoricalDate.FromSpan(first, precision, SpanPart.Whole, calendar));
                    }
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return Fail(time, 2, yearLength, Messages.WikidataRangeExpected);
        }
    }

    /// <summary>Precision 5 (ten thousand years) and wider: the number of years of a unit of precision 0 to 5.</summary>
    private static long UnitYears(int precision)
    {
        long unit = 1;
        for (int p = precision; p < 9; p++)
        {
            unit *= 10;
        }
        return unit;
    }

    // Precision 0 (a billion years) to 5 (ten thousand years): like Wikibase's decade, the year is rounded down to a
    // multiple of the unit in its own era (+66000000 at precision 3 is AD 66,000,000 to 66,999,999; -66000000 is
    // 66,999,999 to 66,000,000 BC), read as the interval of those years. A block that would hold year 0 (|year|
    // under one unit) has no such interval.
    private ParseResult<HistoricalDate> ToYearsInterval(string time, long year, int yearLength, HistoricalCalendar calendar)
    {
        long unit = UnitYears(Precision);
        long block = Math.Abs(year) / unit * unit;
        if (block == 0)
        {
            return Fail(time, 2, yearLength, Messages.WikidataYearsBlockZeroExpected);
        }
        // Historians' numbering to astronomical (44 BC is -43): the first and last year of the block.
        long first = year > 0 ? block : -(block + unit - 1) + 1;
        long last = year > 0 ? block + unit - 1 : -block + 1;
        if (first < -500_000_000 || last > 500_000_000)
        {
            return Fail(time, 2, yearLength, Messages.WikidataFarRangeExpected);
        }
        return ParseResult<HistoricalDate>.ForValue(HistoricalDate.Interval(
            HistoricalDate.FromYear((int)first, calendar), HistoricalDate.FromYear((int)last, calendar)));
    }

    // The precision 0 to 5 of an interval of whole years that is one of Wikidata's blocks of 10,000 years or more, and
    // the year Wikidata writes for it; false for any other date.
    private static bool TryGetYearsBlock(HistoricalDate date, out int precision, out long written)
    {
        precision = 0;
        written = 0;
        if (date.Kind != HistoricalDateKind.Interval || date.StartEnd != IntervalEnd.Known || date.EndEnd != IntervalEnd.Known ||
            date.Qualifiers != DateQualifiers.None || date.HasUnspecifiedDigits)
        {
            return false;
        }
        HistoricalDate start = date.Start, end = date.End;
        if (start.Precision != DatePrecision.Year || end.Precision != DatePrecision.Year || start.Part != SpanPart.Whole ||
            end.Part != SpanPart.Whole || start.Calendar != end.Calendar)
        {
            return false;
        }
        long first = Historical(start.Year), last = Historical(end.Year);
        long years = last - first + 1;
        for (int p = 5; p >= 0; p--)
        {
            long unit = UnitYears(p);
            if (years != unit)
            {
                continue;
            }
            // AD: the block starts at a multiple of the unit; BC: it ends (nearest year 0) at one.
            if (first > 0 && first % unit == 0)
            {
                (precision, written) = (p, first);
                return true;
            }
            if (last < 0 && -last % unit == 0)
            {
                (precision, written) = (p, last);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The Wikidata time value of <paramref name="date"/>: a day, month, year, decade, century or millennium in its
    /// calendar, with <c>before</c>, <c>after</c> and <c>timezone</c> 0. Reading it back with
    /// <see cref="ToHistoricalDate"/> gives a date equal to <paramref name="date"/>.
    /// </summary>
    /// <remarks>An interval of whole years that is one of Wikidata's blocks of 10,000 years to a billion years (as
    /// <see cref="ToHistoricalDate"/> reads precision 0 to 5: <c>Y-66999998/Y-65999999</c>, the years 66,999,999 to
    /// 66,000,000 BC, is <c>-66000000</c> at precision 3) is written at that precision.</remarks>
    /// <exception cref="ArgumentException">The date has no exact Wikidata time value: any other interval or alternatives, a season, an early/mid/late part, qualifiers, unspecified digits or dual dating, a decade or century on other boundaries than Wikidata's, or a span the calendar policy ends on a Gregorian day.</exception>
    public static WikidataTime FromHistoricalDate(HistoricalDate date)
    {
        if (TryGetYearsBlock(date, out int blockPrecision, out long blockYear))
        {
            var block = new WikidataTime(FormatTimestamp(blockYear, 0, 0), blockPrecision,
                date.Calendar == HistoricalCalendar.Julian ? JulianModel : GregorianModel);
            if (block.ToHistoricalDate() is { Success: true } read && read.Value == date)
            {
                return block;
            }
            throw NotExact(date, Messages.WikidataNotSameValue);
        }
        if (date.Kind != HistoricalDateKind.Single)
        {
            throw NotExact(date, Messages.WikidataNotSingle);
        }
        if (date.Qualifiers != DateQualifiers.None)
        {
            throw NotExact(date, Messages.WikidataNoQualifiers);
        }
        if (date.HasUnspecifiedDigits || date.IsDualDated)
        {
            throw NotExact(date, Messages.WikidataNoFlags);
        }
        if (date.Precision == DatePrecision.Season)
        {
            throw NotExact(date, Messages.WikidataNoSeason);
        }
        if (date.Part != SpanPart.Whole)
        {
            throw NotExact(date, Messages.WikidataNoPart);
        }
        int year = date.Year;
        int month = 0;
        int day = 0;
        int precision;
        long written;
        switch (date.Precision)
        {
            case DatePrecision.Day:
                precision = DayPrecision;
                month = date.Month!.Value;
                day = date.Day!.Value;
                written = Historical(year);
                break;
            case DatePrecision.Month:
                precision = MonthPrecision;
                month = date.Month!.Value;
                written = Historical(year);
                break;
            case DatePrecision.Year:
                precision = YearPrecision;
                written = Historical(year);
                break;
            case DatePrecision.Decade:
                precision = DecadePrecision;
                // 1980s: +1980; the 490s BC (first year -498) is -0490.
                written = year > 0 ? year : -(-year - 8);
                break;
            default:
                {
                    int size = date.Precision == DatePrecision.Century ? 100 : 1000;
                    precision = date.Precision == DatePrecision.Century ? CenturyPrecision : MillenniumPrecision;
                    // The ordinal span's last year in its era: the 19th century is +1900, the 5th century BC -0500.
                    written = year > 0 ? (long)((year - 1) / size + 1) * size : -(long)((1 - year + size - 1) / size) * size;
                    break;
                }
        }
        var value = new WikidataTime(FormatTimestamp(written, month, day), precision,
            date.Calendar == HistoricalCalendar.Julian ? JulianModel : GregorianModel);
        ParseResult<HistoricalDate> back = value.ToHistoricalDate();
        if (!back.Success)
        {
            throw NotExact(date, back.Error!.Expected);
        }
        if (back.Value != date)
        {
            throw NotExact(date, date.Precision is DatePrecision.Decade or DatePrecision.Century or DatePrecision.Millennium
                && back.Value.Earliest != date.Earliest ? Messages.WikidataNoSpan : Messages.WikidataNotSameValue);
        }
        return value;
    }

    private static long Historical(int astronomicalYear) => astronomicalYear <= 0 ? astronomicalYear - 1L : astronomicalYear;

    private static ArgumentException NotExact(HistoricalDate date, string why) =>
        new(Messages.WikidataNotExact(date, why), nameof(date));

    private static string FormatTimestamp(long year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{(year < 0 ? '-' : '+')}{Math.Abs(year):0000}-{month:00}-{day:00}T00:00:00Z");

    // [+-]Y{1,16}-MM-DDThh:mm:ssZ, as Wikibase stores it (month and day may be 00 below day precision).
    private static bool TryReadTimestamp(string time, out long year, out int month, out int day, out int badColumn, out int badLength)
    {
        year = 0;
        month = 0;
        day = 0;
        badLength = 1;
        badColumn = 1;
        ReadOnlySpan<char> s = time;
        if (s.Length == 0 || (s[0] != '+' && s[0] != '-'))
        {
            badLength = Math.Max(1, Math.Min(1, s.Length));
            return false;
        }
        int i = 1;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }
        int digits = i - 1;
        if (digits is < 1 or > 16 || !long.TryParse(s[1..i], NumberStyles.None, CultureInfo.InvariantCulture, out long magnitude))
        {
            badColumn = 2;
            badLength = Math.Max(1, digits);
            return false;
        }
        year = s[0] == '-' ? -magnitude : magnitude;
        ReadOnlySpan<char> rest = s[i..];
        // -MM-DDT00:00:00Z
        if (rest.Length != 16 || rest[0] != '-' || rest[3] != '-' || rest[6] != 'T' || rest[9] != ':' || rest[12] != ':' || rest[15] != 'Z'
            || !TwoDigits(rest, 1, out month) || !TwoDigits(rest, 4, out day)
            || !TwoDigits(rest, 7, out _) || !TwoDigits(rest, 10, out _) || !TwoDigits(rest, 13, out _))
        {
            badColumn = i + 1;
            badLength = Math.Max(1, rest.Length);
            return false;
        }
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        if (!char.IsAsciiDigit(s[at]) || !char.IsAsciiDigit(s[at + 1]))
        {
            return false;
        }
        value = (s[at] - '0') * 10 + s[at + 1] - '0';
        return true;
    }

    private static ParseResult<HistoricalDate> Fail(string time, int column, int length, string expected)
    {
        column = Math.Clamp(column, 1, Math.Max(1, time.Length));
        int start = column - 1;
        int take = Math.Clamp(length, 0, time.Length - start);
        string found = time.Length == 0 ? "an empty string" : Messages.Quote(time.AsSpan(start, take));
        return ParseResult<HistoricalDate>.ForError(new ParseError(new TextPosition(1, column), found, expected));
    }

    /// <summary>Whether every field is the same (an exact, ordinal comparison of the strings).</summary>
    public bool Equals(WikidataTime other) =>
        string.Equals(Time, other.Time, StringComparison.Ordinal) && Precision == other.Precision
        && string.Equals(CalendarModel, other.CalendarModel, StringComparison.Ordinal)
        && Timezone == other.Timezone && Before == other.Before && After == other.After;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WikidataTime other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Time, Precision, CalendarModel, Timezone, Before, After);

    /// <summary>Whether two values are equal.</summary>
    public static bool operator ==(WikidataTime left, WikidataTime right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(WikidataTime left, WikidataTime right) => !left.Equals(right);

    /// <summary>The value as Wikidata's JSON shows it, compactly: <c>+1991-08-30T00:00:00Z/11 (Gregorian)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Time}/{Precision} ({(CalendarModel == JulianModel ? "Julian" : CalendarModel == GregorianModel ? "Gregorian" : CalendarModel)})");
}
