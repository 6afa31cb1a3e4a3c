using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// Where and why English date text could not be read, kept as numbers and offsets so that a failed
/// <c>TryParse</c> allocates nothing; <see cref="ToParseError"/> turns it into words.
/// </summary>
internal readonly struct EnglishDateError
{
    private readonly int _foundStart;
    private readonly int _foundLength;   // -1: the end of the text
    private readonly DateExpectation _expected;
    private readonly int _a, _b, _c;

    internal EnglishDateError(int foundStart, int foundLength, DateExpectation expected, int a = 0, int b = 0, int c = 0)
    {
        _foundStart = foundStart;
        _foundLength = foundLength;
        _expected = expected;
        _a = a;
        _b = b;
        _c = c;
    }

    /// <summary>The 1-based column of the offending text.</summary>
    internal int Column => _foundStart + 1;

    internal ParseError ToParseError(ReadOnlySpan<char> text)
    {
        string found = text.IsWhiteSpace() ? Messages.EmptyText
            : _foundLength < 0 ? Messages.EndOfInput
            : Messages.Quote(text.Slice(_foundStart, _foundLength));
        return new ParseError(new TextPosition(1, Column), found, Messages.DateExpected(_expected, _a, _b, _c));
    }
}

/// <summary>The shapes a written date point can take before the other end of a range completes it.</summary>
internal enum PointForm : byte
{
    /// <summary>Day, month and year fields, some of which may still be shared from the other end.</summary>
    Calendar,

    /// <summary>A lone number: a year, or the first day of <c>2–6 September 1666</c>.</summary>
    Bare,

    /// <summary>A day and a year without a month: the end of <c>April 3–9, 2003</c>.</summary>
    DayYear,

    /// <summary><c>1920s</c>, <c>1800s</c>.</summary>
    Plural,

    /// <summary><c>19th century</c>, <c>2nd millennium BC</c>.</summary>
    Ordinal,

    /// <summary><c>Spring 1920</c>.</summary>
    Season,
}

/// <summary>One end of a date as written; token indices say where each part stands (-1: not written).</summary>
internal struct DatePoint
{
    internal PointForm Form;
    internal int Year;           // the year of its era as written; 0 with YearToken -1 when not written
    internal int YearDigits;
    internal int Month;          // 0: not written; the season code for seasons
    internal int Day;            // 0: not written
    internal int Era;            // -1 BC, +1 AD, 0 not written
    internal bool Astronomical;  // ISO 8601 years count 1 BC as 0
    internal bool DayUnknown;    // "? May 2017"
    internal int Number;         // the number of 1920s or 19th
    internal DatePrecision SpanPrecision;
    internal SpanPart Part;
    internal DateQualifiers Qualifiers;
    internal int CalendarMark;   // 1 O.S. (Julian), 2 N.S. (Gregorian)
    internal int OldStyleMonth, OldStyleDay, OldStyleYear;
    internal int Token, YearToken, DayToken, PartToken, OldStyleToken, EndToken;
}

