using HistoricalEvents.Internal;

namespace HistoricalEvents;

/// <summary>
/// What EDTF level 2 writes on one date beyond its fields, packed in 32 bits: which digits are unspecified
/// (<c>156X-12-25</c>, <c>1XXX</c>, <c>XXXX-12</c>, <c>1984-1X</c>) and which components are qualified on their own
/// (<c>?2004-06-~11</c>). 0 for every other date, so only such dates carry a <see cref="DateDetail"/>.
/// </summary>
/// <remarks>
/// The fields of a date with unspecified digits hold its earliest possible value (the least year, month and day
/// the digits allow); its latest is computed here from the same digits. Bits 0–3: unspecified year digits from the
/// left (thousands first); 4–5: month digits; 6–7: day digits; 8–9, 10–11, 12–13: the qualifiers of the year, month
/// and day; 14: the latest possible value is a Julian date (the policy's calendar there).
/// </remarks>
internal static class DateMarks
{
    internal const uint YearDigits = 0xF, MonthDigits = 0x30, DayDigits = 0xC0, Digits = 0xFF;
    internal const int YearQualifierShift = 8, MonthQualifierShift = 10, DayQualifierShift = 12;
    internal const uint Qualifiers = 0x3F00;
    internal const uint LatestJulian = 1u << 14;

    internal static bool HasDigits(uint marks) => (marks & Digits) != 0;

    internal static bool IsUnspecified(uint marks, int digit) => (marks & (1u << digit)) != 0;

    internal static DateQualifiers QualifiersOf(uint marks, int shift) => (DateQualifiers)((marks >> shift) & 0b11);

    /// <summary>The union of the component qualifiers.</summary>
    internal static DateQualifiers AllQualifiers(uint marks) =>
        QualifiersOf(marks, YearQualifierShift) | QualifiersOf(marks, MonthQualifierShift) | QualifiersOf(marks, DayQualifierShift);

    /// <summary>Whether <paramref name="value"/> (two digits) matches the known digits of <paramref name="pattern"/>.</summary>
    internal static bool Matches(int value, int pattern, bool firstUnspecified, bool secondUnspecified) =>
        (firstUnspecified || value / 10 == pattern / 10) && (secondUnspecified || value % 10 == pattern % 10);

    /// <summary>The latest year the four year digits allow: X as 9 (as 0 before year 0, so -1XX5 ends with -1005).</summary>
    internal static int LatestYear(int earliestYear, uint marks)
    {
        if ((marks & YearDigits) == 0)
        {
            return earliestYear;
        }
        bool negative = earliestYear < 0;
        int magnitude = Math.Abs(earliestYear), result = 0, scale = 1000;
        for (int digit = 0; digit < 4; digit++, scale /= 10)
        {
            int d = magnitude / scale % 10;
            result += (IsUnspecified(marks, digit) ? (negative ? 0 : 9) : d) * scale;
        }
        // -XXXX is the years -9999 to -1: a negative year is never 0.
        return negative ? -Math.Max(result, 1) : result;
    }

    /// <summary>Whether <paramref name="year"/> has the known digits of <paramref name="pattern"/> (a year of the same sign).</summary>
    internal static bool YearMatches(int year, int pattern, uint marks)
    {
        if (year < 0 != pattern < 0 || year is < -9999 or > 9999)
        {
            return false;
        }
        int a = Math.Abs(year), b = Math.Abs(pattern), scale = 1000;
        for (int digit = 0; digit < 4; digit++, scale /= 10)
        {
            if (!IsUnspecified(marks, digit) && a / scale % 10 != b / scale % 10)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The first and last values a date with unspecified digits can mean: the fields' own bounds (its earliest
    /// possible value) and those of the latest value the digits allow in a month where its day exists.
    /// </summary>
    internal static DateFieldsError TryGetBounds(in DateFields fields, uint marks, out int earliest, out int latest)
    {
        DateFieldsError error = fields.TryGetBounds(out earliest, out latest);
        if (error != DateFieldsError.None || !HasDigits(marks))
        {
            return error;
        }
        error = TryGetLatest(fields, marks, out DateFields last);
        return error != DateFieldsError.None ? error : last.TryGetBounds(out _, out latest);
    }

    /// <summary>The latest value the digits allow, as fields in the calendar the marks name.</summary>
    internal static DateFieldsError TryGetLatest(in DateFields fields, uint marks, out DateFields last)
    {
        last = default;
        int year = LatestYear(fields.Year, marks);
        bool julian = (marks & LatestJulian) != 0;
        var calendar = julian ? HistoricalCalendar.Julian : HistoricalCalendar.Gregorian;
        if (fields.Precision is DatePrecision.Year or DatePrecision.Season || fields.Precision > DatePrecision.Year)
        {
            last = new DateFields(year, fields.Month, 1, fields.Precision, calendar, fields.Qualifiers, fields.Part, fields.Flags);
            return DateFieldsError.None;
        }
        bool m0 = IsUnspecified(marks, 4), m1 = IsUnspecified(marks, 5), d0 = IsUnspecified(marks, 6), d1 = IsUnspecified(marks, 7);
        // XXXX-02-29: a day that exists only in some of the years the digits allow ends in the last such year (9996),
        // never on a day the digits do not name (edtf.js gives 9999-02-28 there; docs/edtf.md).
        for (int y = year; y >= fields.Year; y--)
        {
            if (y != year && ((marks & YearDigits) == 0 || !YearMatches(y, fields.Year, marks)))
            {
                continue;
            }
            for (int month = 12; month >= 1; month--)
            {
                if (!Matches(month, fields.Month, m0, m1))
                {
                    continue;
                }
                if (fields.Precision == DatePrecision.Month)
                {
                    last = new DateFields(y, month, 1, DatePrecision.Month, calendar, fields.Qualifiers, fields.Part, fields.Flags);
                    return DateFieldsError.None;
                }
                for (int day = DayNumbers.DaysInMonth(julian, y, month); day >= 1; day--)
                {
                    if (Matches(day, fields.Day, d0, d1))
                    {
                        last = new DateFields(y, month, day, DatePrecision.Day, calendar, fields.Qualifiers, fields.Part, fields.Flags);
                        return DateFieldsError.None;
                    }
                }
            }
            // Only 29 February exists in some years and not others: any other miss is a miss in every year.
            if ((marks & YearDigits) == 0 || !(Matches(2, fields.Month, m0, m1) && Matches(29, fields.Day, d0, d1)))
            {
                break;
            }
        }
        return DateFieldsError.DayOutOfRange;
    }
}

/// <summary>
/// What a <see cref="HistoricalDate"/> carries beside its fields when EDTF level 2 wrote more than they hold: the
/// marks of each end (see <see cref="DateMarks"/>) and the text read. Only such dates allocate one.
/// </summary>
internal sealed class DateDetail
{
    internal DateDetail(uint startMarks, uint endMarks, string? text)
    {
        StartMarks = startMarks;
        EndMarks = endMarks;
        Text = text;
    }

    internal uint StartMarks { get; }

    internal uint EndMarks { get; }

    internal string? Text { get; }
}
