using System.Runtime.CompilerServices;

namespace HistoricalEvents.Text;

/// <summary>
/// The three shapes most English dates take, <c>April 28, 1920</c>, <c>28 April 1920</c> and <c>1991</c>, read
/// straight from the characters with fixed offsets: no tokens, no cursor state, no second pass for the bounds.
/// </summary>
/// <remarks>
/// Everything else, every error included, is left to <see cref="EnglishDateParser.TryParseFull(ReadOnlySpan{char}, CalendarPolicy, out HistoricalDate, out EnglishDateError)"/>, which gives
/// the same value for these shapes (tests check it on every real-world string and on generated ones). Accepted:
/// a month name (full, three letters, or <c>Sept</c>, any case), a day of one or two digits, a year of three or
/// four digits without a leading zero; single spaces, and the comma of the month-first order.
/// </remarks>
internal static class EnglishDateFastPath
{
    /// <summary>Reads one of the common shapes; <paramref name="source"/> becomes the value's text.</summary>
    /// <returns><see langword="false"/> for any other text, valid or not.</returns>
    // Not inlined into callers, so that its own small callees (month names, policy, day numbers) are inlined here.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool TryParse(ReadOnlySpan<char> s, string? source, CalendarPolicy policy, out HistoricalDate value)
    {
        value = default;
        int n = s.Length, day, month, i;
        if (n < 3)
        {
            return false;
        }
        uint first = (uint)(s[0] - '0');
        if (first > 9)
        {
            // April 28, 1920: the name and its space, a day of one or two digits, ", ".
            if (n < 10)
            {
                return false;
            }
            month = ReadMonthAndSpace(s, 0, out i);
            if (month == 0 || n - i < 6)
            {
                return false;
            }
            uint d0 = (uint)(s[i] - '0'), d1 = (uint)(s[i + 1] - '0');
            if (d0 > 9)
            {
                return false;
            }
            if (d1 <= 9)
            {
                day = (int)(d0 * 10 + d1);
                i += 2;
            }
            else
            {
                day = (int)d0;
                i++;
            }
            if (n - i < 5 || s[i] != ',' || s[i + 1] != ' ')
            {
                return false;
            }
            i += 2;
        }
        else if (n <= 4)
        {
            return TryParseYear(s, source, policy, out value);
        }
        else
        {
            // 28 April 1920: a day of one or two digits and its space, the name and its space.
            uint d1 = (uint)(s[1] - '0');
            day = (int)first;
            i = 1;
            if (d1 <= 9)
            {
                day = day * 10 + (int)d1;
                i = 2;
            }
            if (s[i] != ' ' || n - i < 8)
            {
                return false;
            }
            month = ReadMonthAndSpace(s, i + 1, out i);
            if (month == 0)
            {
                return false;
            }
        }
        if (day == 0 || !TryReadYear(s, i, out int y))
        {
            return false;
        }
        // A day that does not exist, or a Julian day past the end of the axis, is left to the full parser's error.
        return HistoricalDate.TryCreateDay(y, month, day, policy, source, out value);
    }

    /// <summary><c>1991</c>: three or four digits.</summary>
    // Its own frame: a call that takes the value's address here would keep the day shapes from writing it in place.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryParseYear(ReadOnlySpan<char> s, string? source, CalendarPolicy policy, out HistoricalDate value)
    {
        if (!TryReadYear(s, 0, out int year))
        {
            value = default;
            return false;
        }
        return HistoricalDate.TryCreate(DateFields.Unmarked(year, 1, 1, DatePrecision.Year, policy), source, out value) == DateFieldsError.None;
    }

    /// <summary>Reads the rest of the text from <paramref name="start"/> as a year of three or four digits, not starting with 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadYear(ReadOnlySpan<char> s, int start, out int year)
    {
        year = 0;
        int digits = s.Length - start;
        if (digits is < 3 or > 4)
        {
            return false;
        }
        uint y0 = (uint)(s[start] - '1'), y1 = (uint)(s[start + 1] - '0'), y2 = (uint)(s[start + 2] - '0');
        if (y0 > 8 || y1 > 9 || y2 > 9)
        {
            return false;
        }
        year = (int)((y0 + 1) * 100 + y1 * 10 + y2);
        if (digits == 4)
        {
            uint y3 = (uint)(s[start + 3] - '0');
            if (y3 > 9)
            {
                return false;
            }
            year = year * 10 + (int)y3;
        }
        return true;
    }

    /// <summary>
    /// Reads a month name at <paramref name="start"/> followed by one space; <paramref name="next"/> is the index
    /// after the space. Returns the month, or 0. The caller leaves at least seven characters from
    /// <paramref name="start"/> (the shortest rest is <c>May 999</c>).
    /// </summary>
    /// <remarks>The first three letters pick the month and so the name's length: no scan for the end of the word.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadMonthAndSpace(ReadOnlySpan<char> s, int start, out int next)
    {
        next = 0;
        int month = EnglishDateTokenizer.MonthOfPrefix(s[start], s[start + 1], s[start + 2]);
        if (month == 0)
        {
            return 0;
        }
        int end = start + 3;
        if (s[end] != ' ')
        {
            end = start + EnglishDateTokenizer.LongMonthNameLength(month, s[start + 4]);
            if (end >= s.Length || s[end] != ' ' || !EnglishDateTokenizer.IsLongMonthName(s[start..end], month))
            {
                return 0;
            }
        }
        next = end + 1;
        return month;
    }
}
