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

    /// <summary>
    /// This error, made for a piece of <paramref name="pieceLength"/> characters, for the whole text the piece starts
    /// <paramref name="offset"/> characters into: the end of a piece that the text goes on after is the character after it.
    /// </summary>
    internal EnglishDateError Shifted(int offset, int pieceLength, int textLength) =>
        _foundLength < 0 && offset + pieceLength < textLength
            ? new(offset + pieceLength, 1, _expected, _a, _b, _c)
            : new(_foundStart + offset, _foundLength, _expected, _a, _b, _c);

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
    internal bool DualYear;      // 11 February 1731/32: Julian, in the later year, dual dated
    internal bool UnitDeferred;  // 7th–8th century: the start's unit comes from the end
    internal int Feast;          // index + 1 into EnglishDateWords.Feasts of a movable feast (Easter), else 0
    internal int FractionIndex, FractionParts;   // second quarter of the 9th century: 2 of 4
    internal int Expand;         // a point read as days or years: 1 its first, 2 its last (early June 1944, first half of …)
    internal int OldStyleMonth, OldStyleDay, OldStyleYear;
    internal long AgoYears;      // 66 Ma: the years before 1950 written (66,000,000); 0 for every other form
    internal long AgoUnit;       // the years the last significant digit stands for (1,000,000 for 66 Ma)
    internal bool YearFirst;     // 1776 July 4: an end without a year of its own takes this one (1776 July 4-10)
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
    private readonly NumericDateOrder _numericOrder;   // 7/4/1776: refused unless the caller names an order
    private readonly bool _pairs;                      // a list member: "and" and "&" join two dates (ParseSet)
    private bool _readingEnd;                          // the point after a range or pair separator
    private int _pos;
    private int _beforePresent = -1;   // the token of a BP read, which only a year standing alone may have
    private bool _pairJoined;          // ParseDate read two dates joined by "and" or "&" (only with _pairs)
    private EnglishDateError _error;

    private EnglishDateParser(ReadOnlySpan<EnglishToken> tokens, CalendarPolicy policy, NumericDateOrder numericOrder = NumericDateOrder.None, bool pairs = false)
    {
        _tokens = tokens;
        _policy = policy;
        _numericOrder = numericOrder;
        _pairs = pairs;
        _readingEnd = false;
        _pos = 0;
        _beforePresent = -1;
        _error = default;
    }

    /// <summary>Reads <paramref name="text"/> as one date; on failure <paramref name="error"/> says where and why.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, CalendarPolicy policy, out HistoricalDate value, out EnglishDateError error)
    {
        error = default;
        return EnglishDateFastPath.TryParse(text, null, policy, out value) || TryParseFull(text, policy, out value, out error);
    }

    /// <summary>As <see cref="TryParseFull(ReadOnlySpan{char}, CalendarPolicy, out HistoricalDate, out EnglishDateError)"/>, reading numeric dates (7/4/1776) in <paramref name="numericOrder"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool TryParseFull(ReadOnlySpan<char> text, CalendarPolicy policy, NumericDateOrder numericOrder, out HistoricalDate value, out EnglishDateError error)
    {
        Span<EnglishToken> buffer = stackalloc EnglishToken[EnglishDateTokenizer.MaxTokens + 1];
        int count = EnglishDateTokenizer.Tokenize(text, buffer);
        var parser = new EnglishDateParser(buffer[..(count + 1)], policy, numericOrder);
        bool ok = parser.ParseDate(out value);
        error = parser._error;
        return ok;
    }

    /// <summary>
    /// Reads <paramref name="text"/> as a list of dates that all hold (<c>1776, 1789, 1812</c>, <c>July 4 and 5, 1776</c>,
    /// <c>4 &amp; 5 July 1776</c>, <c>July 1776 - August 1789, 1812 - 1820, 1900</c>) into <paramref name="members"/>;
    /// text that is one date gives one member. See docs/dates.md, "Lists".
    /// </summary>
    /// <remarks>
    /// Commas separate members only where the text between them cannot be read otherwise: from each member's start
    /// the longest run of comma-separated pieces that reads as one date is taken (<c>July 4, 1776</c> is one date, as
    /// <c>July 4</c> alone is not), and a member that is a number of one or two digits (<c>4, 5 July 1776</c>: a
    /// day or the year AD 4?) is an error. Inside a member, <c>and</c> or <c>&amp;</c> joins two dates that share
    /// what the second writes, as a range's ends do.
    /// </remarks>
    internal static bool TryParseList(ReadOnlySpan<char> text, CalendarPolicy policy, NumericDateOrder numericOrder, List<HistoricalDate> members, out EnglishDateError error)
    {
        Span<EnglishToken> tokens = stackalloc EnglishToken[EnglishDateTokenizer.MaxTokens + 1];
        int count = EnglishDateTokenizer.Tokenize(text, tokens);
        Span<int> pieceStart = stackalloc int[EnglishDateTokenizer.MaxTokens + 2];   // character offsets
        Span<int> pieceEnd = stackalloc int[EnglishDateTokenizer.MaxTokens + 2];
        int pieces = 0;
        pieceStart[0] = 0;
        for (int i = 0; i < count; i++)
        {
            if (tokens[i].Kind == EnglishTokenKind.Comma)
            {
                pieceEnd[pieces++] = tokens[i].Start;
                pieceStart[pieces] = tokens[i].Start + 1;
            }
        }
        pieceEnd[pieces++] = text.Length;
        int piece = 0, previousBare = 0;   // the digits of the member before when it is a number alone
        int openStarts = 0, openEnds = 0;  // members open at the start, at the end: a set holds one of each at most
        while (piece < pieces)
        {
            error = default;
            bool read = false;
            for (int last = pieces - 1; last >= piece && !read; last--)
            {
                ReadOnlySpan<char> member = text[pieceStart[piece]..pieceEnd[last]];
                if (TryParseMember(member, policy, numericOrder, listed: pieces > 1, previousBare, out HistoricalDate first, out HistoricalDate? second, out int bare, out EnglishDateError memberError))
                {
                    previousBare = bare;
                    if (OpensAgain(first, ref openStarts, ref openEnds) || second is HistoricalDate again && OpensAgain(again, ref openStarts, ref openEnds))
                    {
                        // 1776 -, 1789 -: two members open at the end make no set EDTF can write; the second is the error.
                        int leading = member.Length - member.TrimStart().Length;
                        error = new EnglishDateError(pieceStart[piece] + leading, member.Trim().Length, DateExpectation.ListOpenMember);
                        return false;
                    }
                    members.Add(first);
                    if (second is HistoricalDate other)
                    {
                        members.Add(other);
                    }
                    piece = last + 1;
                    read = true;
                }
                else if (last == piece)
                {
                    // The piece alone does not read either: its own error, at its column in the whole text.
                    error = memberError.Shifted(pieceStart[piece], member.Length, text.Length);
                    return false;
                }
            }
        }
        error = default;
        return true;
    }

    // Counts the member's open ends; true when it is the second member open at the start, or at the end.
    private static bool OpensAgain(HistoricalDate member, ref int openStarts, ref int openEnds)
    {
        openStarts += member.StartEnd == IntervalEnd.Open ? 1 : 0;
        openEnds += member.EndEnd == IntervalEnd.Open ? 1 : 0;
        return openStarts > 1 || openEnds > 1;
    }

    // One member of a list: a date, or two joined by "and" or "&" (sharing fields as a range's ends do).
    private static bool TryParseMember(ReadOnlySpan<char> text, CalendarPolicy policy, NumericDateOrder numericOrder, bool listed,
        int previousBare, out HistoricalDate first, out HistoricalDate? second, out int bare, out EnglishDateError error)
    {
        second = null;
        Span<EnglishToken> buffer = stackalloc EnglishToken[EnglishDateTokenizer.MaxTokens + 1];
        int count = EnglishDateTokenizer.Tokenize(text, buffer);
        var parser = new EnglishDateParser(buffer[..(count + 1)], policy, numericOrder, pairs: true);
        bare = count == 1 && buffer[0].Kind == EnglishTokenKind.Number ? buffer[0].Digits : 0;
        if (listed && (bare is >= 1 and <= 2 || bare == 3 && previousBare > 3))
        {
            // 4, 5 July 1776: a day or the year AD 4? 1776, 178: AD 178, or 1778 with a digit left out? Write the
            // list with its months (4 July, 5 July 1776) or its years in full.
            parser.Fail(0, DateExpectation.ListShortNumber);
            first = default;
            error = parser._error;
            return false;
        }
        bool ok = parser.ParseDate(out HistoricalDate value);
        error = parser._error;
        first = value;
        if (ok && parser._pairJoined)
        {
            first = value.Start;
            second = value.End;
        }
        else if (ok && (value.Kind == HistoricalDateKind.OneOf || value.StartEnd == IntervalEnd.Unknown || value.EndEnd == IntervalEnd.Unknown) && listed)
        {
            // A set holds single dates and ranges; one of two dates, or a date with an unknown end, is not a member.
            parser.Fail(0, DateExpectation.ListMember);
            error = parser._error;
            return false;
        }
        return ok;
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
        int separator = -1;
        bool inclusive = false;   // "by 1200", "not before 1200": the date named is part of the interval
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
            case EnglishTokenKind.Bound:
                BoundKind bound = (BoundKind)Token().Value;
                _pos++;
                if (bound is BoundKind.Before or BoundKind.After && Kind() == EnglishTokenKind.Dash && !Token().SpaceBefore)
                {
                    _pos++;   // pre-1600, post-1945
                }
                kind = HistoricalDateKind.Interval;
                inclusive = bound is BoundKind.NoLaterThan or BoundKind.NotBefore;
                if (bound is BoundKind.Before or BoundKind.NoLaterThan or BoundKind.Until)
                {
                    startEnd = bound == BoundKind.Until ? IntervalEnd.Open : IntervalEnd.Unknown;
                    if (!ParsePoint(ref end))
                    {
                        return false;
                    }
                }
                else
                {
                    endEnd = bound == BoundKind.Since ? IntervalEnd.Open : IntervalEnd.Unknown;
                    if (!ParsePoint(ref start))
                    {
                        return false;
                    }
                }
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
                if (Kind() == EnglishTokenKind.Or && Kind(1) == EnglishTokenKind.LaterEarlier)
                {
                    // 1600 or later, 1600 or earlier: the date named and an unknown time after or before it
                    kind = HistoricalDateKind.Interval;
                    inclusive = true;
                    if (Token(1).Value > 0)
                    {
                        endEnd = IntervalEnd.Unknown;
                    }
                    else
                    {
                        end = start;
                        start = default;
                        startEnd = IntervalEnd.Unknown;
                    }
                    _pos += 2;
                    break;
                }
                switch (Kind())
                {
                    case EnglishTokenKind.Until or EnglishTokenKind.Bound when Kind() == EnglishTokenKind.Until || Token().Value == (int)BoundKind.Until:
                    case EnglishTokenKind.Dash or EnglishTokenKind.To:
                        separator = _pos++;
                        kind = HistoricalDateKind.Interval;
                        _readingEnd = true;
                        if (Kind() == EnglishTokenKind.Present)
                        {
                            _pos++;
                            endEnd = IntervalEnd.Open;
                        }
                        else if (_tokens[separator].Kind == EnglishTokenKind.Dash && Kind() == EnglishTokenKind.End)
                        {
                            // 1776 - , 1776–: the start and nothing after the dash, as catalogues write a person still
                            // living (LCRI 22.17, "1900- ") and a publication still coming out: ongoing, an open end.
                            // A number of fewer than four digits is refused: 176- is a decade in cataloguing (MARC 008
                            // codes [198-] as 198u), AD 176 onwards in running text.
                            if (start.Form == PointForm.Bare && start.YearDigits < 4 && start.Era == 0)
                            {
                                return Fail(start.YearToken, DateExpectation.ShortYearOpenDash);
                            }
                            endEnd = IntervalEnd.Open;
                        }
                        else if (!ParsePoint(ref end))
                        {
                            return false;
                        }
                        break;
                    case EnglishTokenKind.Or or EnglishTokenKind.Slash:
                        // May 4 or 5 1776 is one of two days; May 4/5 1776 may be a night across both: an error.
                        _readingEnd = Kind() == EnglishTokenKind.Or;
                        separator = _pos++;
                        kind = HistoricalDateKind.OneOf;
                        if (!ParsePoint(ref end))
                        {
                            return false;
                        }
                        break;
                    case EnglishTokenKind.And when _pairs:
                    case EnglishTokenKind.Other when _pairs && Token().Value == '&':
                        // A list member: July 4 and 5, 1776; 4 & 5 July 1776; July and August 1776. Read as the two
                        // dates of an alternative (the ends share fields alike) and given back as two members.
                        separator = _pos++;
                        kind = HistoricalDateKind.OneOf;
                        _pairJoined = true;
                        _readingEnd = true;
                        if (!ParsePoint(ref end))
                        {
                            return false;
                        }
                        break;
                }
                break;
        }
        if (!ParseEnd(ref (kind == HistoricalDateKind.Single || endEnd != IntervalEnd.Known ? ref start : ref end)))
        {
            return false;
        }
        if (separator >= 0 && endEnd == IntervalEnd.Known && !Resolve(ref kind, ref start, ref end, separator))
        {
            return false;
        }
        if (kind == HistoricalDateKind.Single && start.AgoYears != 0)
        {
            return BuildAgo(ref start, out value);
        }
        if (!Expand(ref kind, ref start, startEnd, ref end, endEnd, inclusive))
        {
            return false;
        }
        if (kind == HistoricalDateKind.Single)
        {
            _pairJoined = false;   // 11 February 1731/32 joined into one day
            return Build(ref start, out value);
        }
        bool shortEnd = _pairJoined && end.Form == PointForm.Bare && end.YearDigits <= 2 && end.Era == 0;
        if (_pairJoined && end.Form == PointForm.Bare && end.Era == 0 && end.YearDigits == 3 && start.Form == PointForm.Bare &&
            start.Era == 0 && start.YearDigits > 3)
        {
            // 1776 and 800: AD 800, or 1800 with the leading digit left out? Ranges borrow it (1914–18); a list
            // member of three digits after a longer year is an error.
            return Fail(end.Token, DateExpectation.ListShortNumber);
        }
        if (!Build(kind, ref start, startEnd, ref end, endEnd, inclusive, out value))
        {
            return false;
        }
        // 1776 and 4: the year AD 4, or a day? Only an end that borrows the start's digits (1776 and 77) or is a day
        // of the start's month (July 4 and 5, 1776) may be that short in a list.
        return !(shortEnd && end.Day == 0 && end.YearDigits <= 2) || Fail(end.Token, DateExpectation.ListShortNumber);
    }

    // Trailing parenthesised remarks are read as the marks they name, (3 days) is ignored, any other is an error;
    // anything else after the date is an error.
    private bool ParseEnd(ref DatePoint last)
    {
        int firstRemark = _pos;
        while (Kind() == EnglishTokenKind.Remark)
        {
            switch ((RemarkKind)Token().Value)
            {
                case RemarkKind.Unknown:
                    return Fail(_pos, DateExpectation.KnownRemark);
                case RemarkKind.Approximate:
                    last.Qualifiers |= DateQualifiers.Approximate;
                    break;
                case RemarkKind.Uncertain:
                    last.Qualifiers |= DateQualifiers.Uncertain;
                    break;
                case RemarkKind.OldStyle or RemarkKind.NewStyle:
                    int mark = Token().Value == (int)RemarkKind.OldStyle ? 1 : 2;
                    if (last.CalendarMark != 0 && last.CalendarMark != mark)
                    {
                        return Fail(_pos, DateExpectation.ContradictoryMark);
                    }
                    last.CalendarMark = mark;
                    break;
            }
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
        if (!_pairs && (Kind() == EnglishTokenKind.And && Kind(1) != EnglishTokenKind.Slash || Kind() == EnglishTokenKind.Other && Token().Value == '&' ||
            Kind() == EnglishTokenKind.Comma && Kind(1) is EnglishTokenKind.Number or EnglishTokenKind.Month or EnglishTokenKind.Plural))
        {
            return Fail(_pos, DateExpectation.ListNotOneDate);   // 1776, 1789 or July 4 and 5, 1776: EnglishDatePattern.ParseSet
        }
        bool eraCouldFollow = last.Era == 0 && last.AgoYears == 0 && last.Form is PointForm.Bare or PointForm.Calendar or PointForm.Plural or PointForm.Ordinal;
        return Fail(_pos, eraCouldFollow ? DateExpectation.EraOrEndOfDate : DateExpectation.EndOfDate);
    }

    private bool ParsePoint(ref DatePoint p)
    {
        p = default;
        p.Token = _pos;
        p.YearToken = p.DayToken = p.PartToken = p.OldStyleToken = -1;
        for (int words = 0; words < 3 && Kind() is EnglishTokenKind.Qualifier or EnglishTokenKind.QualifierWord or EnglishTokenKind.The; words++)
        {
            // c., circa, about, probably, fl., the: "probably c. 1200", "about the 1990s"
            p.Qualifiers |= Kind() switch
            {
                EnglishTokenKind.Qualifier => DateQualifiers.Approximate,
                EnglishTokenKind.QualifierWord => (DateQualifiers)Token().Value,
                _ => DateQualifiers.None,
            };
            _pos++;
            if (Kind() == EnglishTokenKind.Other && Token().Value == ':')
            {
                _pos++;   // uncertain: 1862
            }
        }
        if (Kind() is EnglishTokenKind.Ordinal or EnglishTokenKind.OrdinalWord && Kind(1) == EnglishTokenKind.Fraction)
        {
            return ParseFraction(ref p);
        }
        if (Kind() == EnglishTokenKind.Part)
        {
            p.Part = (SpanPart)Token().Value;
            p.PartToken = _pos++;
            if (Kind() == EnglishTokenKind.Dash && !Token().SpaceBefore)
            {
                _pos++;   // mid-1960s
            }
            if (Kind() == EnglishTokenKind.The)
            {
                _pos++;   // late the 1990s is not English, but "early in the 1990s" is: "in" is not read, so only "the"
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
                if (Kind(2) == EnglishTokenKind.Number && Token(2).Digits <= 2 && Kind(3) != EnglishTokenKind.Era ||
                    Kind(2) is EnglishTokenKind.Ordinal or EnglishTokenKind.OrdinalWord && Token(2).Value <= 31)
                {
                    // ?July 4 1776: a day is written, so the mark is not an unknown day (? May 2017) but doubt about
                    // the date, as ISO 8601-2 (EDTF level 2) writes '?' before what it qualifies (?2004-06).
                    p.Qualifiers |= DateQualifiers.Uncertain;
                }
                else
                {
                    p.DayUnknown = true;
                }
                _pos++;
                goto case EnglishTokenKind.Month;
            case EnglishTokenKind.Month:
                if (!ParseMonthFirst(ref p))
                {
                    return false;
                }
                break;
            case EnglishTokenKind.Season:
            case EnglishTokenKind.SubYear:
                // Spring 1944, and the quarters and halves EDTF numbers with the seasons: Q2 1944, H1 1944.
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
            case EnglishTokenKind.Plural or EnglishTokenKind.SpelledPlural:
                p.Form = PointForm.Plural;
                p.Number = t.Value;
                p.YearDigits = t.Kind == EnglishTokenKind.Plural ? t.Digits : 4;
                p.YearToken = _pos++;
                ParseEra(ref p);
                break;
            case EnglishTokenKind.CenturyNumber:
                // 19c, 19c.
                p.Form = PointForm.Ordinal;
                p.Number = t.Value;
                p.SpanPrecision = DatePrecision.Century;
                p.YearToken = _pos++;
                ParseEra(ref p);
                break;
            case EnglishTokenKind.Ordinal or EnglishTokenKind.OrdinalWord
                when Kind(1) == EnglishTokenKind.Month || Kind(1) == EnglishTokenKind.Of && Kind(2) == EnglishTokenKind.Month:
                // 12th January 1606, the 4th of July, 1776
                if (!ParseDayMonth(ref p, _pos, Kind(1) == EnglishTokenKind.Of ? _pos + 2 : _pos + 1))
                {
                    return false;
                }
                break;
            case EnglishTokenKind.Ordinal or EnglishTokenKind.OrdinalWord:
                p.Form = PointForm.Ordinal;
                p.Number = t.Value;
                p.YearToken = _pos++;
                if (Kind() == EnglishTokenKind.Dash && !Token().SpaceBefore && Kind(1) is EnglishTokenKind.Century or EnglishTokenKind.Millennium)
                {
                    _pos++;   // 19th-century
                }
                if (Kind() is EnglishTokenKind.Dash or EnglishTokenKind.Or or EnglishTokenKind.To or EnglishTokenKind.And &&
                    (Kind(1) is EnglishTokenKind.Ordinal or EnglishTokenKind.OrdinalWord ||
                     Kind(1) == EnglishTokenKind.Part && Kind(2) is EnglishTokenKind.Ordinal or EnglishTokenKind.OrdinalWord))
                {
                    p.UnitDeferred = true;   // 7th–8th century: the unit comes with the end
                    break;
                }
                if (Kind() is not (EnglishTokenKind.Century or EnglishTokenKind.Millennium) &&
                    !(Kind() == EnglishTokenKind.Qualifier && Token().Value == 1))
                {
                    return Fail(_pos, DateExpectation.CenturyOrMillennium);
                }
                p.SpanPrecision = Kind() == EnglishTokenKind.Millennium ? DatePrecision.Millennium : DatePrecision.Century;
                _pos++;
                ParseEra(ref p);
                break;
            case EnglishTokenKind.YearWord:
                // the year 1066
                _pos++;
                if (Kind() != EnglishTokenKind.Number && Kind() != EnglishTokenKind.Era)
                {
                    return Fail(_pos, DateExpectation.Year);
                }
                p.Form = PointForm.Calendar;
                if (!ParseYear(ref p, required: true))
                {
                    return false;
                }
                break;
            case EnglishTokenKind.Feast:
                if (!ParseFeast(ref p))
                {
                    return false;
                }
                break;
            case EnglishTokenKind.Roman:
                if (!ParseRoman(ref p))
                {
                    return false;
                }
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
        if (Kind() == EnglishTokenKind.QualifierWord && Token().Value != 0 && Token().Digits == 0)
        {
            p.Qualifiers |= (DateQualifiers)Token().Value;   // 1860 approx, 1862 maybe
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
        if (!p.DayUnknown && (Kind() == EnglishTokenKind.Number && Token().Digits <= 2 ||
            Kind() is EnglishTokenKind.Ordinal or EnglishTokenKind.OrdinalWord && Token().Value <= 31) && Kind(1) != EnglishTokenKind.Era)
        {
            p.Day = Token().Value;
            p.DayToken = _pos++;
            if (!ParseOldStyle(ref p))
            {
                return false;
            }
            if (Kind() == EnglishTokenKind.Question && !Token().SpaceBefore && Kind(1) is EnglishTokenKind.Comma or EnglishTokenKind.Number)
            {
                p.Qualifiers |= DateQualifiers.Uncertain;   // July 4? 1776: the day in doubt, so the date is uncertain
                _pos++;
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
        if (Kind(1) == EnglishTokenKind.Ago || Kind(1) == EnglishTokenKind.Other && Token(1).Value == '.' && !Token(1).SpaceBefore &&
            Kind(2) == EnglishTokenKind.Number && !Token(2).SpaceBefore && Kind(3) == EnglishTokenKind.Ago)
        {
            return ParseAgo(ref p);
        }
        if (t.Digits == 2 && t.Value >= 10 && IsTightHyphen(1) && IsTightHyphen(2) && !(Kind(3) == EnglishTokenKind.Number && !Token(3).SpaceBefore))
        {
            // 17--, 17--?: a century as catalogues write it (the MARC 21 008/06 examples code [19--] as 19uu): 1700-1799,
            // the 1700s.
            p.Form = PointForm.Plural;
            p.Number = t.Value * 100;
            p.YearDigits = 4;
            p.YearToken = _pos;
            _pos += 3;
            return true;
        }
        if (t.Digits >= 3 && Kind(1) == EnglishTokenKind.Season)
        {
            // 1776 Spring: the year first, as archival description writes months (DACS 2.4); the season is
            // the one Spring 1776 names.
            p.Form = PointForm.Season;
            p.Year = t.Value;
            p.YearDigits = t.Digits;
            p.YearToken = _pos;
            p.Month = Token(1).Value;
            _pos += 2;
            return true;
        }
        if (_numericOrder != NumericDateOrder.None && t.Digits <= 2 && IsNumericDate())
        {
            return ParseNumericDate(ref p);
        }
        if (_readingEnd && t.Digits <= 2 && Kind(1) == EnglishTokenKind.Number && Token(1).Digits >= 3)
        {
            // the end of July 4 and 5 1776, July 4 - 10 1776: a day and its year; the month comes from the start
            p.Form = PointForm.DayYear;
            p.Day = t.Value;
            p.DayToken = _pos++;
            return ParseYear(ref p, required: true);
        }
        if (t.Digits >= 3 && (Kind(1) == EnglishTokenKind.Month ||
            Kind(1) == EnglishTokenKind.Number && Token(1).Digits <= 2 && Kind(2) == EnglishTokenKind.Month ||
            IsYearFirstDayRange()))
        {
            return ParseYearFirst(ref p);
        }
        if (Kind(1) == EnglishTokenKind.Month)
        {
            return ParseDayMonth(ref p, _pos, _pos + 1);
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
        if (Kind() == EnglishTokenKind.BeforePresent)
        {
            // 11,700 BP: years before 1950 (the radiocarbon convention), the astronomical year 1950 - 11,700.
            p.Form = PointForm.Calendar;
            p.Year = 1950 - p.Year;
            p.Astronomical = true;
            _beforePresent = _pos++;
            return true;
        }
        if (ParseEra(ref p))
        {
            p.Form = PointForm.Calendar;
        }
        return true;
    }

    // 1776 July 4, 1776 December, 1776 Dec, 1776 4 July: the year first, as archival description writes it (DACS
    // 2.4). A day is a number of one or two digits after the month that no month follows, or between year and month.
    private bool ParseYearFirst(ref DatePoint p)
    {
        p.Year = Token().Value;
        p.YearDigits = Token().Digits;
        p.YearToken = _pos++;
        p.Form = PointForm.Calendar;
        p.YearFirst = true;
        if (Kind() == EnglishTokenKind.Number)
        {
            if (Token().Value is < 1 or > 31)
            {
                return Fail(_pos, DateExpectation.DayOfMonth);
            }
            p.Day = Token().Value;
            p.DayToken = _pos++;
            if (Kind() == EnglishTokenKind.Dash)
            {
                return true;   // 1776 4-10 July: the month comes with the end of the range (Share)
            }
        }
        p.Month = Token().Value;
        _pos++;
        if (p.Day == 0 && Kind() == EnglishTokenKind.Number && Token().Digits <= 2 && Kind(1) != EnglishTokenKind.Month)
        {
            p.Day = Token().Value;
            p.DayToken = _pos++;
        }
        return true;
    }

    private readonly bool IsTightHyphen(int offset) =>
        Kind(offset) == EnglishTokenKind.Dash && Token(offset).Value == '-' && !Token(offset).SpaceBefore;

    // 7/4/1776, 07/04/1776: one or two digits, a slash, one or two digits, a slash, a four-digit year, all tight.
    private readonly bool IsNumericDate() =>
        Kind(1) == EnglishTokenKind.Slash && !Token(1).SpaceBefore &&
        Kind(2) == EnglishTokenKind.Number && Token(2).Digits <= 2 && !Token(2).SpaceBefore &&
        Kind(3) == EnglishTokenKind.Slash && !Token(3).SpaceBefore &&
        Kind(4) == EnglishTokenKind.Number && Token(4).Digits == 4 && !Token(4).SpaceBefore;

    // A numeric date in the order the pattern was given (EnglishDatePattern.WithNumericDateOrder); the day is checked
    // against its month when the fields are built.
    private bool ParseNumericDate(ref DatePoint p)
    {
        bool monthFirst = _numericOrder == NumericDateOrder.MonthDayYear;
        int monthToken = monthFirst ? _pos : _pos + 2, dayToken = monthFirst ? _pos + 2 : _pos;
        if (_tokens[monthToken].Value is < 1 or > 12)
        {
            return Fail(monthToken, DateExpectation.NumericMonth);
        }
        if (_tokens[dayToken].Value is < 1 or > 31)
        {
            return Fail(dayToken, DateExpectation.DayOfMonth);
        }
        p.Form = PointForm.Calendar;
        p.Month = _tokens[monthToken].Value;
        p.Day = _tokens[dayToken].Value;
        p.DayToken = dayToken;
        p.Year = Token(4).Value;
        p.YearDigits = 4;
        p.YearToken = _pos + 4;
        _pos += 5;
        return true;
    }

    // 1776 4-10 July: a year, a range of days of one or two digits, a month; the year written first as archival
    // description writes it (DACS 2.4), the month after the last day as in 4-10 July 1776. Nothing else reads so.
    private readonly bool IsYearFirstDayRange() =>
        Kind(1) == EnglishTokenKind.Number && Token(1).Digits <= 2 && Kind(2) == EnglishTokenKind.Dash &&
        Kind(3) == EnglishTokenKind.Number && Token(3).Digits <= 2 && Kind(4) == EnglishTokenKind.Month &&
        Kind(5) is EnglishTokenKind.End or EnglishTokenKind.Question or EnglishTokenKind.Remark or EnglishTokenKind.CalendarMark;

    // 66 Ma, 1.8 Ma, 2.5 mya, 12 ka, c. 2.5 million years ago, 65 million years BP, c. 300,000 years ago: a count of
    // years before 1950 in a unit. The digits written are significant figures, as EDTF's significant digits are
    // (1950S2 is some year of 1900-1999): the count lies from the number written to just before the next value of
    // its last significant digit, so 2.5 Ma is 2,500,000 to 2,599,999 years before 1950. Trailing zeros of a whole
    // number are not significant (300,000 years ago: one digit, 300,000 to 399,999); zeros after a decimal point are
    // (2.50 Ma: 2,500,000 to 2,509,999). docs/dates.md, "Prehistory".
    private bool ParseAgo(ref DatePoint p)
    {
        ref readonly EnglishToken whole = ref Token();
        int numberToken = _pos;
        long count = whole.Value, fraction = 0;
        int decimals = 0;
        if (Kind(1) != EnglishTokenKind.Ago)
        {
            fraction = Token(2).Value;
            decimals = Token(2).Digits;
            _pos += 2;
        }
        int power = Token(1).Value;
        p.YearToken = numberToken;
        if (decimals > power || count > EnglishDateTokenizer.MaxNumber || decimals > 9)
        {
            return Fail(decimals > power ? numberToken + 2 : numberToken, decimals > power ? DateExpectation.AgoCount : DateExpectation.YearInRange);
        }
        long unit = 1;
        for (int k = 0; k < power - decimals; k++)
        {
            unit *= 10;
        }
        long scale = 1;
        for (int k = 0; k < decimals; k++)
        {
            scale *= 10;
        }
        // The count in units of its last written digit, then without the trailing zeros of a whole number.
        long digits = count * scale + fraction;
        if (digits == 0)
        {
            return Fail(numberToken, DateExpectation.AgoCount);
        }
        if (decimals == 0)
        {
            while (digits % 10 == 0 && unit <= 1_000_000_000)
            {
                digits /= 10;
                unit *= 10;
            }
        }
        // Years beyond the axis (500,000,001 BC): the count with its unit stays below 10^19 (digits < 10^18, unit <= 10^18).
        if (unit > 1_000_000_000 || digits > (DayNumbers.MaxFarYear + 1950L) / unit)
        {
            return Fail(numberToken, DateExpectation.YearInRange);
        }
        p.AgoYears = digits * unit;
        p.AgoUnit = unit;
        p.Form = PointForm.Calendar;
        p.Astronomical = true;
        p.YearDigits = whole.Digits;
        _pos++;
        if (_beforePresent < 0)
        {
            _beforePresent = _pos;   // the first count or BP, where an error in a range points
        }
        _pos++;
        return true;
    }

    // The interval of years a count before present names: from 1950 - (years + unit - 1) to 1950 - years; one year
    // when the count is exact to the year.
    private bool BuildAgo(ref DatePoint p, out HistoricalDate value)
    {
        value = default;
        if (p.CalendarMark != 0)
        {
            return Fail(_beforePresent, DateExpectation.AgoCalendarMark);
        }
        long last = 1950 - p.AgoYears, first = 1950 - (p.AgoYears + p.AgoUnit - 1);
        if (first < DayNumbers.MinFarYear)
        {
            return Fail(p.YearToken, DateExpectation.YearInRange);
        }
        DateFields end = DateFields.Unmarked((int)last, 1, 1, DatePrecision.Year, _policy, p.Qualifiers);
        DateFieldsError error = p.AgoUnit == 1
            ? HistoricalDate.TryCreate(end, null, out value)
            : HistoricalDate.TryCreate(HistoricalDateKind.Interval, DateFields.Unmarked((int)first, 1, 1, DatePrecision.Year, _policy, p.Qualifiers),
                IntervalEnd.Known, end, IntervalEnd.Known, null, out value);
        return error == DateFieldsError.None || FailFields(error, p);
    }

    // 28 April 1920, 12th January 1606, the 4th of July, 1776: a day (number or ordinal) and a month, then the year.
    private bool ParseDayMonth(ref DatePoint p, int dayToken, int monthToken)
    {
        ref readonly EnglishToken day = ref _tokens[dayToken];
        if (day.Kind == EnglishTokenKind.Number ? day.Digits > 2 || day.Value == 0 : day.Value is < 1 or > 31)
        {
            return Fail(dayToken, DateExpectation.DayOfMonth);
        }
        p.Day = day.Value;
        p.DayToken = dayToken;
        p.Month = _tokens[monthToken].Value;
        _pos = monthToken + 1;
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

    // first half of the 14th century, second quarter of the 9th century, second half of 1944
    private bool ParseFraction(ref DatePoint p)
    {
        int index = Token().Value, parts = Token(1).Value, at = _pos;
        if (index < 1 || index > parts)
        {
            return Fail(_pos, DateExpectation.FractionIndex, parts);
        }
        _pos += 2;
        if (Kind() != EnglishTokenKind.Of)
        {
            return Fail(_pos, DateExpectation.FractionOf);
        }
        _pos++;
        DateQualifiers qualifiers = p.Qualifiers;
        if (!ParsePoint(ref p))
        {
            return false;
        }
        p.Qualifiers |= qualifiers;
        p.Token = at;
        if (p.Part != SpanPart.Whole || p.FractionParts != 0 || p.Form == PointForm.Season ||
            p.Form is PointForm.Calendar or PointForm.Bare && (p.Month != 0 || p.Day != 0) || p.Form == PointForm.DayYear)
        {
            return Fail(at, DateExpectation.FractionOfSpan);
        }
        if (p.Form is PointForm.Plural or PointForm.Ordinal)
        {
            p.FractionIndex = index;
            p.FractionParts = parts;
        }
        else
        {
            // a year: EDTF quarters 33-36, semesters 40-41
            p.Form = PointForm.Season;
            p.Month = parts == 4 ? 32 + index : 39 + index;
        }
        return true;
    }

    // Christmas Day 1066, Easter 1900, Michaelmas 1215, Good Friday, 1916: a day, fixed or counted from Easter.
    private bool ParseFeast(ref DatePoint p)
    {
        Feast feast = EnglishDateWords.Feasts[Token().Value];
        p.DayToken = _pos;
        if (feast.Movable)
        {
            p.Feast = Token().Value + 1;
            p.Month = 3;   // placed on Easter's earliest day until the year is known
            p.Day = 22;
        }
        else
        {
            p.Month = feast.Month;
            p.Day = feast.Day;
        }
        _pos++;
        if (Kind() is EnglishTokenKind.Comma or EnglishTokenKind.Of)
        {
            _pos++;
        }
        p.Form = PointForm.Calendar;
        return ParseYear(ref p, required: true);
    }

    // the Ides of March, 44 BC; the Kalends of January 1066; Nones of May 1200
    private bool ParseRoman(ref DatePoint p)
    {
        int which = Token().Value;
        p.DayToken = _pos++;
        if (Kind() == EnglishTokenKind.Of)
        {
            _pos++;
        }
        if (Kind() != EnglishTokenKind.Month)
        {
            return Fail(_pos, DateExpectation.Month);
        }
        p.Month = Token().Value;
        int nones = p.Month is 3 or 5 or 7 or 10 ? 7 : 5;
        p.Day = which switch { 1 => 1, 2 => nones, _ => nones + 8 };
        _pos++;
        if (Kind() == EnglishTokenKind.Comma)
        {
            _pos++;
        }
        p.Form = PointForm.Calendar;
        return ParseYear(ref p, required: true);
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
            if (Kind() == EnglishTokenKind.BeforePresent)
            {
                // 11,700 BP: years before 1950 (the radiocarbon convention), the astronomical year 1950 - 11,700.
                if (p.Month != 0 || p.Day != 0)
                {
                    return Fail(_pos, DateExpectation.BeforePresentAlone);
                }
                p.Year = 1950 - p.Year;
                p.Astronomical = true;
                _beforePresent = _pos++;
                return true;
            }
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

    private bool Build(HistoricalDateKind kind, ref DatePoint start, IntervalEnd startEnd, ref DatePoint end, IntervalEnd endEnd, bool inclusive, out HistoricalDate value)
    {
        value = default;
        if (_beforePresent >= 0 && kind != HistoricalDateKind.Single)
        {
            return Fail(_beforePresent, DateExpectation.BeforePresentAlone);
        }
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
        if (startEnd == IntervalEnd.Unknown && !inclusive && (error = endFields.TryGetNext(-1, PolicyOf(end), out last)) != DateFieldsError.None)
        {
            return FailFields(error, end);
        }
        if (endEnd == IntervalEnd.Unknown && !inclusive && (error = startFields.TryGetNext(1, PolicyOf(start), out first)) != DateFieldsError.None)
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

    // A point that names a part of a month (early June 1944) or a fraction of a decade, century or millennium (first
    // half of the 14th century) is read as days or years: a date alone becomes the interval from its first to its last.
    private readonly bool NeedsExpansion(in DatePoint p) =>
        p.Part != SpanPart.Whole && p.Form == PointForm.Calendar && p.Month != 0 && p.Day == 0 ||
        p.FractionParts != 0 && p.Form is PointForm.Plural or PointForm.Ordinal;

    private bool Expand(ref HistoricalDateKind kind, ref DatePoint start, IntervalEnd startEnd, ref DatePoint end, IntervalEnd endEnd, bool inclusive)
    {
        if (kind == HistoricalDateKind.Single)
        {
            if (NeedsExpansion(start))
            {
                end = start;
                start.Expand = 1;
                end.Expand = 2;
                kind = HistoricalDateKind.Interval;
            }
            return true;
        }
        bool startExpands = startEnd == IntervalEnd.Known && NeedsExpansion(start), endExpands = endEnd == IntervalEnd.Known && NeedsExpansion(end);
        if (kind == HistoricalDateKind.OneOf && (startExpands || endExpands))
        {
            return Fail(startExpands ? start.Token : end.Token, DateExpectation.FractionInAlternative);
        }
        // before X ends before X's first day, after X starts after its last; until/by X end with its last, since X starts with its first.
        start.Expand = startExpands ? (endEnd == IntervalEnd.Unknown && !inclusive ? 2 : 1) : 0;
        end.Expand = endExpands ? (startEnd == IntervalEnd.Unknown && !inclusive ? 1 : 2) : 0;
        return true;
    }

    /// <summary>
    /// Reads two points joined by a slash, dash, <c>to</c> or <c>or</c> that make one date: a month number before a
    /// year (<c>7/2008</c>, <c>11-1978</c>) and a day in a dual (Old Style) year (<c>11 February 1731/32</c>).
    /// What could be read two ways is an error.
    /// </summary>
    private bool Resolve(ref HistoricalDateKind kind, ref DatePoint start, ref DatePoint end, int separator)
    {
        ref readonly EnglishToken sep = ref _tokens[separator];
        bool slash = sep.Kind == EnglishTokenKind.Slash;
        bool tightHyphen = sep.Kind == EnglishTokenKind.Dash && sep.Value == '-' && !sep.SpaceBefore && !_tokens[separator + 1].SpaceBefore;
        // winter 1941–42, winter 1941/42: the one winter from December 1941 to February 1942
        if (start.Form == PointForm.Season && start.Month == 24 && start.YearToken >= 0 && end.Form == PointForm.Bare && end.Era == 0 &&
            start.Era == 0 && sep.Kind is EnglishTokenKind.Dash or EnglishTokenKind.Slash)
        {
            if (start.Year < DualYearsFrom)
            {
                return Fail(start.YearToken, DateExpectation.DualYearBefore1000);
            }
            int unit = end.YearDigits switch { 1 => 10, 2 => 100, 3 => 1000, _ => 0 };
            int next = end.YearDigits < start.YearDigits && unit != 0 ? start.Year - start.Year % unit + end.Year : end.Year;
            if (next == start.Year + 1)
            {
                start.Qualifiers |= end.Qualifiers;
                start.EndToken = end.EndToken;
                kind = HistoricalDateKind.Single;
                return true;
            }
        }
        // 7/2008, 12/1066, 11-1978: a one- or two-digit number before a year of three or more digits is never a range
        // of years or two alternatives. It is the month of that year when written with a slash or a tight hyphen.
        if (start.Form == PointForm.Bare && start.YearDigits <= 2 && start.Era == 0 && start.Part == SpanPart.Whole &&
            start.CalendarMark == 0 && end.Form is PointForm.Bare or PointForm.Calendar && end.Month == 0 && end.Day == 0 &&
            !end.Astronomical && end.YearDigits >= 3 && end.Part == SpanPart.Whole)
        {
            if (!(slash || tightHyphen) || start.Year is < 1 or > 12)
            {
                return Fail(start.Token, DateExpectation.MonthNumberOrEra);
            }
            int startToken = start.Token;
            DateQualifiers qualifiers = start.Qualifiers;
            start = end with { Month = start.Year, Form = PointForm.Calendar, Token = startToken, Qualifiers = end.Qualifiers | qualifiers };
            kind = HistoricalDateKind.Single;
            return true;
        }
        // 11 February 1731/32, February 11, 1731/2, 1 January 1699/1700, January 1731/32: the day (or month) in the
        // Julian calendar, in the later year, because England began its year on 25 March.
        if (slash && end.Form == PointForm.Bare && end.Era == 0 && end.Qualifiers == DateQualifiers.None &&
            end.Part == SpanPart.Whole && end.CalendarMark != 2 && start.Form == PointForm.Calendar && start.Era == 0 &&
            !start.Astronomical && start.Month != 0 && start.YearToken >= 0 && !start.DayUnknown && start.CalendarMark != 2)
        {
            if (start.Year < DualYearsFrom)
            {
                return Fail(start.YearToken, DateExpectation.DualYearBefore1000);
            }
            int unit = end.YearDigits switch { 1 => 10, 2 => 100, 3 => 1000, _ => 0 };
            int later = end.YearDigits < start.YearDigits && unit != 0 ? start.Year - start.Year % unit + end.Year : end.Year;
            if (later != start.Year + 1)
            {
                return Fail(end.YearToken, DateExpectation.NextYearOfDualDate);
            }
            if (start.Month > 3 || start.Month == 3 && start.Day > 24)
            {
                return Fail(start.DayToken >= 0 ? start.DayToken : start.Token, DateExpectation.OldStyleDualDay);
            }
            start.Year = later;
            start.CalendarMark = 1;
            start.DualYear = true;
            start.EndToken = end.EndToken;
            kind = HistoricalDateKind.Single;
        }
        return true;
    }

    /// <summary>
    /// Completes the start of a range from its end: <c>2–6 September 1666</c> (month and year),
    /// <c>April 16 – May 2, 1945</c> (year), <c>305–304 BC</c> (era), <c>1914–18</c> (abbreviated end year),
    /// the end of <c>April 3–9, 2003</c> from its start (month), and the second year of <c>11 February 1731/32</c>.
    /// </summary>
    // Dual (Old Style) years are written where the year began on 25 March, from the 12th century on: before AD 1000 a
    // slashed year after a day is an error (fuzzing found "10 Feb 1/02", which could not be written back as read).
    private const int DualYearsFrom = 1000;

    private bool Share(HistoricalDateKind kind, ref DatePoint start, ref DatePoint end)
    {
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
        // 1776 July 4-10, 1776 May 4 - July 10, 1776 July-September: after a year written first, an end without a
        // year of its own is in that year (a bare number of one or two digits is a day of the start's month).
        if (start.YearFirst && start.YearToken >= 0 && end.Era == 0 && !end.Astronomical)
        {
            bool day = end.Form == PointForm.Bare && end.YearDigits <= 2 && start.Day != 0 && end.Year is >= 1 and <= 31;
            if (day)
            {
                end.Day = end.Year;
                end.DayToken = end.YearToken;
                end.Month = start.Month;
                end.Form = PointForm.Calendar;
            }
            if (day || end.Form == PointForm.Calendar && end.Month != 0 && end.YearToken < 0 && !end.DayUnknown)
            {
                if (start.Month == 0 && end.Day != 0)
                {
                    start.Month = end.Month;   // 1776 4-10 July: the start's day is in the end's month
                }
                end.Year = start.Year;
                end.YearDigits = start.YearDigits;
                end.YearToken = start.YearToken;
            }
        }
        // August 20 – 27, May 5 – 9: the end is a day, not a year, and the year is missing.
        if (start.Month != 0 && start.YearToken < 0 && start.Form == PointForm.Calendar && end.Form == PointForm.Bare &&
            end.YearDigits <= 2 && end.Era == 0)
        {
            return Fail(end.EndToken, DateExpectation.YearAfterDayRange);
        }
        // "6038 BC or 4 BC", "17 BC – 5 BC": an era written on both ends makes each a year in full (never 6034 BC).
        bool eraOnBoth = start.Era != 0 && end.Era != 0;
        if (start.UnitDeferred)
        {
            // 7th–8th century, 2nd or 3rd century, late 4th or early 3rd century BC: the start takes the end's unit.
            if (end.Form != PointForm.Ordinal)
            {
                return Fail(start.EndToken, DateExpectation.CenturyOrMillennium);
            }
            start.SpanPrecision = end.SpanPrecision;
            start.UnitDeferred = false;
        }
        // 17-19th centuries, 7 or 8th century, 2–3rd millennium BC: a bare number of one or two digits before an
        // ordinal century or millennium is the ordinal of the same unit, never the year 17 (that read 17-19th
        // Centuries as AD 17 to 1900).
        if (start.Form == PointForm.Bare && end.Form == PointForm.Ordinal && start.YearToken >= 0 && start.YearDigits <= 2 &&
            start.Era == 0 && !start.Astronomical && start.Month == 0 && start.Year > 0)
        {
            start.Form = PointForm.Ordinal;
            start.Number = start.Year;
            start.Year = 0;
            start.SpanPrecision = end.SpanPrecision;
        }
        if (start.Form == PointForm.Plural && end.Form == PointForm.Plural && end.YearDigits < start.YearDigits && !eraOnBoth)
        {
            // 1550s–60s: the end borrows the start's century.
            int unit = end.YearDigits == 1 ? 10 : end.YearDigits == 2 ? 100 : 1000;
            int number = start.Number - start.Number % unit + end.Number;
            if (number > start.Number)
            {
                end.Number = number;
                end.YearDigits = start.YearDigits;
            }
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
            end.YearDigits < start.YearDigits && start.Era == end.Era && !start.Astronomical && !eraOnBoth)
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
        if (p.Feast != 0 && !PlaceMovableFeast(ref p, year))
        {
            return false;
        }
        if (p.Expand != 0 && p.Part != SpanPart.Whole && p.Month != 0 && p.Day == 0)
        {
            // early June 1944: the days early, mid or late in the month, by the same rule as for years (docs/dates.md)
            bool julianMonth = CalendarOf(p, year, p.Month, 1) == HistoricalCalendar.Julian;
            DateFields.PartOf(DayNumbers.DaysInMonth(julianMonth, year, p.Month), p.Part, out int firstDay, out int lastDay);
            p.Day = (p.Expand == 1 ? firstDay : lastDay) + 1;
            p.DayToken = p.PartToken;
            p.Part = SpanPart.Whole;
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
        if (p.DualYear)
        {
            flags = DateFieldFlags.DualDated;
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
        // Decades, centuries and millennia may lie in prehistory (the 10th millennium BC); DateFields checks the span.
        // The tokens cap numbers at 10^9, beyond every year: such a number is too large, never that year.
        if (first < DayNumbers.MinFarYear || first > DayNumbers.MaxFarYear)
        {
            return Fail(p.YearToken, DateExpectation.YearInRange);
        }
        int year = (int)first;
        if (p.FractionParts != 0)
        {
            // first half of the 14th century: 1301-1350; second quarter of the 9th century: 826-850
            if (p.Expand == 0)
            {
                return Fail(p.Token, DateExpectation.FractionInAlternative);
            }
            int length = (precision switch { DatePrecision.Decade => 10, DatePrecision.Century => 100, _ => 1000 }) / p.FractionParts;
            year += (p.FractionIndex - 1) * length + (p.Expand == 2 ? length - 1 : 0);
            if (p.Part != SpanPart.Whole)
            {
                return Fail(p.PartToken, DateExpectation.FractionOfSpan);
            }
            precision = DatePrecision.Year;
        }
        fields = Marked(p, new DateFields(year, 1, 1, precision, CalendarOf(p, year, 1, 1), p.Qualifiers, p.Part));
        return true;
    }

    // Easter by the computus of the calendar the date is in: Julian (Dionysian) or Gregorian; other movable feasts from it.
    private bool PlaceMovableFeast(ref DatePoint p, int year)
    {
        if (year < 326)
        {
            return Fail(p.YearToken, DateExpectation.FeastYear);
        }
        bool julian = CalendarOf(p, year, 3, 22) == HistoricalCalendar.Julian;
        int month, day;
        if (julian)
        {
            int a = year % 4, b = year % 7, c = year % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
            month = (d + e + 114) / 31;
            day = (d + e + 114) % 31 + 1;
        }
        else
        {
            int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            month = (h + l - 7 * m + 114) / 31;
            day = (h + l - 7 * m + 114) % 31 + 1;
        }
        int number = DayNumbers.FromCalendar(julian, year, month, day) + EnglishDateWords.Feasts[p.Feast - 1].FromEaster;
        int y;
        if (julian)
        {
            DayNumbers.ToJulian(number, out y, out month, out day);
        }
        else
        {
            DayNumbers.ToGregorian(number, out y, out month, out day);
        }
        p.Month = month;
        p.Day = day;
        if (CalendarOf(p, y, month, day) != (julian ? HistoricalCalendar.Julian : HistoricalCalendar.Gregorian))
        {
            p.CalendarMark = julian ? 1 : 2;   // a switch between 22 March and the feast: the computus's calendar stays
        }
        p.Feast = 0;
        return true;
    }

    private bool AstronomicalYear(in DatePoint p, int written, out int year)
    {
        year = p.Astronomical ? written : p.Era < 0 ? 1 - written : written;
        if (written == 0 && !p.Astronomical)
        {
            return Fail(p.YearToken, DateExpectation.YearNotZero);
        }
        // A year may lie in prehistory (10,000 BC); a day or month of it is rejected when its fields are checked.
        // The tokens cap numbers at 10^9, beyond every year: such a number is too large, never that year.
        return year is >= DayNumbers.MinFarYear and <= DayNumbers.MaxFarYear || Fail(p.YearToken, DateExpectation.YearInRange);
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
