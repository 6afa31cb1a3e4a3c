using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>What went wrong reading EDTF; turned into the "expected" part of a message only when a message is wanted.</summary>
internal enum EdtfProblem : byte
{
    None = 0,
    Empty,
    YearDigits,
    YearTooLong,
    ExtendedYearTooShort,
    NegativeZeroYear,
    UnspecifiedInside,
    TooManyUnspecified,
    ComponentQualifier,
    DoubleQualifier,
    MonthDigits,
    MonthValue,
    DayDigits,
    SeasonHasNoDay,
    Time,
    Zone,
    TimeInInterval,
    DateEnd,
    OpenEnd,
    NoKnownEnd,
    SetSeparator,
    SetTooLarge,
    SetRange,
    AllOfSet,
    TrailingText,
    SetExpected,
    SetMemberEnd,
    SetOpenStartNotFirst,
    SetOpenEndNotLast,

    /// <summary>The fields do not make a date; <see cref="EdtfReader.FieldsError"/> says why.</summary>
    Fields,

    ExponentWithoutY,
    SignificantDigits,
    LongYearHasNoMonth,
    WideSpanInside,
}

/// <summary>
/// Reads one EDTF string with a cursor over a span: no substrings, no allocation. On failure it records the problem,
/// where it starts (0-based) and how many characters it covers, so a message can quote exactly what was wrong.
/// </summary>
internal ref struct EdtfReader
{
    private readonly ReadOnlySpan<char> _s;
    private readonly CalendarPolicy _policy;
    private readonly CalendarPolicy _dayPolicy;
    private int _pos;
    private int _timeAt;

    // Set by TryReadYear for significant digits that name 1000 years or more (1950S1, Y171010000S3), or a decade or
    // century beyond four digits (Y-800676S4): the date is the interval of those years, which only a date standing
    // alone can be.
    private bool _wideSpan;
    private int _wideLastYear;

    // The EDTF level 2 marks (see DateMarks) of the date TryReadDate read last: 0 unless it had unspecified digits
    // inside or qualified components.
    private uint _marks;

    internal EdtfProblem Problem;
    internal DateFieldsError FieldsError;
    internal int ErrorStart;
    internal int ErrorLength;

    internal EdtfReader(ReadOnlySpan<char> text, CalendarPolicy policy, CalendarPolicy dayPolicy)
    {
        _s = text;
        _policy = policy;
        _dayPolicy = dayPolicy;
        _pos = 0;
        _timeAt = -1;
        _wideSpan = false;
        _wideLastYear = 0;
        _marks = 0;
        Problem = EdtfProblem.None;
        FieldsError = DateFieldsError.None;
        ErrorStart = ErrorLength = 0;
    }

    /// <summary>Reads the whole text as a date, an interval or a one-of set; <paramref name="text"/> becomes the value's text.</summary>
    internal bool TryRead(string? text, out HistoricalDate value)
    {
        value = default;
        if (_s.IsEmpty)
        {
            return Fail(EdtfProblem.Empty, 0, 0);
        }
        char first = _s[0];
        if (first == '[')
        {
            return TryReadSet(text, out value);
        }
        if (IsReducedYear(_s, out int digits))
        {
            return TryReadReducedYear(digits, text, out value);
        }
        if (first == '{')
        {
            return Fail(EdtfProblem.AllOfSet, 0, 1);
        }

        DateFields start = default;
        IntervalEnd startEnd = IntervalEnd.Known;
        if (first == '/')
        {
            startEnd = IntervalEnd.Unknown;
        }
        else if (first == '.')
        {
            if (!TryReadOpen(mustBeFollowedBySlash: true))
            {
                return false;
            }
            startEnd = IntervalEnd.Open;
        }
        else if (!TryReadDate(out start))
        {
            return false;
        }
        uint startMarks = _marks;

        if (_pos == _s.Length)
        {
            // A single date (an open start was already required to go on with '/').
            if (_wideSpan)
            {
                // Significant digits naming 1000 years or more: the interval of those years.
                DateFields last = DateFields.Unmarked(_wideLastYear, 1, 1, DatePrecision.Year, _policy, start.Qualifiers);
                return Combine(HistoricalDateKind.Interval, start, 0, IntervalEnd.Known, last, 0, IntervalEnd.Known, 0, text, out value);
            }
            DateFieldsError error = HistoricalDate.TryCreate(start, startMarks, text, out value);
            return error == DateFieldsError.None || FailFields(error, 0, _s.Length);
        }
        if (_wideSpan)
        {
            return Fail(EdtfProblem.WideSpanInside, 0, _pos);
        }
        if (_s[_pos] != '/')
        {
            return Fail(EdtfProblem.DateEnd, _pos, 1);
        }
        if (_timeAt >= 0)
        {
            return Fail(EdtfProblem.TimeInInterval, _timeAt, _pos - _timeAt);
        }
        int endAt = ++_pos;

        DateFields end = default;
        IntervalEnd endEnd = IntervalEnd.Known;
        if (_pos == _s.Length)
        {
            endEnd = IntervalEnd.Unknown;
        }
        else if (_s[_pos] == '.')
        {
            if (!TryReadOpen(mustBeFollowedBySlash: false))
            {
                return false;
            }
            endEnd = IntervalEnd.Open;
        }
        else if (!TryReadDate(out end))
        {
            return false;
        }
        uint endMarks = endEnd == IntervalEnd.Known ? _marks : 0;
        if (_wideSpan)
        {
            return Fail(EdtfProblem.WideSpanInside, endAt, _pos - endAt);
        }
        if (_timeAt >= 0)
        {
            return Fail(EdtfProblem.TimeInInterval, _timeAt, _pos - _timeAt);
        }
        if (_pos != _s.Length)
        {
            return Fail(_s[_pos] == '/' ? EdtfProblem.TrailingText : EdtfProblem.DateEnd, _pos, _s.Length - _pos);
        }
        if (startEnd != IntervalEnd.Known && endEnd != IntervalEnd.Known)
        {
            return Fail(EdtfProblem.NoKnownEnd, 0, _s.Length);
        }
        return Combine(HistoricalDateKind.Interval, start, startEnd == IntervalEnd.Known ? startMarks : 0, startEnd, end, endMarks, endEnd, endAt, text, out value);
    }

    /// <summary>
    /// Whether the whole text is an ISO 8601 reduced year standing alone: two digits, a century (<c>19</c>,
    /// ISO 8601-1), or three, a decade (<c>193</c>, ISO 8601-2), signed or not, with at most one qualifier after it.
    /// </summary>
    internal static bool IsReducedYear(ReadOnlySpan<char> s, out int digits)
    {
        int start = s.Length > 0 && s[0] == '-' ? 1 : 0, end = s.Length > 0 && IsQualifier(s[^1]) ? s.Length - 1 : s.Length;
        digits = end - start;
        if (digits is not (2 or 3))
        {
            return false;
        }
        for (int i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }
        return true;
    }

    // 19 is the century 1900-1999 and 193 the decade 1930-1939, as 19XX and 193X are (and as edtf.js reads them);
    // -04 is -0499 to -0400, as -04XX. HistoricalDate.Parse reads such text as an English year first (AD 19).
    private bool TryReadReducedYear(int digits, string? text, out HistoricalDate value)
    {
        value = default;
        bool negative = _s[0] == '-';
        int start = negative ? 1 : 0, number = 0;
        for (int i = start; i < start + digits; i++)
        {
            number = number * 10 + (_s[i] - '0');
        }
        if (negative && number == 0)
        {
            return Fail(EdtfProblem.NegativeZeroYear, 0, start + digits);
        }
        int scale = digits == 2 ? 100 : 10;
        int year = negative ? -(number * scale + scale - 1) : number * scale;
        DateQualifiers qualifiers = start + digits < _s.Length
            ? _s[^1] switch { '?' => DateQualifiers.Uncertain, '~' => DateQualifiers.Approximate, _ => DateQualifiers.ApproximateAndUncertain }
            : DateQualifiers.None;
        DateFields fields = DateFields.Unmarked(year, 1, 1, digits == 2 ? DatePrecision.Century : DatePrecision.Decade, _policy, qualifiers);
        DateFieldsError error = HistoricalDate.TryCreate(fields, text, out value);
        return error == DateFieldsError.None || FailFields(error, 0, _s.Length);
    }

    /// <summary>
    /// The fast path for the commonest form, a plain day <c>YYYY-MM-DD</c> of year 0000 to 9999: checked and placed
    /// on the day axis in one pass, without the reader's state. Anything else (including an invalid day) is left to
    /// <see cref="TryRead"/>, which also explains errors.
    /// </summary>
    // Not inlined into callers, so that its own small callees (policy, calendar arithmetic) are inlined into it. The
    // text-free overload stores a constant null, which needs no GC write barrier: TryParse is the hottest caller.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool TryReadPlainDay(ReadOnlySpan<char> s, CalendarPolicy policy, out HistoricalDate value) =>
        TryReadPlainDayCore(s, policy, null, out value);

    /// <summary>The fast path of <see cref="TryReadPlainDay(ReadOnlySpan{char}, CalendarPolicy, out HistoricalDate)"/>, keeping <paramref name="text"/> as the value's text.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool TryReadPlainDay(ReadOnlySpan<char> s, CalendarPolicy policy, string text, out HistoricalDate value) =>
        TryReadPlainDayCore(s, policy, text, out value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadPlainDayCore(ReadOnlySpan<char> s, CalendarPolicy policy, string? text, out HistoricalDate value)
    {
        if (s.Length == 10 && s[4] == '-' && s[7] == '-')
        {
            uint y0 = (uint)(s[0] - '0'), y1 = (uint)(s[1] - '0'), y2 = (uint)(s[2] - '0'), y3 = (uint)(s[3] - '0');
            uint m0 = (uint)(s[5] - '0'), m1 = (uint)(s[6] - '0'), d0 = (uint)(s[8] - '0'), d1 = (uint)(s[9] - '0');
            if (y0 <= 9 && y1 <= 9 && y2 <= 9 && y3 <= 9 && m0 <= 9 && m1 <= 9 && d0 <= 9 && d1 <= 9)
            {
                int year = (int)(y0 * 1000 + y1 * 100 + y2 * 10 + y3), month = (int)(m0 * 10 + m1), day = (int)(d0 * 10 + d1);
                if (month is >= 1 and <= 12 && day >= 1)
                {
                    return HistoricalDate.TryCreateDay(year, month, day, policy, text, out value);
                }
            }
        }
        // Zeroed here rather than first, so that the path that succeeds writes the value once.
        value = default;
        return false;
    }

    private bool TryReadSet(string? text, out HistoricalDate value)
    {
        value = default;
        _pos = 1;
        if (!TryReadSetMember(out DateFields first))
        {
            return false;
        }
        uint firstMarks = _marks;
        SkipSetSpaces();
        if (_pos == _s.Length || _s[_pos] != ',')
        {
            return Fail(EdtfProblem.SetSeparator, _pos, _pos == _s.Length ? 0 : 1);
        }
        _pos++;
        SkipSetSpaces();
        int secondAt = _pos;
        if (!TryReadSetMember(out DateFields second))
        {
            return false;
        }
        uint secondMarks = _marks;
        SkipSetSpaces();
        if (_pos == _s.Length || _s[_pos] != ']')
        {
            return Fail(_pos < _s.Length && _s[_pos] == ',' ? EdtfProblem.SetTooLarge : EdtfProblem.SetSeparator, _pos, _pos == _s.Length ? 0 : 1);
        }
        if (++_pos != _s.Length)
        {
            return Fail(EdtfProblem.TrailingText, _pos, _s.Length - _pos);
        }
        // One of two is unordered: keep the earlier alternative first, as HistoricalDate.OneOf requires.
        if (DateMarks.TryGetBounds(first, firstMarks, out int firstEarliest, out _) == DateFieldsError.None &&
            DateMarks.TryGetBounds(second, secondMarks, out _, out int secondLatest) == DateFieldsError.None &&
            secondLatest < firstEarliest)
        {
            (first, second) = (second, first);
            (firstMarks, secondMarks) = (secondMarks, firstMarks);
        }
        return Combine(HistoricalDateKind.OneOf, first, firstMarks, IntervalEnd.Known, second, secondMarks, IntervalEnd.Known, secondAt, text, out value);
    }

    /// <summary>
    /// Reads a set of any number of dates, <c>[…]</c> (one of) or <c>{…}</c> (all of), whose members are dates or
    /// ranges: <c>1670..1672</c>, an open first member <c>..1760-12-03</c>, an open last member <c>1760-12..</c>.
    /// </summary>
    internal bool TryReadDateSet(string? text, out HistoricalDateSet? set)
    {
        set = null;
        if (_s.IsEmpty)
        {
            return Fail(EdtfProblem.Empty, 0, 0);
        }
        if (_s[0] is not ('[' or '{'))
        {
            return Fail(EdtfProblem.SetExpected, 0, 1);
        }
        char close = _s[0] == '[' ? ']' : '}';
        var members = new List<HistoricalDate>();
        _pos = 1;
        while (true)
        {
            int at = _pos;
            HistoricalDate member;
            DateFieldsError error;
            if (_pos < _s.Length && _s[_pos] == '.')
            {
                // ..1760-12-03: on or before; only the first member can be open at the start.
                if (members.Count > 0)
                {
                    return Fail(EdtfProblem.SetOpenStartNotFirst, _pos, Math.Min(2, _s.Length - _pos));
                }
                if (!TryReadOpen(mustBeFollowedBySlash: false) || !TryReadSetDate(out DateFields last))
                {
                    return false;
                }
                error = HistoricalDate.TryCreate(HistoricalDateKind.Interval, default, 0, IntervalEnd.Open, last, _marks, IntervalEnd.Known, null, out member);
            }
            else
            {
                if (!TryReadSetDate(out DateFields first))
                {
                    return false;
                }
                uint firstMarks = _marks;
                if (_pos < _s.Length && _s[_pos] == '.')
                {
                    if (!TryReadOpen(mustBeFollowedBySlash: false))
                    {
                        return false;
                    }
                    if (_pos < _s.Length && _s[_pos] != ',' && _s[_pos] != close)
                    {
                        if (!TryReadSetDate(out DateFields last))
                        {
                            return false;
                        }
                        error = HistoricalDate.TryCreate(HistoricalDateKind.Interval, first, firstMarks, IntervalEnd.Known, last, _marks, IntervalEnd.Known, null, out member);
                    }
                    else if (_pos < _s.Length && _s[_pos] == ',')
                    {
                        // 1760-12..: on or after; only the last member can be open at the end.
                        return Fail(EdtfProblem.SetOpenEndNotLast, at, _pos - at);
                    }
                    else
                    {
                        error = HistoricalDate.TryCreate(HistoricalDateKind.Interval, first, firstMarks, IntervalEnd.Known, default, 0, IntervalEnd.Open, null, out member);
                    }
                }
                else
                {
                    error = HistoricalDate.TryCreate(first, firstMarks, null, out member);
                }
            }
            if (error != DateFieldsError.None)
            {
                return FailFields(error, at, _pos - at);
            }
            members.Add(member);
            SkipSetSpaces();
            if (_pos < _s.Length && _s[_pos] == ',')
            {
                _pos++;
                SkipSetSpaces();
                continue;
            }
            if (_pos < _s.Length && _s[_pos] == close)
            {
                _pos++;
                break;
            }
            return Fail(EdtfProblem.SetMemberEnd, _pos, _pos == _s.Length ? 0 : 1);
        }
        if (_pos != _s.Length)
        {
            return Fail(EdtfProblem.TrailingText, _pos, _s.Length - _pos);
        }
        set = HistoricalDateSet.FromChecked(close == ']' ? HistoricalDateSetKind.OneOf : HistoricalDateSetKind.AllOf, members.ToArray(), text);
        return true;
    }

    // Spaces around the commas of a set ("[1667, 1668]", "{1960 ,  1961-12}"), which edtf.js and python-edtf read
    // and the specification's own examples write; nowhere else in EDTF.
    private void SkipSetSpaces()
    {
        while (_pos < _s.Length && _s[_pos] == ' ')
        {
            _pos++;
        }
    }

    private bool TryReadSetMember(out DateFields fields)
    {
        fields = default;
        if (_pos < _s.Length && _s[_pos] == '.')
        {
            return Fail(EdtfProblem.SetRange, _pos, Math.Min(2, _s.Length - _pos));
        }
        if (!TryReadSetDate(out fields))
        {
            return false;
        }
        if (_pos < _s.Length && _s[_pos] == '.')
        {
            return Fail(EdtfProblem.SetRange, _pos, Math.Min(2, _s.Length - _pos));
        }
        return true;
    }

    /// <summary>Reads a date inside a set: no time of day, no significant digits naming 1000 years or more.</summary>
    private bool TryReadSetDate(out DateFields fields)
    {
        int at = _pos;
        if (!TryReadDate(out fields))
        {
            return false;
        }
        if (_wideSpan)
        {
            return Fail(EdtfProblem.WideSpanInside, at, _pos - at);
        }
        if (_timeAt >= 0)
        {
            return Fail(EdtfProblem.TimeInInterval, _timeAt, _pos - _timeAt);
        }
        return true;
    }

    private bool Combine(HistoricalDateKind kind, in DateFields start, uint startMarks, IntervalEnd startEnd, in DateFields end,
        uint endMarks, IntervalEnd endEnd, int endAt, string? text, out HistoricalDate value)
    {
        DateFieldsError error = HistoricalDate.TryCreate(kind, start, startMarks, startEnd, end, endMarks, endEnd, text, out value);
        if (error == DateFieldsError.None)
        {
            return true;
        }
        // Point at the end at fault: the start if it is itself out of range, otherwise the second date.
        bool startAtFault = error != DateFieldsError.EndBeforeStart && startEnd == IntervalEnd.Known &&
            DateMarks.TryGetBounds(start, startMarks, out _, out _) != DateFieldsError.None;
        int bracket = kind == HistoricalDateKind.OneOf ? 1 : 0;
        return startAtFault ? FailFields(error, bracket, endAt - 1 - bracket)
            : FailFields(error, endAt, _s.Length - endAt - bracket);
    }

    /// <summary>Reads <c>..</c>, the open end of an interval.</summary>
    private bool TryReadOpen(bool mustBeFollowedBySlash)
    {
        int at = _pos;
        if (_pos + 1 >= _s.Length || _s[_pos + 1] != '.')
        {
            return Fail(EdtfProblem.OpenEnd, at, Math.Min(2, _s.Length - at));
        }
        _pos += 2;
        if (mustBeFollowedBySlash && (_pos == _s.Length || _s[_pos] != '/'))
        {
            return Fail(EdtfProblem.OpenEnd, at, _pos - at);
        }
        return true;
    }

    /// <summary>
    /// Reads one date: levels 0 and 1 (and level 2 years) first; a date the level 1 reader refuses for unspecified
    /// digits inside or qualified components is read again as EDTF level 2 (<see cref="TryReadLevel2Date"/>).
    /// <see cref="_marks"/> says what level 2 wrote beyond the fields.
    /// </summary>
    private bool TryReadDate(out DateFields fields)
    {
        int dateAt = _pos;
        _marks = 0;
        if (TryReadLevel1Date(out fields))
        {
            return true;
        }
        if (Problem is not (EdtfProblem.UnspecifiedInside or EdtfProblem.TooManyUnspecified or EdtfProblem.ComponentQualifier))
        {
            return false;
        }
        _pos = dateAt;
        Problem = EdtfProblem.None;
        return TryReadLevel2Date(out fields);
    }

    /// <summary>
    /// Reads a date with EDTF level 2 unspecified digits anywhere (<c>156X-12-25</c>, <c>1XXX</c>, <c>XXXX-12-XX</c>,
    /// <c>1984-1X</c>) and qualifiers on single components, before one (that component only: <c>2004-?06-11</c>)
    /// or after one (that component and those to its left: <c>2004-06~-11</c> is year and month). The fields hold
    /// the earliest value the digits allow; <see cref="_marks"/> the digits and the component qualifiers. Qualifiers
    /// that end up on every component are the whole date's (<c>2004-06-11%</c>).
    /// </summary>
    private bool TryReadLevel2Date(out DateFields fields)
    {
        fields = default;
        uint marks = 0;
        if (!TryReadComponentQualifier(out DateQualifiers qy))
        {
            return false;
        }
        DateQualifiers qm = DateQualifiers.None, qd = DateQualifiers.None, q;
        int yearAt = _pos;
        bool negative = _pos < _s.Length && _s[_pos] == '-';
        if (negative)
        {
            _pos++;
        }
        int magnitude = 0;
        for (int digit = 0; digit < 4; digit++, _pos++)
        {
            char c = _pos < _s.Length ? _s[_pos] : '\0';
            if (char.IsAsciiDigit(c))
            {
                magnitude = magnitude * 10 + (c - '0');
            }
            else if (IsUnspecified(c))
            {
                magnitude *= 10;
                marks |= 1u << digit;
            }
            else
            {
                return Fail(EdtfProblem.YearDigits, yearAt, Math.Max(1, Math.Min(_pos + 1, _s.Length) - yearAt));
            }
        }
        if (_pos < _s.Length && (char.IsAsciiDigit(_s[_pos]) || IsUnspecified(_s[_pos])))
        {
            return Fail(EdtfProblem.YearTooLong, yearAt, _pos + 1 - yearAt);
        }
        if (_pos < _s.Length && _s[_pos] is 'S' or 'E')
        {
            return Fail(_s[_pos] == 'S' ? EdtfProblem.SignificantDigits : EdtfProblem.ExponentWithoutY, _pos, 1);
        }
        if (negative && magnitude == 0 && (marks & DateMarks.YearDigits) == 0)
        {
            return Fail(EdtfProblem.NegativeZeroYear, yearAt, _pos - yearAt);
        }
        // The earliest year: X as 0, or before year 0 as 9 (-1XX5 starts with -1995).
        int year = negative ? -(int)LatestMagnitude(magnitude, marks) : magnitude;
        if (!TryReadComponentQualifier(out q))
        {
            return false;
        }
        qy |= q;

        DatePrecision precision = DatePrecision.Year;
        int month = 1, day = 1, monthAt = -1, dayAt = -1, monthPattern = 0, dayPattern = 0;
        if (_pos < _s.Length && _s[_pos] == '-')
        {
            _pos++;
            if (!TryReadComponentQualifier(out qm))
            {
                return false;
            }
            monthAt = _pos;
            if (!TryReadMaskedTwoDigits(EdtfProblem.MonthDigits, 4, ref marks, out monthPattern))
            {
                return false;
            }
            precision = DatePrecision.Month;
            if (!TryReadComponentQualifier(out q))
            {
                return false;
            }
            qy |= q;
            qm |= q;
            if (_pos < _s.Length && _s[_pos] == '-')
            {
                _pos++;
                if (!TryReadComponentQualifier(out qd))
                {
                    return false;
                }
                dayAt = _pos;
                if (!TryReadMaskedTwoDigits(EdtfProblem.DayDigits, 6, ref marks, out dayPattern))
                {
                    return false;
                }
                precision = DatePrecision.Day;
                if (!TryReadComponentQualifier(out q))
                {
                    return false;
                }
                qy |= q;
                qm |= q;
                qd |= q;
            }
        }

        bool m0 = DateMarks.IsUnspecified(marks, 4), m1 = DateMarks.IsUnspecified(marks, 5);
        bool d0 = DateMarks.IsUnspecified(marks, 6), d1 = DateMarks.IsUnspecified(marks, 7);
        CalendarPolicy policy = precision == DatePrecision.Day ? _dayPolicy : _policy;
        if (precision >= DatePrecision.Month && precision != DatePrecision.Year && !m0 && !m1 && monthPattern is >= 21 and <= 41)
        {
            if (precision == DatePrecision.Day)
            {
                return Fail(EdtfProblem.SeasonHasNoDay, dayAt - 1, _s.Length - dayAt + 1);
            }
            if (!DateFields.SeasonMonths(monthPattern, out _, out _))
            {
                return Fail(EdtfProblem.MonthValue, monthAt, 2);
            }
            precision = DatePrecision.Season;
            month = monthPattern;
        }
        else if (precision <= DatePrecision.Month)
        {
            // The earliest month (and day) the digits allow, in a month where such a day exists.
            bool found = FindFirstMonthAndDay(year, precision, monthPattern, dayPattern, marks, policy, out month, out day);
            if (!found && precision == DatePrecision.Day && (marks & DateMarks.YearDigits) != 0 &&
                DateMarks.Matches(2, monthPattern, m0, m1) && DateMarks.Matches(29, dayPattern, d0, d1))
            {
                // XXXX-02-29, 190X-02-29: a day that exists only in some of the years the digits allow (the leap day)
                // starts in the first such year, as the latest ends in the last (DateMarks.TryGetLatest).
                int lastYear = DateMarks.LatestYear(year, marks);
                for (int y = year + 1; y <= lastYear && !found; y++)
                {
                    if (DateMarks.YearMatches(y, year, marks) &&
                        FindFirstMonthAndDay(y, precision, monthPattern, dayPattern, marks, policy, out month, out day))
                    {
                        year = y;
                        found = true;
                    }
                }
            }
            if (!found)
            {
                bool monthExists = false;
                for (int m = 1; m <= 12; m++)
                {
                    monthExists |= DateMarks.Matches(m, monthPattern, m0, m1);
                }
                return monthExists ? FailFields(DateFieldsError.DayOutOfRange, dayAt, 2) : Fail(EdtfProblem.MonthValue, monthAt, 2);
            }
        }

        // Qualifiers on every component written are the whole date's (level 1); otherwise they stay on their components.
        DateQualifiers whole = DateQualifiers.None;
        bool same = precision switch
        {
            DatePrecision.Day => qy == qm && qm == qd,
            DatePrecision.Year => true,
            _ => qy == qm,
        };
        if (same)
        {
            whole = qy;
        }
        else
        {
            marks |= (uint)qy << DateMarks.YearQualifierShift | (uint)qm << DateMarks.MonthQualifierShift | (uint)qd << DateMarks.DayQualifierShift;
        }
        // Digits that level 1 names (201X, 20XX, 2004-XX, 1985-04-XX, 1985-XX-XX) on a date whose qualifiers turned
        // out to be the whole date's (~2004-~XX) are read as level 1 reads them: one value, one form.
        DateFieldFlags flags = DateFieldFlags.None;
        if ((marks & DateMarks.Qualifiers) == 0)
        {
            uint digits = marks & DateMarks.Digits;
            (DatePrecision level1, bool flagged) = (precision, digits) switch
            {
                (DatePrecision.Year, 0b1000) => (DatePrecision.Decade, false),
                (DatePrecision.Year, 0b1100) => (DatePrecision.Century, false),
                (DatePrecision.Month, DateMarks.MonthDigits) => (DatePrecision.Year, true),
                (DatePrecision.Day, DateMarks.DayDigits) => (DatePrecision.Month, true),
                (DatePrecision.Day, DateMarks.MonthDigits | DateMarks.DayDigits) => (DatePrecision.Year, true),
                _ => (precision, false),
            };
            if (level1 != precision)
            {
                precision = level1;
                flags = flagged ? DateFieldFlags.UnspecifiedDigits : DateFieldFlags.None;
                month = precision == DatePrecision.Month ? month : 1;
                day = 1;
                marks = 0;
                policy = _policy;
            }
        }
        HistoricalCalendar calendar = policy.CalendarFor(year, DateFields.FirstMonth(precision, month), day);
        fields = new DateFields(year, month, day, precision, calendar, whole, SpanPart.Whole, flags);
        if (DateMarks.HasDigits(marks))
        {
            int latestYear = DateMarks.LatestYear(year, marks);
            int latestMonth = precision <= DatePrecision.Month && !m0 && !m1 ? monthPattern : 12;
            if (policy.CalendarFor(latestYear, latestMonth, 28) == HistoricalCalendar.Julian)
            {
                marks |= DateMarks.LatestJulian;
            }
        }
        else
        {
            fields = fields.WithGregorianEndUnder(_policy);
        }
        if (_pos < _s.Length && _s[_pos] == 'T')
        {
            return Fail(EdtfProblem.DateEnd, _pos, 1);
        }
        _marks = marks;
        return true;
    }

    // The first month (and, for a day, the first day of it) that the digits allow in a year, in a month where such a day exists.
    private static bool FindFirstMonthAndDay(int year, DatePrecision precision, int monthPattern, int dayPattern, uint marks,
        CalendarPolicy policy, out int month, out int day)
    {
        bool m0 = DateMarks.IsUnspecified(marks, 4), m1 = DateMarks.IsUnspecified(marks, 5);
        bool d0 = DateMarks.IsUnspecified(marks, 6), d1 = DateMarks.IsUnspecified(marks, 7);
        month = day = 1;
        for (int m = 1; m <= 12; m++)
        {
            if (!DateMarks.Matches(m, monthPattern, m0, m1))
            {
                continue;
            }
            if (precision == DatePrecision.Month)
            {
                month = m;
                return true;
            }
            bool julian = policy.CalendarFor(year, m, 1) == HistoricalCalendar.Julian;
            for (int d = 1; d <= DayNumbers.DaysInMonth(julian, year, m); d++)
            {
                if (DateMarks.Matches(d, dayPattern, d0, d1))
                {
                    month = m;
                    day = d;
                    return true;
                }
            }
        }
        return false;
    }

    // The magnitude with every unspecified digit 9: the latest of a positive year, the earliest of a negative one.
    private static int LatestMagnitude(int magnitude, uint marks)
    {
        int result = 0, scale = 1000;
        for (int digit = 0; digit < 4; digit++, scale /= 10)
        {
            result += (DateMarks.IsUnspecified(marks, digit) ? 9 : magnitude / scale % 10) * scale;
        }
        return result;
    }

    /// <summary>Reads an optional qualifier (? ~ %) before or after a component; two in a row are an error.</summary>
    private bool TryReadComponentQualifier(out DateQualifiers qualifiers)
    {
        qualifiers = DateQualifiers.None;
        if (_pos >= _s.Length || !IsQualifier(_s[_pos]))
        {
            return true;
        }
        qualifiers = _s[_pos] switch
        {
            '?' => DateQualifiers.Uncertain,
            '~' => DateQualifiers.Approximate,
            _ => DateQualifiers.ApproximateAndUncertain,
        };
        _pos++;
        return _pos >= _s.Length || !IsQualifier(_s[_pos]) || Fail(EdtfProblem.DoubleQualifier, _pos - 1, 2);
    }

    /// <summary>Reads two characters, digits or X; the X positions are marked from bit <paramref name="firstBit"/>.</summary>
    private bool TryReadMaskedTwoDigits(EdtfProblem problem, int firstBit, ref uint marks, out int pattern)
    {
        pattern = 0;
        int at = _pos;
        for (int i = 0; i < 2; i++, _pos++)
        {
            char c = _pos < _s.Length ? _s[_pos] : '\0';
            if (char.IsAsciiDigit(c))
            {
                pattern = pattern * 10 + (c - '0');
            }
            else if (IsUnspecified(c))
            {
                pattern *= 10;
                marks |= 1u << (firstBit + i);
            }
            else
            {
                return Fail(problem, at, Math.Max(1, Math.Min(2, _s.Length - at)));
            }
        }
        return true;
    }

    /// <summary>Reads one date of levels 0 and 1: year, optional month or season, optional day, optional time, optional qualifier.</summary>
    private bool TryReadLevel1Date(out DateFields fields)
    {
        fields = default;
        int dateAt = _pos;
        if (_pos < _s.Length && IsQualifier(_s[_pos]))
        {
            return Fail(EdtfProblem.ComponentQualifier, _pos, 1);
        }
        if (!TryReadYear(out int year, out DatePrecision precision, out bool yearOnly))
        {
            return false;
        }

        int month = 1, day = 1, monthAt = -1, dayAt = -1;
        DateFieldFlags flags = DateFieldFlags.None;
        if (_pos < _s.Length && _s[_pos] == '-')
        {
            if (yearOnly)
            {
                return Fail(EdtfProblem.LongYearHasNoMonth, _pos, 1);
            }
            if (precision != DatePrecision.Year)
            {
                return Fail(EdtfProblem.UnspecifiedInside, dateAt, _pos + 1 - dateAt);
            }
            monthAt = ++_pos;
            if (!TryReadTwoDigits(EdtfProblem.MonthDigits, out int monthValue))
            {
                return false;
            }
            if (monthValue < 0)
            {
                precision = DatePrecision.Year;
                flags = DateFieldFlags.UnspecifiedDigits;
            }
            else if (monthValue is >= 1 and <= 12)
            {
                precision = DatePrecision.Month;
                month = monthValue;
            }
            else if (DateFields.SeasonMonths(monthValue, out _, out _))
            {
                precision = DatePrecision.Season;
                month = monthValue;
            }
            else
            {
                return Fail(EdtfProblem.MonthValue, monthAt, 2);
            }

            if (_pos < _s.Length && _s[_pos] == '-')
            {
                if (precision == DatePrecision.Season)
                {
                    return Fail(EdtfProblem.SeasonHasNoDay, _pos, _s.Length - _pos);
                }
                dayAt = ++_pos;
                if (!TryReadTwoDigits(EdtfProblem.DayDigits, out int dayValue))
                {
                    return false;
                }
                if (dayValue >= 0)
                {
                    if (flags != DateFieldFlags.None)
                    {
                        // 2004-XX-11: an unspecified month with a known day.
                        return Fail(EdtfProblem.UnspecifiedInside, monthAt, 5);
                    }
                    precision = DatePrecision.Day;
                    day = dayValue;
                }
                else
                {
                    // 1985-04-XX is a month written at day precision; 1985-XX-XX a year.
                    flags = DateFieldFlags.UnspecifiedDigits;
                }
            }
        }

        // Days follow the day policy (ISO days by default); months, seasons and years the pattern's policy.
        HistoricalCalendar calendar = (precision == DatePrecision.Day ? _dayPolicy : _policy).CalendarFor(year, DateFields.FirstMonth(precision, month), day);
        if (precision == DatePrecision.Day && (day < 1 || day > DayNumbers.DaysInMonth(calendar == HistoricalCalendar.Julian, year, month)))
        {
            return FailFields(DateFieldsError.DayOutOfRange, dayAt, 2);
        }

        if (precision == DatePrecision.Day && flags == DateFieldFlags.None && _pos < _s.Length && _s[_pos] == 'T')
        {
            _timeAt = _pos;
            if (!TryReadTime())
            {
                return false;
            }
            fields = new DateFields(year, month, day, precision, calendar);
            return true;
        }

        DateQualifiers qualifiers = DateQualifiers.None;
        if (_pos < _s.Length && IsQualifier(_s[_pos]))
        {
            qualifiers = _s[_pos] switch
            {
                '?' => DateQualifiers.Uncertain,
                '~' => DateQualifiers.Approximate,
                _ => DateQualifiers.ApproximateAndUncertain,
            };
            _pos++;
            if (_pos < _s.Length && IsQualifier(_s[_pos]))
            {
                return Fail(EdtfProblem.DoubleQualifier, _pos - 1, 2);
            }
            if (_pos < _s.Length && _s[_pos] == '-')
            {
                return Fail(EdtfProblem.ComponentQualifier, _pos - 1, 1);
            }
        }
        fields = new DateFields(year, month, day, precision, calendar, qualifiers, SpanPart.Whole, flags).WithGregorianEndUnder(_policy);
        return true;
    }

    /// <summary>
    /// Reads a year: four characters (digits, X from the right), signed; or a letter-prefixed year of any length
    /// (<c>Y170000002</c>, <c>Y-17E7</c>); either with significant digits (<c>1950S2</c>, <c>Y171010000S3</c>).
    /// </summary>
    /// <param name="year">The first year of the span read.</param>
    /// <param name="precision">Year, or the decade or century that X digits or significant digits name.</param>
    /// <param name="yearOnly">Whether the year can have no month (a letter-prefixed year, significant digits).</param>
    private bool TryReadYear(out int year, out DatePrecision precision, out bool yearOnly)
    {
        year = 0;
        precision = DatePrecision.Year;
        yearOnly = false;
        int at = _pos;
        if (_pos < _s.Length && _s[_pos] == 'Y')
        {
            yearOnly = true;
            return TryReadLetterYear(at, out year, out precision);
        }
        bool negative = _pos < _s.Length && _s[_pos] == '-';
        if (negative)
        {
            _pos++;
            if (_pos < _s.Length && IsQualifier(_s[_pos]))
            {
                return Fail(EdtfProblem.ComponentQualifier, _pos, 1);
            }
        }
        int value = 0, digits = 0, unspecified = 0;
        while (_pos < _s.Length && digits + unspecified < 4)
        {
            char c = _s[_pos];
            if (char.IsAsciiDigit(c))
            {
                if (unspecified > 0)
                {
                    return Fail(EdtfProblem.UnspecifiedInside, at, _pos + 1 - at);
                }
                value = value * 10 + (c - '0');
                digits++;
            }
            else if (IsUnspecified(c))
            {
                unspecified++;
            }
            else
            {
                break;
            }
            _pos++;
        }
        if (digits + unspecified < 4)
        {
            return Fail(EdtfProblem.YearDigits, at, Math.Max(1, Math.Min(_pos + 1, _s.Length) - at));
        }
        if (_pos < _s.Length && (char.IsAsciiDigit(_s[_pos]) || IsUnspecified(_s[_pos])))
        {
            while (_pos < _s.Length && (char.IsAsciiDigit(_s[_pos]) || IsUnspecified(_s[_pos])))
            {
                _pos++;
            }
            return Fail(EdtfProblem.YearTooLong, at, _pos - at);
        }
        if (_pos < _s.Length && _s[_pos] == 'E')
        {
            return Fail(EdtfProblem.ExponentWithoutY, _pos, 1);
        }
        if (unspecified > 2)
        {
            return Fail(EdtfProblem.TooManyUnspecified, at, _pos - at);
        }
        if (negative && digits == 4 && value == 0)
        {
            return Fail(EdtfProblem.NegativeZeroYear, at, _pos - at);
        }
        if (_pos < _s.Length && _s[_pos] == 'S')
        {
            if (unspecified > 0)
            {
                return Fail(EdtfProblem.SignificantDigits, _pos, 1);
            }
            yearOnly = true;
            return TryReadSignificantDigits(value, negative, 4, at, out year, out precision);
        }
        int scale = unspecified == 0 ? 1 : unspecified == 1 ? 10 : 100;
        precision = unspecified == 0 ? DatePrecision.Year : unspecified == 1 ? DatePrecision.Decade : DatePrecision.Century;
        // -201X is the years -2010 to -2019, so the span starts at -2019.
        year = negative ? -(value * scale + scale - 1) : value * scale;
        return true;
    }

    /// <summary>
    /// Reads a letter-prefixed year after its <c>Y</c>: a sign, digits of any length, an optional exponent
    /// (<c>Y17E7</c> is 170,000,000) and optional significant digits. Years beyond ±500,000,000 are out of range.
    /// </summary>
    private bool TryReadLetterYear(int at, out int year, out DatePrecision precision)
    {
        year = 0;
        precision = DatePrecision.Year;
        _pos++;
        bool negative = _pos < _s.Length && _s[_pos] == '-';
        if (negative)
        {
            _pos++;
        }
        long value = 0;
        int digitsAt = _pos;
        bool tooLarge = false;
        while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
        {
            value = value * 10 + (_s[_pos] - '0');
            if (value > DayNumbers.MaxFarYear)
            {
                tooLarge = true;
                value = DayNumbers.MaxFarYear + 1L;
            }
            _pos++;
        }
        int digits = _pos - digitsAt;
        if (digits == 0)
        {
            return Fail(EdtfProblem.ExtendedYearTooShort, at, _pos - at + (_pos < _s.Length ? 1 : 0));
        }
        if (_pos < _s.Length && _s[_pos] == 'E')
        {
            int exponentAt = ++_pos;
            int exponent = 0;
            while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
            {
                exponent = Math.Min(exponent * 10 + (_s[_pos] - '0'), 100);
                _pos++;
            }
            if (_pos == exponentAt || exponent == 0)
            {
                return Fail(EdtfProblem.ExponentWithoutY, exponentAt - 1, _pos - exponentAt + 1);
            }
            for (int i = 0; i < exponent && !tooLarge; i++)
            {
                value *= 10;
                digits++;
                tooLarge = value > DayNumbers.MaxFarYear;
            }
        }
        if (tooLarge)
        {
            while (_pos < _s.Length && (char.IsAsciiDigit(_s[_pos]) || _s[_pos] == 'S'))
            {
                _pos++;
            }
            return FailFields(DateFieldsError.YearOutOfRange, at, _pos - at);
        }
        if (negative && value == 0)
        {
            return Fail(EdtfProblem.NegativeZeroYear, at, _pos - at);
        }
        if (_pos < _s.Length && _s[_pos] == 'S')
        {
            return TryReadSignificantDigits(value, negative, digits, at, out year, out precision);
        }
        year = (int)(negative ? -value : value);
        return true;
    }

    /// <summary>
    /// Reads <c>S</c> and a number of significant digits: <c>1950S2</c> is some year of 1900 to 1999 (a century),
    /// <c>1950S3</c> of 1950 to 1959 (a decade); a span of 1000 years or more (<c>Y171010000S3</c>: 171,000,000 to
    /// 171,999,999), or a decade or century of years beyond four digits, is read as the interval of its years. The
    /// estimate itself is not kept.
    /// </summary>
    private bool TryReadSignificantDigits(long value, bool negative, int digits, int at, out int year, out DatePrecision precision)
    {
        year = 0;
        precision = DatePrecision.Year;
        int sAt = _pos++;
        int significant = 0, count = 0;
        while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
        {
            significant = Math.Min(significant * 10 + (_s[_pos] - '0'), 100);
            count++;
            _pos++;
        }
        if (count == 0 || significant == 0)
        {
            return Fail(EdtfProblem.SignificantDigits, sAt, _pos - sAt + (count == 0 && _pos < _s.Length ? 1 : 0));
        }
        if (digits - significant > 18)
        {
            // A span of more than 10^18 years is far beyond the axis (and 10^19 would overflow a long; AFL found
            // Y0E149S8 dividing by zero).
            return FailFields(DateFieldsError.YearOutOfRange, at, _pos - at);
        }
        long span = 1;
        for (int i = significant; i < digits; i++)
        {
            span *= 10;
        }
        long low = value / span * span, high = low + span - 1;
        long first = negative ? -high : low, last = negative ? -low : high;
        if (first < DayNumbers.MinFarYear || last > DayNumbers.MaxFarYear)
        {
            return FailFields(DateFieldsError.YearOutOfRange, at, _pos - at);
        }
        year = (int)first;
        // A decade or century is kept as one where X digits name it (1950S2 is 19XX); any other span of years is
        // the interval of its years, as the writer writes it.
        bool namedByX = first >= -9999 && last <= 9999;
        precision = span switch { 1 => DatePrecision.Year, 10 when namedByX => DatePrecision.Decade, 100 when namedByX => DatePrecision.Century, _ => DatePrecision.Year };
        if (span >= 1000 || (span > 1 && !namedByX))
        {
            _wideSpan = true;
            _wideLastYear = (int)last;
        }
        return true;
    }

    /// <summary>Reads two digits (value 0–99) or <c>XX</c> (value -1).</summary>
    private bool TryReadTwoDigits(EdtfProblem problem, out int value)
    {
        value = -1;
        int at = _pos;
        if (_pos + 1 < _s.Length)
        {
            char a = _s[_pos], b = _s[_pos + 1];
            if (char.IsAsciiDigit(a) && char.IsAsciiDigit(b))
            {
                value = (a - '0') * 10 + (b - '0');
                _pos += 2;
                return true;
            }
            if (IsUnspecified(a) && IsUnspecified(b))
            {
                _pos += 2;
                return true;
            }
            if ((IsUnspecified(a) && char.IsAsciiDigit(b)) || (IsUnspecified(b) && char.IsAsciiDigit(a)))
            {
                return Fail(EdtfProblem.UnspecifiedInside, at, 2);
            }
            if (IsQualifier(a))
            {
                return Fail(EdtfProblem.ComponentQualifier, at, 1);
            }
        }
        return Fail(problem, at, Math.Min(2, _s.Length - at));
    }

    /// <summary>Reads <c>Thh:mm:ss</c> and an optional zone (<c>Z</c>, <c>±hh</c>, <c>±hh:mm</c>); the day stays the day written.</summary>
    private bool TryReadTime()
    {
        int at = _pos++;
        // 24:00:00 is the end of the day written (ISO 8601-1:2004, 4.2.3; edtf.js reads it): the day stays the day written.
        bool endOfDay = _pos + 8 <= _s.Length && _s.Slice(_pos, 8).SequenceEqual("24:00:00") && (_pos + 8 == _s.Length || _s[_pos + 8] != '.');
        if (endOfDay)
        {
            _pos += 8;
        }
        else if (!TryReadClockPart(23, ':') || !TryReadClockPart(59, ':') || !TryReadClockPart(59, '\0'))
        {
            return Fail(EdtfProblem.Time, at, _s.Length - at);
        }
        if (_pos + 1 < _s.Length && _s[_pos] == '.' && char.IsAsciiDigit(_s[_pos + 1]))
        {
            // A decimal fraction of the second (ISO 8601-1, as edtf.js reads it): checked, not kept, as the time is not.
            _pos++;
            while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
            {
                _pos++;
            }
        }
        if (_pos == _s.Length)
        {
            return true;
        }
        int zoneAt = _pos;
        char c = _s[_pos];
        if (c == 'Z')
        {
            _pos++;
            return true;
        }
        if (c is '+' or '-')
        {
            // ±hh, ±hh:mm or ±hhmm, from -12:00 to +14:00 (the offsets in use, as edtf.js checks them); -00:00 is no offset.
            _pos++;
            if (TryReadClockPart(23, '\0'))
            {
                int hours = (_s[_pos - 2] - '0') * 10 + (_s[_pos - 1] - '0'), minutes = 0;
                bool ok = true;
                if (_pos < _s.Length && (_s[_pos] == ':' || char.IsAsciiDigit(_s[_pos])))
                {
                    if (_s[_pos] == ':')
                    {
                        _pos++;
                    }
                    ok = TryReadClockPart(59, '\0');
                    minutes = ok ? (_s[_pos - 2] - '0') * 10 + (_s[_pos - 1] - '0') : 0;
                }
                int offset = hours * 60 + minutes;
                if (ok && (c == '+' ? offset <= 14 * 60 : offset is > 0 and <= 12 * 60))
                {
                    return true;
                }
            }
            return Fail(EdtfProblem.Zone, zoneAt, _s.Length - zoneAt);
        }
        // Not a zone: let the caller report what follows the time.
        return true;
    }

    private bool TryReadClockPart(int max, char separator)
    {
        if (_pos + 1 >= _s.Length || !char.IsAsciiDigit(_s[_pos]) || !char.IsAsciiDigit(_s[_pos + 1]))
        {
            return false;
        }
        int value = (_s[_pos] - '0') * 10 + (_s[_pos + 1] - '0');
        if (value > max)
        {
            return false;
        }
        _pos += 2;
        if (separator != '\0')
        {
            if (_pos == _s.Length || _s[_pos] != separator)
            {
                return false;
            }
            _pos++;
        }
        return true;
    }

    private static bool IsQualifier(char c) => c is '?' or '~' or '%';

    // An unspecified digit: X, or u as the Library of Congress EDTF draft of 2012 wrote it (199u, 19uu, 1999-uu);
    // read alike and written back as X (docs/dates.md, "EDTF 2012 u digits").
    private static bool IsUnspecified(char c) => c is 'X' or 'u';

    private bool Fail(EdtfProblem problem, int start, int length)
    {
        Problem = problem;
        ErrorStart = start;
        ErrorLength = Math.Max(0, length);
        return false;
    }

    private bool FailFields(DateFieldsError error, int start, int length)
    {
        FieldsError = error;
        return Fail(EdtfProblem.Fields, start, length);
    }

    /// <summary>The error for a failed read: 1-based column, the text found there, what was expected.</summary>
    internal readonly ParseError ToParseError()
    {
        int start = Math.Min(ErrorStart, _s.Length);
        int length = Math.Min(ErrorLength, _s.Length - start);
        string found = Problem == EdtfProblem.Empty ? Messages.EmptyText
            : length == 0 ? Messages.EndOfInput
            : Messages.Quote(_s.Slice(start, length));
        string expected = Problem == EdtfProblem.Fields ? Messages.EdtfFieldsExpected(FieldsError) : Messages.EdtfExpected(Problem);
        return new ParseError(new TextPosition(1, start + 1), found, expected);
    }
}
