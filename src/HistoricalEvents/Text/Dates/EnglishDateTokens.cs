using System.Runtime.CompilerServices;

namespace HistoricalEvents.Text;

/// <summary>What one token of an English date is.</summary>
internal enum EnglishTokenKind : byte
{
    End,
    TooLong,       // stands in for the end when the text has more than MaxTokens tokens
    Number,
    Plural,        // 1920s, 1800s, 1920's
    Ordinal,       // 19th (Value 19); BadOrdinal when the suffix is wrong
    BadOrdinal,
    Word,          // unknown word
    Month,         // Value 1-12
    Season,        // Value: EDTF code 21-24
    Era,           // Value -1 BC/BCE, +1 AD/CE
    Qualifier,     // c., ca., circa
    Part,          // Value: SpanPart
    Century,
    Millennium,
    Between,
    And,
    Or,
    Before,
    After,
    Until,
    From,
    To,
    Present,       // present, ongoing
    CalendarMark,  // Value 1 Julian (O.S.), 2 Gregorian (N.S.)
    Dash,
    Comma,
    Slash,
    Question,
    OpenBracket,   // '[' opening an Old Style date
    CloseBracket,
    Remark,        // a parenthesised remark at the end of a date; Value: a RemarkKind
    Other,
    // Words of issue #8 (tables in EnglishDateWords). Kinds of their own, so that the card format's test for a
    // line that starts with a date (CardSyntax) is unchanged.
    QualifierWord, // about, probably, fl.; Value: DateQualifiers
    The,
    Of,
    YearWord,      // "the year 1066"
    OrdinalWord,   // fifth, twenty-first; Value n
    CenturyNumber, // 19c; Value 19
    Bound,         // prior to, by, since, pre-, post-; Value: a BoundKind
    LaterEarlier,  // "or later" (+1), "or earlier" (-1)
    Fraction,      // half (2), quarter (4)
    SubYear,       // Q2, H1; Value: EDTF code 33-36, 40-41
    Feast,         // Value: index into EnglishDateWords.Feasts
    Roman,         // Kalends 1, Nones 2, Ides 3
    SpelledPlural, // sixties, nineteen-sixties; Value: 1960
    BeforePresent, // BP: years before 1950
    Ago,           // ka, Ma, million years ago, years ago: years before 1950 counted in a unit; Value: its power of ten (3 for ka)
}

/// <summary>What a before/after word says about the date it comes before.</summary>
internal enum BoundKind : byte
{
    Before,      // prior to, pre-: ends before X (like "before")
    After,       // post-: starts after X (like "after")
    NoLaterThan, // by, no later than, not after: ends with X
    NotBefore,   // not before, no earlier than: starts with X
    Since,       // since: from X on, open
    Until,       // till, up to: like "until"
}

/// <summary>One token: kind, value, where it stands, and whether white space came before it.</summary>
internal struct EnglishToken
{
    internal EnglishTokenKind Kind;
    internal bool SpaceBefore;
    internal short Digits;
    internal int Value;
    internal int Start;
    internal int Length;
}

/// <summary>
/// Splits English date text into tokens in one linear pass, culture-invariant (ASCII letters and digits only).
/// Footnote marks (<c>[4]</c>, <c>[citation needed]</c>) are dropped here; parenthesised remarks become
/// <see cref="EnglishTokenKind.Remark"/> tokens, which the parser accepts only at the end.
/// </summary>
internal static class EnglishDateTokenizer
{
    /// <summary>The most tokens a date may have; longer text fails fast instead of being read further.</summary>
    internal const int MaxTokens = 32;

    internal const int MaxNumber = 999_999_999;   // above every year of prehistory (500,000,001 BC); larger numbers cap at 10^9