/// <summary>
/// Reads English encyclopedic dates from tokens by recursive descent with a fixed lookahead: no backtracking,
/// no regular expressions, no allocation until an error is shown. See docs/dates.md for the forms.
/// </summary>
internal ref struct EnglishDateParser
{
    private readonly ReadOnlySpan<EnglishToken> _tokens;   // the last one is the end token
    private readonly CalendarPolicy _policy;
    private int _pos;
    private EnglishDateError _error;

    private EnglishDateParser(ReadOnlySpan<EnglishToken> tokens, CalendarPolicy policy)
    {
        _tokens = tokens;
        _policy = policy;
        _pos = 0;
        _error = default;
    }

    /// <summary>Reads <paramref name="text"/> as one date; on failure <paramref name="error"/> says where and why.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, CalendarPolicy policy, out HistoricalDate value, out EnglishDateError error)
    {
        error = default;
        return EnglishDateFastPath.TryParse(text, null, policy, out value) || TryParseFull(text, policy, out value, out error);
    }

    /// <summary>Reads every form by tokens and recursive descent; <see cref="TryParse"/> tries <see cref="EnglishDateFastPath"/> first.</summary>
    /// <remarks>Never inlined, so the common shapes do not pay for its token buffer.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool TryParseFull(ReadOnlySpan<char> text, CalendarPolicy policy, out HistoricalDate value, out EnglishDateError error)
    {
        Span<EnglishToken> buffer = stackalloc EnglishToken[EnglishDateTokenizer.MaxTokens + 1];
        int count = EnglishDateTokenizer.Tokenize(text, buffer);
        var parser = new EnglishDateParser(buffer[..(count + 1)], policy);
        bool ok = parser.ParseDate(out value);
        error = parser._error;
        return ok;
    }

    private readonly EnglishTokenKind Kind(int offset = 0) => _tokens[Math.Min(_pos + offset, _tokens.Length - 1)].Kind;

    private readonly ref readonly EnglishToken Token(int offset = 0) => ref _tokens[Math.Min(_pos + offset, _tokens.Length - 1)];

    private bool Fail(int tokenIndex, DateExpectation expected, int a = 0, int b = 0, int c = 0)
    {
        ref readonly EnglishToken t = ref _tokens[Math.Clamp(tokenIndex, 0, _tokens.Length - 1)];
        _error = t.Kind == EnglishTokenKind.TooLong
            ? new EnglishDateError(t.Start, 1, DateExpectation.ShorterText, EnglishDateTokenizer.MaxTokens)
            : new EnglishDateError(t.Start, t.Kind == EnglishTokenKind.End ? -1 : t.Length, expected, a, b, c);
        return false;
    }

    private bool ParseDate(out HistoricalDate value)
    {
        value = default;
        DatePoint start = default, end = default;
        HistoricalDateKind kind = HistoricalDateKind.Single;
        IntervalEnd startEnd = IntervalEnd.Known, endEnd = IntervalEnd.Known;
        switch (Kind())
        {
            case EnglishTokenKind.Between:
                _pos++;
                if (!ParsePoint(ref start))
                {
                    return false;
                }
                if (Kind() != EnglishTokenKind.And)
                {
                    return Fail(_pos, DateExpectation.And);
                }
                _pos++;
                if (!ParsePoint(ref end))
                {
                    return false;
                }
                kind = HistoricalDateKind.Interval;
                break;
            case EnglishTokenKind.Before or EnglishTokenKind.Until:
                startEnd = Kind() == EnglishTokenKind.Before ? IntervalEnd.Unknown : IntervalEnd.Open;
                _pos++;
                if (!ParsePoint(ref end))
                {
                    return false;
                }
                kind = HistoricalDateKind.Interval;
                break;
            case EnglishTokenKind.After:
                _pos++;
                if (!ParsePoint(ref start))
                {
                    return false;
                }
                kind = HistoricalDateKind.Interval;
                endEnd = IntervalEnd.Unknown;
                break;
            default:
                if (Kind() == EnglishTokenKind.From)
                {
                    _pos++;
                }
                if (!ParsePoint(ref start))
                {
                    return false;
                }
                switch (Kind())
                {
                    case EnglishTokenKind.Dash or EnglishTokenKind.To:
                        _pos++;
                        kind = HistoricalDateKind.Interval;
                        if (Kind() == EnglishTokenKind.Present)
                        {
                            _pos++;
                            endEnd = IntervalEnd.Open;
                        }
                        else if (!ParsePoint(ref end))
                        {
                            return false;
                        }
                        break;
                    case EnglishTokenKind.Or or EnglishTokenKind.Slash:
                        _pos++;
                        kind = HistoricalDateKind.OneOf;
                        if (!ParsePoint(ref end))
                        {
                            return false;
                        }
                        break;
                }
                break;
        }
        if (!ParseEnd(kind == HistoricalDateKind.Single || endEnd != IntervalEnd.Known ? start : end))
        {
            return false;
        }
        return kind == HistoricalDateKind.Single
            ? Build(ref start, out value)
            : Build(kind, ref start, startEnd, ref end, endEnd, out value);
    }

    // Trailing parenthesised remarks are allowed; anything else after the date is an error.
    private bool ParseEnd(in DatePoint last)
    {
        int firstRemark = _pos;
        while (Kind() == EnglishTokenKind.Remark)
        {
            _pos++;
        }
        if (Kind() == EnglishTokenKind.End)
        {
            return true;
        }
        if (_pos != firstRemark && Kind() != EnglishTokenKind.TooLong)
        {
            return Fail(firstRemark, DateExpectation.RemarkAtEnd);
        }
        if (Kind() == EnglishTokenKind.Other && Token().Value is '(' or '[')
        {
            return Fail(_pos, DateExpectation.ClosedRemark);
        }
        bool eraCouldFollow = last.Era == 0 && last.Form is PointForm.Bare or PointForm.Calendar or PointForm.Plural or PointForm.Ordinal;
        return Fail(_pos, eraCouldFollow ? DateExpectation.EraOrEndOfDate : DateExpectation.EndOfDate);
    }

    private bool ParsePoint(ref DatePoint p)
    {
        p = default;
        p.Token = _pos;
        p.YearToken = p.DayToken = p.PartToken = p.OldStyleToken = -1;
        if (Kind() == EnglishTokenKind.Qualifier)
        {
            p.Qualifiers |= DateQualifiers.Approximate;
            _pos++;
        }
        if (Kind() == EnglishTokenKind.Part)
        {
            p.Part = (SpanPart)Token().Value;
            p.PartToken = _pos++;
            if (Kind() == EnglishTokenKind.Dash && !Token().SpaceBefore)
            {
                _pos++;   // mid-1960s
            }
        }
        ref readonly EnglishToken t = ref Token();
        switch (t.Kind)
        {
            case EnglishTokenKind.Question:
                if (Kind(1) != EnglishTokenKind.Month)
                {
                    return Fail(_pos + 1, DateExpectation.MonthAfterQuestion);
                }
                p.DayUnknown = true;
                _pos++;
                goto case EnglishTokenKind.Month;
            case EnglishTokenKind.Month:
                if (!ParseMonthFirst(ref p))
                {
                    return false;
                }
                break;
            case EnglishTokenKind.Season:
                p.Form = PointForm.Season;
                p.Month = t.Value;
                _pos++;
                if (Kind() == EnglishTokenKind.Comma)
                {
                    _pos++;
                }
                if (!ParseYear(ref p, required: true))
                {
                    return false;
                }
                break;
            case EnglishTokenKind.Number:
                if (!ParseNumberFirst(ref p))
                {
                    return false;
                }
                break;
            case EnglishTokenKind.Era:
                if (!ParseYear(ref p, required: true))
                {
                    return false;
                }
                break;
            case EnglishTokenKind.Plural:
                p.Form = PointForm.Plural;
                p.Number = t.Value;
                p.YearToken = _pos++;
                ParseEra(ref p);
                break;
            case EnglishTokenKind.Ordinal:
                p.Form = PointForm.Ordinal;
                p.Number = t.Value;
                p.YearToken = _pos++;
                if (Kind() == EnglishTokenKind.Dash && !Token().SpaceBefore)
                {
                    _pos++;   // 19th-century
                }
                if (Kind() is not (EnglishTokenKind.Century or EnglishTokenKind.Millennium))
                {
                    return Fail(_pos, DateExpectation.CenturyOrMillennium);
                }
                p.SpanPrecision = Kind() == EnglishTokenKind.Century ? DatePrecision.Century : DatePrecision.Millennium;
                _pos++;
                ParseEra(ref p);
                break;
            case EnglishTokenKind.BadOrdinal:
                return Fail(_pos, DateExpectation.Ordinal);
            default:
                return Fail(_pos, DateExpectation.Date);
        }
        if (Kind() == EnglishTokenKind.Question && !Token().SpaceBefore)
        {
            p.Qualifiers |= DateQualifiers.Uncertain;
            _pos++;
        }
        if (Kind() == EnglishTokenKind.CalendarMark)
        {
            p.CalendarMark = Token().Value;
            _pos++;
        }
        p.EndToken = _pos;
        return true;
    }

    // April 28, 1920 · April 1920 · April 16 (a range start) · July, 2006 · November 7 [O.S. October 25], 1917
    private bool ParseMonthFirst(ref DatePoint p)
    {
        p.Month = Token().Value;
        _pos++;
        if (!p.DayUnknown && Kind() == EnglishTokenKind.Number && Token().Digits <= 2 && Kind(1) != EnglishTokenKind.Era)
        {
            p.Day = Token().Value;
            p.DayToken = _pos++;
            if (!ParseOldStyle(ref p))
            {
                return false;
            }
        }
        if (Kind() == EnglishTokenKind.Comma && Kind(1) is EnglishTokenKind.Number or EnglishTokenKind.Era)
        {
            _pos++;
        }
        return ParseYear(ref p, required: false) && ParseOldStyle(ref p);
    }

    // 28 April 1920 · 1991 · 44 BC · 1066-12-25 · 9, 2003 (a range end)
    private bool ParseNumberFirst(ref DatePoint p)
    {
        ref readonly EnglishToken t = ref Token();
        if (Kind(1) == EnglishTokenKind.Month)
        {
            if (t.Digits > 2 || t.Value == 0)
            {
                return Fail(_pos, DateExpectation.DayOfMonth);
            }
            p.Day = t.Value;
            p.DayToken = _pos;
            p.Month = Token(1).Value;
            _pos += 2;
            if (!ParseOldStyle(ref p))
            {
                return false;
            }
            if (Kind() == EnglishTokenKind.Comma && Kind(1) is EnglishTokenKind.Number or EnglishTokenKind.Era)
            {
                _pos++;
            }
            return ParseYear(ref p, required: false) && ParseOldStyle(ref p);
        }
        if (IsIsoDate())
        {
            p.Year = t.Value;
            p.YearDigits = t.Digits;
            p.YearToken = _pos;
            p.Astronomical = true;
            p.Month = Token(2).Value;
            if (p.Month is < 1 or > 12)
            {
                return Fail(_pos + 2, DateExpectation.Month);
            }
            if (Kind(3) == EnglishTokenKind.Dash && !Token(3).SpaceBefore && Token(3).Value == '-' && Kind(4) == EnglishTokenKind.Number)
            {
                p.Day = Token(4).Value;
                p.DayToken = _pos + 4;
                _pos += 5;
            }
            else
            {
                _pos += 3;
            }
            return true;
        }
        if (Kind(1) == EnglishTokenKind.Comma && Kind(2) is EnglishTokenKind.Number or EnglishTokenKind.Era)
        {
            p.Form = PointForm.DayYear;
            p.Day = t.Value;
            p.DayToken = _pos;
            _pos += 2;
            return ParseYear(ref p, required: true);
        }
        p.Form = PointForm.Bare;
        p.Year = t.Value;
        p.YearDigits = t.Digits;
        p.YearToken = _pos++;
        if (ParseEra(ref p))
        {
            p.Form = PointForm.Calendar;
        }
        return true;
    }

    // YYYY-MM-DD, or YYYY-MM with a month 01-12 (1914-18 and 1910–11 stay ranges), with ASCII hyphens and no spaces.
    private readonly bool IsIsoDate()
    {
        if (Token().Digits != 4 || Kind(1) != EnglishTokenKind.Dash || Token(1).SpaceBefore || Token(1).Value != '-' ||
            Kind(2) != EnglishTokenKind.Number || Token(2).Digits != 2 || Token(2).SpaceBefore)
        {
            return false;
        }
        bool withDay = Kind(3) == EnglishTokenKind.Dash && !Token(3).SpaceBefore && Token(3).Value == '-' &&
                       Kind(4) == EnglishTokenKind.Number && Token(4).Digits == 2 && !Token(4).SpaceBefore;
        return withDay || Token(2).Value is >= 1 and <= 12;
    }

    private bool ParseEra(ref DatePoint p)
    {
        if (Kind() != EnglishTokenKind.Era)
        {
            return false;
        }
        p.Era = Token().Value;
        _pos++;
        return true;
    }

    // 1920 · 44 BC · 115AD · AD 79
    private bool ParseYear(ref DatePoint p, bool required)
    {
        if (Kind() == EnglishTokenKind.Number)
        {
            p.Year = Token().Value;
            p.YearDigits = Token().Digits;
            p.YearToken = _pos++;
            ParseEra(ref p);
            return true;
        }
        if (Kind() == EnglishTokenKind.Era && Kind(1) == EnglishTokenKind.Number)
        {
            ParseEra(ref p);
            p.Year = Token().Value;
            p.YearDigits = Token().Digits;
            p.YearToken = _pos++;
            return true;
        }
        return !required || Fail(_pos, DateExpectation.Year);
    }

    // [O.S. October 25] or [O.S. 25 October], optionally with a year, after the day or the year.
    private bool ParseOldStyle(ref DatePoint p)
    {
        if (Kind() != EnglishTokenKind.OpenBracket || p.OldStyleToken >= 0)
        {
            return true;
        }
        _pos++;
        if (Kind() != EnglishTokenKind.CalendarMark || Token().Value != 1)
        {
            return Fail(_pos, DateExpectation.OldStyleMark);
        }
        _pos++;
        p.OldStyleToken = _pos;
        if (Kind() == EnglishTokenKind.Month && Kind(1) == EnglishTokenKind.Number)
        {
            p.OldStyleMonth = Token().Value;
            p.OldStyleDay = Token(1).Value;
        }
        else if (Kind() == EnglishTokenKind.Number && Kind(1) == EnglishTokenKind.Month)
        {
            p.OldStyleDay = Token().Value;
            p.OldStyleMonth = Token(1).Value;
        }
        else
        {
            return Fail(_pos, DateExpectation.Month);
        }
        _pos += 2;
        if (Kind() == EnglishTokenKind.Comma && Kind(1) == EnglishTokenKind.Number)
        {
            _pos++;
        }
        if (Kind() == EnglishTokenKind.Number)
        {
            p.OldStyleYear = Token().Value;
            _pos++;
        }
        if (Kind() != EnglishTokenKind.CloseBracket)
        {
            return Fail(_pos, DateExpectation.CloseBracket);
        }
        _pos++;
        return true;
    }

    // ---- From written points to dates -----------------------------------------------------------------

    private bool Build(ref DatePoint point, out HistoricalDate value)
    {
        value = default;
        if (!ToFields(ref point, out DateFields fields))
        {
            return false;
        }
        DateFieldsError error = HistoricalDate.TryCreate(fields, null, out value);
        return error == DateFieldsError.None || FailFields(error, point);
    }

    private bool Build(HistoricalDateKind kind, ref DatePoint start, IntervalEnd startEnd, ref DatePoint end, IntervalEnd endEnd, out HistoricalDate value)
    {
        value = default;
        if (startEnd == IntervalEnd.Known && endEnd == IntervalEnd.Known && !Share(kind, ref start, ref end))
        {
            return false;
        }
        DateFields startFields = default, endFields = default;
        if (startEnd == IntervalEnd.Known && !ToFields(ref start, out startFields))
        {
            return false;
        }
        if (endEnd == IntervalEnd.Known && !ToFields(ref end, out endFields))
        {
            return false;
        }
        // "before 1200" ends with 1199 and "after 1066" starts with 1067: the date named is not part of the interval.
        DateFieldsError error;
        DateFields first = startFields, last = endFields;
        if (startEnd == IntervalEnd.Unknown && (error = endFields.TryGetNext(-1, PolicyOf(end), out last)) != DateFieldsError.None)
        {
            return FailFields(error, end);
        }
        if (endEnd == IntervalEnd.Unknown && (error = startFields.TryGetNext(1, PolicyOf(start), out first)) != DateFieldsError.None)
        {
            return FailFields(error, start);
        }
        error = HistoricalDate.TryCreate(kind, first, startEnd, last, endEnd, null, out value);
        return error == DateFieldsError.None || FailFields(error, error == DateFieldsError.EndBeforeStart || startEnd != IntervalEnd.Known ? end : start);
    }

    private bool FailFields(DateFieldsError error, in DatePoint at) => error switch
    {
        DateFieldsError.EndBeforeStart => Fail(at.Token, DateExpectation.EndNotBeforeStart),
        DateFieldsError.PartNotAllowed => Fail(at.PartToken, DateExpectation.PartOfYearOrSpan),
        _ => Fail(at.YearToken >= 0 ? at.YearToken : at.Token, DateExpectation.YearInRange),
    };

    /// <summary>
    /// Completes the start of a range from its end: <c>2–6 September 1666</c> (month and year),
    /// <c>April 16 – May 2, 1945</c> (year), <c>305–304 BC</c> (era), <c>1914–18</c> (abbreviated end year),
    /// the end of <c>April 3–9, 2003</c> from its start (month), and the second year of <c>11 February 1731/32</c>.
    /// </summary>
    private bool Share(HistoricalDateKind kind, ref DatePoint start, ref DatePoint end)
    {
        // "6038 BC or 4 BC": a start with its own era is a year in full, so the end is one too (never 6034 BC).
        bool startEraWritten = start.Era != 0;
        // 11 February 1731/32, January 1731/2: one day or month in either of two years (dual year numbering, from
        // years that began on 25 March). The second year takes the first's month and day, and its leading digits;
        // written in full it must be the next year (11 February 1731/1732), else it is a year of its own.
        bool sameDayOtherYear = kind == HistoricalDateKind.OneOf && end.Form == PointForm.Bare && end.Era == 0 &&
            end.Qualifiers == DateQualifiers.None && start.Form == PointForm.Calendar && start.Era == 0 && !start.Astronomical &&
            start.Month != 0 && start.YearToken >= 0 && !start.DayUnknown &&
            (end.YearDigits < start.YearDigits || end.Year == start.Year + 1);
        if (sameDayOtherYear)
        {
            end.Month = start.Month;
            end.Day = start.Day;
            end.DayToken = start.DayToken;
        }
        if (end.Form == PointForm.DayYear)
        {
            if (start.Month == 0 || start.Form != PointForm.Calendar || start.DayUnknown)
            {
                return Fail(end.Token, DateExpectation.Month);
            }
            end.Month = start.Month;
            end.Form = PointForm.Calendar;
        }
        if (start.Form == PointForm.Bare && end.Form == PointForm.Calendar && end.Day != 0 && start.YearDigits <= 2)
        {
            start.Day = start.Year;
            start.DayToken = start.YearToken;
            start.Year = 0;
            start.YearToken = -1;
        }
        if (start.Form == PointForm.Bare)
        {
            start.Form = PointForm.Calendar;
        }
        if (end.Form == PointForm.Bare)
        {
            end.Form = PointForm.Calendar;
        }
        if (start.Form is PointForm.Calendar or PointForm.Season && start.YearToken < 0)
        {
            if (start.Day != 0 && start.Month == 0)
            {
                start.Month = end.Month;
            }
            if (end.YearToken >= 0 && end.Form is PointForm.Calendar or PointForm.Season)
            {
                start.Year = end.Year;
                start.YearDigits = end.YearDigits;
                start.YearToken = end.YearToken;
                start.Era = end.Era;
                start.Astronomical = end.Astronomical;
            }
            if (start.CalendarMark == 0)
            {
                start.CalendarMark = end.CalendarMark;
            }
        }
        else if (start.Era == 0 && end.Era != 0 && !start.Astronomical)
        {
            start.Era = end.Era;
        }
        if (start.Form == PointForm.Calendar && end.Form == PointForm.Calendar && (sameDayOtherYear || start.Month == 0 && end.Month == 0) &&
            end.YearDigits < start.YearDigits && start.Era == end.Era && !start.Astronomical && !(startEraWritten && end.Era != 0))
        {
            // 1914–18 and 305–4 BC: the end borrows the start's leading digits. BC years count down, so there the
            // borrowed end must be the smaller number.
            int unit = end.YearDigits switch { 1 => 10, 2 => 100, _ => 1000 };
            int year = start.Year - start.Year % unit + end.Year;
            if (start.Era < 0 ? year < start.Year : year > start.Year)
            {
                end.Year = year;
                end.YearDigits = start.YearDigits;
            }
            else if (sameDayOtherYear)
            {
                // 11 February 1731/30 names no year after 1731: an error, never the same day in AD 30.
                return Fail(end.YearToken, DateExpectation.LaterOtherYear);
            }
        }
        return true;
    }

    private bool ToFields(ref DatePoint p, out DateFields fields)
    {
        fields = default;
        switch (p.Form)
        {
            case PointForm.DayYear:
                return Fail(p.Token, DateExpectation.Month);
            case PointForm.Plural:
            case PointForm.Ordinal:
                return SpanFields(ref p, out fields);
        }
        if (p.YearToken < 0)
        {
            return Fail(p.EndToken, DateExpectation.Year);
        }
        if (p.DayToken >= 0 && p.Day == 0)
        {
            return Fail(p.DayToken, DateExpectation.DayOfMonth);
        }
        if (p.Day != 0 && p.Month == 0)
        {
            return Fail(p.EndToken, DateExpectation.Month);
        }
        if (!AstronomicalYear(p, p.Year, out int year))
        {
            return false;
        }
        DatePrecision precision = p.Form == PointForm.Season ? DatePrecision.Season
            : p.Day != 0 ? DatePrecision.Day
            : p.Month != 0 ? DatePrecision.Month
            : DatePrecision.Year;
        if (p.Part != SpanPart.Whole && precision != DatePrecision.Year)
        {
            return Fail(p.PartToken, DateExpectation.PartOfYearOrSpan);
        }
        HistoricalCalendar calendar = CalendarOf(p, year, DateFields.FirstMonth(precision, p.Month), Math.Max(p.Day, 1));
        DateFieldFlags flags = DateFieldFlags.None;
        if (precision == DatePrecision.Day)
        {
            int last = DayNumbers.DaysInMonth(calendar == HistoricalCalendar.Julian, year, p.Month);
            if (p.Day > last)
            {
                return Fail(p.DayToken, DateExpectation.DayInMonth, last, p.Month, year);
            }
            if (p.OldStyleToken >= 0)
            {
                // The written date is the New Style one; the bracket must name the same day in the Julian calendar.
                calendar = HistoricalCalendar.Gregorian;
                DayNumbers.ToJulian(DayNumbers.FromGregorian(year, p.Month, p.Day), out int jy, out int jm, out int jd);
                if (jm != p.OldStyleMonth || jd != p.OldStyleDay || p.OldStyleYear != 0 && p.OldStyleYear != jy)
                {
                    return Fail(p.OldStyleToken, DateExpectation.OldStyleSameDay, jd, jm);
                }
                flags = DateFieldFlags.DualDated;
            }
        }
        fields = Marked(p, new DateFields(year, p.Month, p.Day, precision, calendar, p.Qualifiers, p.Part, flags));
        return true;
    }

    // 1920s, 1800s (from the year written), 19th century (1801-1900), 5th century BC (500-401 BC).
    private bool SpanFields(ref DatePoint p, out DateFields fields)
    {
        fields = default;
        DatePrecision precision;
        long first;
        if (p.Form == PointForm.Plural)
        {
            int span = p.Number % 100 == 0 ? 100 : p.Number % 10 == 0 ? 10 : 0;
            if (span == 0 || p.Number == 0)
            {
                return Fail(p.YearToken, DateExpectation.DecadeOrCentury);
            }
            precision = span == 100 ? DatePrecision.Century : DatePrecision.Decade;
            first = p.Era < 0 ? 1 - (p.Number + span - 1L) : p.Number;
        }
        else
        {
            if (p.Number == 0)
            {
                return Fail(p.YearToken, DateExpectation.Ordinal);
            }
            precision = p.SpanPrecision;
            long unit = precision == DatePrecision.Century ? 100 : 1000;
            first = p.Era < 0 ? 1 - p.Number * unit : (p.Number - 1) * unit + 1;
        }
        if (first < DayNumbers.MinYear || first > DayNumbers.MaxYear)
        {
            return Fail(p.YearToken, DateExpectation.YearInRange);
        }
        int year = (int)first;
        fields = Marked(p, new DateFields(year, 1, 1, precision, CalendarOf(p, year, 1, 1), p.Qualifiers, p.Part));
        return true;
    }

    private bool AstronomicalYear(in DatePoint p, int written, out int year)
    {
        year = p.Astronomical ? written : p.Era < 0 ? 1 - written : written;
        if (written == 0 && !p.Astronomical)
        {
            return Fail(p.YearToken, DateExpectation.YearNotZero);
        }
        return year is >= DayNumbers.MinYear and <= DayNumbers.MaxYear || Fail(p.YearToken, DateExpectation.YearInRange);
    }

    // A span without O.S. or N.S. ends in the calendar the policy gives its last day (1582 ends on Gregorian 31 December).
    private readonly DateFields Marked(in DatePoint p, in DateFields fields) =>
        PolicyOf(p) is { } policy ? fields.WithGregorianEndUnder(policy) : fields;

    // The policy for a point written without O.S. or N.S.; none for a marked one, whose calendar stays.
    private readonly CalendarPolicy? PolicyOf(in DatePoint p) => p.CalendarMark == 0 ? _policy : null;

    private readonly HistoricalCalendar CalendarOf(in DatePoint p, int year, int month, int day) => p.CalendarMark switch
    {
        1 => HistoricalCalendar.Julian,
        2 => HistoricalCalendar.Gregorian,
        _ => _policy.CalendarFor(year, month, day),
    };
}
