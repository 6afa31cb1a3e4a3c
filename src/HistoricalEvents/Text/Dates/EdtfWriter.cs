using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// Writes any <see cref="HistoricalDate"/> as EDTF into a stack buffer (see <c>docs/edtf.md</c>, "Canonical output").
/// Decades and centuries that X digits name exactly (<c>192X</c>, <c>18XX</c>, <c>-201X</c>, <c>-04XX</c>) are
/// written so; spans EDTF cannot name as one date (the 19th century, the 490s BC, a millennium, early/mid/late
/// parts) are written as the interval of their first and last year (or month).
/// </summary>
internal ref struct EdtfWriter
{
    // The longest output is a one-of set of two ranges of years: "[Y-500000000..Y-499999001%,Y-500000000..Y-499999001%]"
    // is 53 characters.
    internal const int MaxLength = 64;

    private readonly Span<char> _buffer;
    private readonly CalendarPolicy _dayPolicy;
    private int _length;

    // Only days are written in another calendar than their own (the one the pattern's day policy gives them);
    // months and wider spans are written with their own fields.
    internal EdtfWriter(Span<char> buffer, CalendarPolicy dayPolicy)
    {
        _buffer = buffer;
        _dayPolicy = dayPolicy;
        _length = 0;
    }

    internal readonly ReadOnlySpan<char> Written => _buffer[.._length];

    internal void Write(in HistoricalDate value)
    {
        switch (value.Kind)
        {
            case HistoricalDateKind.Interval:
                WriteEnd(value.StartFields, value.StartMarks, value.StartEnd, Edge.First);
                Append('/');
                WriteEnd(value.EndFields, value.EndMarks, value.EndEnd, Edge.Last);
                break;
            case HistoricalDateKind.OneOf:
                Append('[');
                WriteDate(value.StartFields, value.StartMarks, Edge.Range);
                Append(',');
                WriteDate(value.EndFields, value.EndMarks, Edge.Range);
                Append(']');
                break;
            default:
                WriteDate(value.StartFields, value.StartMarks, Edge.Interval);
                break;
        }
    }

    /// <summary>The buffer length that always suffices for a set of <paramref name="members"/> members.</summary>
    internal static int SetLength(int members) => 2 + members * (MaxLength + 1);

    /// <summary>
    /// Writes a set: <c>[…]</c> or <c>{…}</c>, members in the set's order; a single date as one date (or a span
    /// EDTF cannot name as one date as the range of its units, <c>1801..1900</c>), an interval as a range
    /// <c>start..end</c> with an open end written as nothing (<c>..1760-12-03</c>, <c>1760-12..</c>).
    /// </summary>
    internal void WriteSet(HistoricalDateSet set)
    {
        Append(set.Kind == HistoricalDateSetKind.OneOf ? '[' : '{');
        bool first = true;
        foreach (HistoricalDate member in set.Members)
        {
            if (!first)
            {
                Append(',');
            }
            first = false;
            if (member.Kind == HistoricalDateKind.Interval)
            {
                if (member.StartEnd == IntervalEnd.Known)
                {
                    WriteDate(member.StartFields, member.StartMarks, Edge.First);
                }
                Append('.');
                Append('.');
                if (member.EndEnd == IntervalEnd.Known)
                {
                    WriteDate(member.EndFields, member.EndMarks, Edge.Last);
                }
            }
            else
            {
                WriteDate(member.StartFields, member.StartMarks, Edge.Range);
            }
        }
        Append(set.Kind == HistoricalDateSetKind.OneOf ? ']' : '}');
    }

    /// <summary>How to write a span that EDTF cannot name as one date.</summary>
    private enum Edge : byte
    {
        /// <summary>As an interval of its first and last unit: <c>1801/1900</c> (a date on its own).</summary>
        Interval,

        /// <summary>As a set range <c>1801..1900</c> (an alternative of a one-of set).</summary>
        Range,

        /// <summary>As its first unit (the start of an interval).</summary>
        First,

        /// <summary>As its last unit (the end of an interval).</summary>
        Last,
    }

    private void WriteEnd(in DateFields fields, uint marks, IntervalEnd end, Edge edge)
    {
        if (end == IntervalEnd.Open)
        {
            Append('.');
            Append('.');
        }
        else if (end == IntervalEnd.Known)
        {
            WriteDate(fields, marks, edge);
        }
        // An unknown end is written as nothing.
    }

    private void WriteDate(in DateFields fields, uint marks, Edge edge)
    {
        if (marks != 0)
        {
            WriteMarked(fields, marks);
            return;
        }
        if (IsOneEdtfDate(fields))
        {
            WriteFields(fields);
            WriteQualifiers(fields.Qualifiers);
            return;
        }
        // A span of years (decade and wider) or of months (part of a year), as written in its calendar.
        int units = fields.Precision switch
        {
            DatePrecision.Year => 12,
            DatePrecision.Decade => 10,
            DatePrecision.Century => 100,
            _ => 1000,
        };
        DateFields.PartOf(units, fields.Part, out int first, out int last);
        if (edge != Edge.Last)
        {
            WriteUnit(fields, first);
        }
        if (edge is Edge.Interval or Edge.Range)
        {
            if (edge == Edge.Interval)
            {
                Append('/');
            }
            else
            {
                Append('.');
                Append('.');
            }
        }
        if (edge != Edge.First)
        {
            WriteUnit(fields, last);
        }
    }

    private void WriteUnit(in DateFields fields, int offset)
    {
        if (fields.Precision == DatePrecision.Year)
        {
            WriteYear(fields.Year);
            WriteTwoDigits(offset + 1);
        }
        else
        {
            WriteYear(fields.Year + offset);
        }
        WriteQualifiers(fields.Qualifiers);
    }

    /// <summary>
    /// Whether EDTF names the span as one date: not a part, not a millennium (the reader takes at most two X), and
    /// decades and centuries only where X digits name exactly their years, as the reader reads them.
    /// </summary>
    private static bool IsOneEdtfDate(in DateFields fields) => fields.Part == SpanPart.Whole && fields.Precision switch
    {
        DatePrecision.Decade => IsUnspecifiedDigitsSpan(fields.Year, 10),
        DatePrecision.Century => IsUnspecifiedDigitsSpan(fields.Year, 100),
        DatePrecision.Millennium => false,
        _ => true,
    };

    // 192X is 1920 to 1929; -201X counts away from zero, -2019 to -2010, so a negative span is named by its last
    // year (and -000X is -9 to 0). X digits are written only in years of four digits (-99XX is -9999 to -9900).
    private static bool IsUnspecifiedDigitsSpan(int firstYear, int years) =>
        firstYear is >= -9999 and <= 9999 &&
        (firstYear >= 0 ? firstYear % years == 0 : (firstYear + years - 1) % years == 0);

    private void WriteFields(in DateFields fields)
    {
        int year = fields.Year, month = fields.Month, day = fields.Day;
        if (fields.Precision == DatePrecision.Day)
        {
            ToPolicyCalendar(fields, ref year, ref month, ref day);
        }
        switch (fields.Precision)
        {
            case DatePrecision.Day:
                WriteYear(year);
                WriteTwoDigits(month);
                WriteTwoDigits(day);
                break;
            case DatePrecision.Month:
            case DatePrecision.Season:
                WriteYear(year);
                WriteTwoDigits(month);
                if ((fields.Flags & DateFieldFlags.UnspecifiedDigits) != 0 && fields.Precision == DatePrecision.Month)
                {
                    Append('-');
                    Append('X');
                    Append('X');
                }
                break;
            case DatePrecision.Year:
                WriteYear(year);
                if ((fields.Flags & DateFieldFlags.UnspecifiedDigits) != 0)
                {
                    Append('-');
                    Append('X');
                    Append('X');
                }
                break;
            case DatePrecision.Decade:
                WriteUnspecifiedDigits(year, 10);
                break;
            default:
                WriteUnspecifiedDigits(year, 100);
                break;
        }
    }

    /// <summary>Writes a decade or century that <see cref="IsUnspecifiedDigitsSpan"/> accepts: <c>192X</c>, <c>-201X</c>, <c>-000X</c>.</summary>
    private void WriteUnspecifiedDigits(int firstYear, int years)
    {
        if (firstYear < 0)
        {
            // The sign is written even when the last year is 0 (-000X, years -9 to 0), unlike WriteYear's.
            Append('-');
            WriteYear(-(firstYear + years - 1));
        }
        else
        {
            WriteYear(firstYear);
        }
        _buffer[_length - 1] = 'X';
        if (years == 100)
        {
            _buffer[_length - 2] = 'X';
        }
    }

    /// <summary>
    /// A day written in the calendar the day policy would not give it (with the default ISO days, any Julian day:
    /// <c>October 14, 1066</c> is written <c>1066-10-20</c>) is written as the same day in the other calendar, so
    /// reading the text back gives the same day.
    /// </summary>
    private readonly void ToPolicyCalendar(in DateFields fields, ref int year, ref int month, ref int day)
    {
        if (_dayPolicy.CalendarFor(year, month, day) == fields.Calendar || fields.TryGetBounds(out int dayNumber, out _) != DateFieldsError.None)
        {
            return;
        }
        int y, m, d;
        if (fields.IsJulian)
        {
            DayNumbers.ToGregorian(dayNumber, out y, out m, out d);
        }
        else
        {
            DayNumbers.ToJulian(dayNumber, out y, out m, out d);
        }
        if (_dayPolicy.CalendarFor(y, m, d) != fields.Calendar)
        {
            (year, month, day) = (y, m, d);
        }
    }

    private void WriteQualifiers(DateQualifiers qualifiers)
    {
        switch (qualifiers)
        {
            case DateQualifiers.Uncertain:
                Append('?');
                break;
            case DateQualifiers.Approximate:
                Append('~');
                break;
            case DateQualifiers.ApproximateAndUncertain:
                Append('%');
                break;
        }
    }

    /// <summary>
    /// Writes an astronomical year as four digits, with a minus sign before 1 BC (year 0): <c>-0043</c>, <c>0000</c>;
    /// a year of more digits with the letter Y (EDTF level 1): <c>Y-10000</c>, <c>Y-170000002</c>.
    /// </summary>
    private void WriteYear(int year)
    {
        if (year is < -9999 or > 9999)
        {
            Append('Y');
            if (year < 0)
            {
                Append('-');
            }
            Span<char> digits = stackalloc char[10];
            int n = 0;
            for (long rest = Math.Abs((long)year); rest > 0; rest /= 10)
            {
                digits[n++] = (char)('0' + (int)(rest % 10));
            }
            while (n > 0)
            {
                Append(digits[--n]);
            }
            return;
        }
        if (year < 0)
        {
            Append('-');
            year = -year;
        }
        Append((char)('0' + year / 1000));
        Append((char)('0' + year / 100 % 10));
        Append((char)('0' + year / 10 % 10));
        Append((char)('0' + year % 10));
    }

    /// <summary>
    /// Writes a date EDTF level 2 read with unspecified digits inside or qualified components, as read: the
    /// fields' own digits (never moved to another calendar) with X where they were unspecified, a qualifier before
    /// each qualified component (<c>?2004-06-~11</c>; a qualifier after one is the same as before it and each one to
    /// its left), and the whole date's qualifier at the end.
    /// </summary>
    private void WriteMarked(in DateFields fields, uint marks)
    {
        WriteQualifiers(DateMarks.QualifiersOf(marks, DateMarks.YearQualifierShift));
        int year = fields.Year;
        if (year < 0)
        {
            Append('-');
            year = -year;
        }
        int scale = 1000;
        for (int digit = 0; digit < 4; digit++, scale /= 10)
        {
            Append(DateMarks.IsUnspecified(marks, digit) ? 'X' : (char)('0' + year / scale % 10));
        }
        if (fields.Precision <= DatePrecision.Season)
        {
            Append('-');
            WriteQualifiers(DateMarks.QualifiersOf(marks, DateMarks.MonthQualifierShift));
            WriteMaskedTwoDigits(fields.Month, marks, 4);
        }
        if (fields.Precision == DatePrecision.Day)
        {
            Append('-');
            WriteQualifiers(DateMarks.QualifiersOf(marks, DateMarks.DayQualifierShift));
            WriteMaskedTwoDigits(fields.Day, marks, 6);
        }
        WriteQualifiers(fields.Qualifiers);
    }

    private void WriteMaskedTwoDigits(int value, uint marks, int firstBit)
    {
        Append(DateMarks.IsUnspecified(marks, firstBit) ? 'X' : (char)('0' + value / 10));
        Append(DateMarks.IsUnspecified(marks, firstBit + 1) ? 'X' : (char)('0' + value % 10));
    }

    private void WriteTwoDigits(int value)
    {
        Append('-');
        Append((char)('0' + value / 10));
        Append((char)('0' + value % 10));
    }

    private void Append(char c) => _buffer[_length++] = c;
}