    /// <summary>
    /// Fills <paramref name="tokens"/> (which has room for <see cref="MaxTokens"/> tokens and the end token) and
    /// returns the count. Text with more tokens stops there: the last token is then
    /// <see cref="EnglishTokenKind.TooLong"/>, so the parser still reports an earlier error if there is one.
    /// </summary>
    internal static int Tokenize(ReadOnlySpan<char> text, Span<EnglishToken> tokens)
    {
        int count = 0, i = 0;
        bool space = false;
        while (true)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
                space = true;
            }
            if (i >= text.Length)
            {
                break;
            }
            if (count == tokens.Length - 1)
            {
                tokens[count] = new EnglishToken { Kind = EnglishTokenKind.TooLong, Start = i, Length = 1, SpaceBefore = space };
                return count;
            }
            ref EnglishToken t = ref tokens[count];
            t.SpaceBefore = space;
            t.Start = i;
            t.Digits = 0;
            t.Value = 0;
            space = false;
            char ch = text[i];
            if (char.IsAsciiDigit(ch))
            {
                i = ReadNumber(text, i, ref t);
            }
            else if (char.IsAsciiLetter(ch))
            {
                i = ReadWord(text, i, ref t);
            }
            else
            {
                i++;
                switch (ch)
                {
                    case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                        t.Kind = EnglishTokenKind.Dash;
                        t.Value = ch;   // ISO dates take only the ASCII hyphen
                        break;
                    case ',':
                        t.Kind = EnglishTokenKind.Comma;
                        break;
                    case '/':
                        t.Kind = EnglishTokenKind.Slash;
                        break;
                    case '?':
                        t.Kind = EnglishTokenKind.Question;
                        break;
                    case '~':
                        t.Kind = EnglishTokenKind.QualifierWord;   // ~ 1860, ~19c: approximate, as in EDTF
                        t.Value = (int)DateQualifiers.Approximate;
                        t.Digits = -1;   // a sign, read before a date only: 1984?~ stays EDTF's error
                        break;
                    case ']':
                        t.Kind = EnglishTokenKind.CloseBracket;
                        break;
                    case '[':
                        if (StartsOldStyle(text[i..]))
                        {
                            t.Kind = EnglishTokenKind.OpenBracket;
                        }
                        else if (SkipGroup(text, i, '[', ']', out int after))
                        {
                            bool doubt = text[i..(after - 1)].Trim(' ') is "?";
                            i = after;
                            if (!doubt)
                            {
                                // A footnote mark: dropped, keeping the space that came before it for the next token.
                                space = t.SpaceBefore;
                                continue;
                            }
                            // [?]: a cataloguer's mark of doubt (July 4 1776 [?]), read as (?) is, never dropped as a
                            // footnote: the date is uncertain.
                            t.Kind = EnglishTokenKind.Remark;
                            t.Value = (int)RemarkKind.Uncertain;
                        }
                        else
                        {
                            t.Kind = EnglishTokenKind.Other;
                            t.Value = ch;
                        }
                        break;
                    case '(':
                        if (SkipGroup(text, i, '(', ')', out int end))
                        {
                            t.Kind = EnglishTokenKind.Remark;
                            t.Value = (int)EnglishDateWords.ClassifyRemark(text[i..(end - 1)]);
                            i = end;
                        }
                        else
                        {
                            t.Kind = EnglishTokenKind.Other;
                            t.Value = ch;
                        }
                        break;
                    default:
                        t.Kind = EnglishTokenKind.Other;
                        t.Value = ch;
                        break;
                }
            }
            t.Length = i - t.Start;
            count++;
        }
        tokens[count] = new EnglishToken { Kind = EnglishTokenKind.End, Start = text.Length, SpaceBefore = space };
        return count;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F' or '\u2002' or '\u2003';

    private static int ReadNumber(ReadOnlySpan<char> text, int i, ref EnglishToken t)
    {
        long value = 0;
        int digits = 0, group = 0;   // group: the digits since the start or the last thousands separator
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                value = Math.Min(value * 10 + (c - '0'), MaxNumber + 1L);
                digits++;
                group++;
                i++;
            }
            else if (c == ',' && group is >= 1 and <= 3 && IsGroupOfThree(text, i + 1))
            {
                // A thousands separator (10,000 BC); a comma before a space is punctuation (April 28, 1920), and so
                // is one after four digits or more (1776,178 is a list, never the year 1,776,178).
                group = 0;
                i++;
            }
            else
            {
                break;
            }
        }
        t.Kind = EnglishTokenKind.Number;
        t.Value = (int)Math.Min(value, MaxNumber + 1L);
        t.Digits = (short)Math.Min(digits, short.MaxValue);
        if (i < text.Length)
        {
            char c = text[i];
            if ((c | 0x20) == 's' && (i + 1 == text.Length || !char.IsAsciiLetter(text[i + 1])))
            {
                t.Kind = EnglishTokenKind.Plural;
                return i + 1;
            }
            if ((c == '\'' || c == '\u2019') && i + 1 < text.Length && (text[i + 1] | 0x20) == 's' &&
                (i + 2 == text.Length || !char.IsAsciiLetter(text[i + 2])))
            {
                t.Kind = EnglishTokenKind.Plural;
                return i + 2;
            }
            if ((c | 0x20) == 'c' && (i + 1 == text.Length || !char.IsAsciiLetter(text[i + 1])) && t.Digits <= 2)
            {
                t.Kind = EnglishTokenKind.CenturyNumber;   // 19c, 19c.
                return i + 1 < text.Length && text[i + 1] == '.' ? i + 2 : i + 1;
            }
            if (i + 1 < text.Length && char.IsAsciiLetter(c) && char.IsAsciiLetter(text[i + 1]) &&
                (i + 2 == text.Length || !char.IsAsciiLetter(text[i + 2])) && IsOrdinalSuffix(c, text[i + 1]))
            {
                t.Kind = OrdinalSuffixFits(t.Value, c, text[i + 1]) ? EnglishTokenKind.Ordinal : EnglishTokenKind.BadOrdinal;
                return i + 2;
            }
        }
        return i;
    }

    private static bool IsGroupOfThree(ReadOnlySpan<char> text, int i) =>
        i + 3 <= text.Length && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) &&
        (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));

    private static bool IsOrdinalSuffix(char a, char b)
    {
        int x = a | 0x20, y = b | 0x20;
        return (x, y) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }

    private static bool OrdinalSuffixFits(int n, char a, char b)
    {
        int x = a | 0x20;
        int expected = (n % 100) is 11 or 12 or 13 ? 't' : (n % 10) switch { 1 => 's', 2 => 'n', 3 => 'r', _ => 't' };
        return x == expected;
    }

    private static int ReadWord(ReadOnlySpan<char> text, int i, ref EnglishToken t)
    {
        int start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        ReadOnlySpan<char> word = text[start..i];
        if (word.Length == 1 && i + 1 < text.Length && text[i] == '.' && char.IsAsciiLetter(text[i + 1]))
        {
            // Dotted abbreviations: B.C., A.D., B.C.E., C.E., O.S., N.S.
            int key = Upper(word[0]), letters = 1, j = i;
            while (j + 1 < text.Length && text[j] == '.' && char.IsAsciiLetter(text[j + 1]) && letters < 4 &&
                   (j + 2 == text.Length || !char.IsAsciiLetter(text[j + 2])))
            {
                key = (key << 8) | Upper(text[j + 1]);
                letters++;
                j += 2;
            }
            if (letters > 1 && ClassifyDotted(key, ref t))
            {
                return j < text.Length && text[j] == '.' ? j + 1 : j;
            }
        }
        if (word.Length == 1 && (word[0] | 0x20) is 'q' or 'h' && i < text.Length && char.IsAsciiDigit(text[i]) &&
            (i + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[i + 1])))
        {
            // Q1-Q4 (EDTF 33-36), H1-H2 (EDTF 40-41)
            int n = text[i] - '0';
            bool quarter = (word[0] | 0x20) == 'q';
            if (n >= 1 && n <= (quarter ? 4 : 2))
            {
                t.Kind = EnglishTokenKind.SubYear;
                t.Value = quarter ? 32 + n : 39 + n;
                return i + 1;
            }
        }
        int phraseEnd = EnglishDateWords.MatchPhrase(text, start, i, ref t);
        if (phraseEnd > 0)
        {
            return phraseEnd;
        }
        Classify(word, ref t);
        if (i < text.Length && text[i] == '.' && t.Kind is EnglishTokenKind.Month or EnglishTokenKind.Qualifier or EnglishTokenKind.Era
            or EnglishTokenKind.QualifierWord or EnglishTokenKind.Century)
        {
            i++;   // Apr., Sept., c., ca., BC., fl., approx., cent.
        }
        return i;
    }

    private static int Upper(char c) => c & ~0x20;

    private static bool ClassifyDotted(int key, ref EnglishToken t)
    {
        const int BC = ('B' << 8) | 'C', AD = ('A' << 8) | 'D', CE = ('C' << 8) | 'E', BCE = (BC << 8) | 'E';
        const int OS = ('O' << 8) | 'S', NS = ('N' << 8) | 'S';
        (t.Kind, t.Value) = key switch
        {
            BC or BCE => (EnglishTokenKind.Era, -1),
            AD or CE => (EnglishTokenKind.Era, 1),
            OS => (EnglishTokenKind.CalendarMark, 1),
            NS => (EnglishTokenKind.CalendarMark, 2),
            _ => (EnglishTokenKind.Word, 0),
        };
        return t.Kind != EnglishTokenKind.Word;
    }

    private static void Classify(ReadOnlySpan<char> w, ref EnglishToken t)
    {
        int month = MonthOf(w);
        if (month != 0)
        {
            t.Kind = EnglishTokenKind.Month;
            t.Value = month;
            return;
        }
        t.Value = 0;
        t.Kind = (w.Length, w[0] | 0x20) switch
        {
            (1, 'c') => Set(ref t, EnglishTokenKind.Qualifier, 1),   // 1: also "century" after an ordinal (19th c.)
            (2, 'c') when Is(w, "ca") => EnglishTokenKind.Qualifier,
            (5, 'c') when Is(w, "circa") => EnglishTokenKind.Qualifier,
            (2, 'b') when Is(w, "bc") => Set(ref t, EnglishTokenKind.Era, -1),
            (3, 'b') when Is(w, "bce") => Set(ref t, EnglishTokenKind.Era, -1),
            (2, 'b') when Is(w, "bp") => EnglishTokenKind.BeforePresent,
            (2, 'a') when Is(w, "ad") => Set(ref t, EnglishTokenKind.Era, 1),
            (2, 'c') when Is(w, "ce") => Set(ref t, EnglishTokenKind.Era, 1),
            (5, 'e') when Is(w, "early") => Set(ref t, EnglishTokenKind.Part, (int)SpanPart.Early),
            (3, 'm') when Is(w, "mid") => Set(ref t, EnglishTokenKind.Part, (int)SpanPart.Mid),
            (4, 'l') when Is(w, "late") => Set(ref t, EnglishTokenKind.Part, (int)SpanPart.Late),
            (7, 'c') when Is(w, "century") => EnglishTokenKind.Century,
            (10, 'm') when Is(w, "millennium") => EnglishTokenKind.Millennium,
            (6, 's') when Is(w, "spring") => Set(ref t, EnglishTokenKind.Season, 21),
            (6, 's') when Is(w, "summer") => Set(ref t, EnglishTokenKind.Season, 22),
            (6, 'a') when Is(w, "autumn") => Set(ref t, EnglishTokenKind.Season, 23),
            (4, 'f') when Is(w, "fall") => Set(ref t, EnglishTokenKind.Season, 23),
            (6, 'w') when Is(w, "winter") => Set(ref t, EnglishTokenKind.Season, 24),
            (7, 'b') when Is(w, "between") => EnglishTokenKind.Between,
            (3, 'a') when Is(w, "and") => EnglishTokenKind.And,
            (2, 'o') when Is(w, "or") => EnglishTokenKind.Or,
            (6, 'b') when Is(w, "before") => EnglishTokenKind.Before,
            (5, 'a') when Is(w, "after") => EnglishTokenKind.After,
            (5, 'u') when Is(w, "until") => EnglishTokenKind.Until,
            (4, 'f') when Is(w, "from") => EnglishTokenKind.From,
            (2, 't') when Is(w, "to") => EnglishTokenKind.To,
            (7, 'p') when Is(w, "present") => EnglishTokenKind.Present,
            (7, 'o') when Is(w, "ongoing") => EnglishTokenKind.Present,
            _ => EnglishDateWords.Classify(w, ref t),
        };
    }

    private static EnglishTokenKind Set(ref EnglishToken t, EnglishTokenKind kind, int value)
    {
        t.Value = value;
        return kind;
    }

    /// <summary>Whether an ASCII-letter word equals a lower-case word, ignoring case (no culture involved).</summary>
    private static bool Is(ReadOnlySpan<char> w, string lower)
    {
        if (w.Length != lower.Length)
        {
            return false;
        }
        for (int k = 0; k < w.Length; k++)
        {
            if ((w[k] | 0x20) != lower[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The month a full or abbreviated English name names (Jan, Sept, september), or 0.</summary>
    internal static int MonthOf(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w.Length > 9)
        {
            return 0;
        }
        int month = MonthOfPrefix(w[0], w[1], w[2]);
        return month == 0 || w.Length == 3 || IsLongMonthName(w, month) ? month : 0;
    }

    /// <summary>The month whose names start with these three letters in any case (<c>apr</c>: 4), or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]   // the date fast path reads names in place
    internal static int MonthOfPrefix(char c0, char c1, char c2) => (c0 | 0x20, c1 | 0x20, c2 | 0x20) switch
    {
        ('j', 'a', 'n') => 1,
        ('f', 'e', 'b') => 2,
        ('m', 'a', 'r') => 3,
        ('a', 'p', 'r') => 4,
        ('m', 'a', 'y') => 5,
        ('j', 'u', 'n') => 6,
        ('j', 'u', 'l') => 7,
        ('a', 'u', 'g') => 8,
        ('s', 'e', 'p') => 9,
        ('o', 'c', 't') => 10,
        ('n', 'o', 'v') => 11,
        ('d', 'e', 'c') => 12,
        _ => 0,
    };

    /// <summary>
    /// The length of the longer name of <paramref name="month"/> (its full name, or <c>Sept</c>) that
    /// <see cref="IsLongMonthName"/> would accept for a word whose fifth character is <paramref name="fifth"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int LongMonthNameLength(int month, char fifth) =>
        month == 9 && !char.IsAsciiLetter(fifth) ? 4 : Internal.Messages.MonthNames[month - 1].Length;

    /// <summary>Whether <paramref name="w"/>, whose first three letters name <paramref name="month"/>, is its full name in any case, or <c>Sept</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLongMonthName(ReadOnlySpan<char> w, int month)
    {
        if (month == 9 && w.Length == 4)
        {
            return (w[3] | 0x20) == 't';
        }
        string full = Internal.Messages.MonthNames[month - 1];
        if (w.Length != full.Length)
        {
            return false;
        }
        for (int k = 3; k < w.Length; k++)
        {
            if ((w[k] | 0x20) != full[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the text after '[' opens an Old or New Style date (<c>[O.S. October 25]</c>).</summary>
    private static bool StartsOldStyle(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(' ');
        return rest.Length >= 2 && (rest[0] | 0x20) is 'o' or 'n' && rest[1] == '.' ||
               rest.Length >= 3 && (rest[0] | 0x20) is 'o' or 'n' && (rest[1] | 0x20) == 's' && !char.IsAsciiLetter(rest[2]);
    }

    /// <summary>Finds the closing character of a group without nesting; false if it is missing or the group nests.</summary>
    private static bool SkipGroup(ReadOnlySpan<char> text, int i, char open, char close, out int after)
    {
        ReadOnlySpan<char> rest = text[i..];
        int k = rest.IndexOfAny(open, close);
        after = i + k + 1;
        return k >= 0 && rest[k] == close;
    }
}
