using System.Collections.Frozen;

namespace HistoricalEvents.Text;

/// <summary>What a parenthesised remark after a date says.</summary>
internal enum RemarkKind : byte
{
    /// <summary>Not understood: an error, never dropped.</summary>
    Unknown,

    /// <summary>A duration such as <c>(3 days)</c> or <c>(2 months, 1 week and 4 days)</c>, as Wikipedia infoboxes add: ignored.</summary>
    Duration,

    /// <summary><c>(c.)</c>, <c>(approximate)</c>, <c>(approx.)</c>, <c>(circa)</c>.</summary>
    Approximate,

    /// <summary><c>(?)</c>, <c>(uncertain)</c>, <c>(probably)</c>.</summary>
    Uncertain,

    /// <summary><c>(O.S.)</c>, <c>(Old Style)</c>: the date is Julian.</summary>
    OldStyle,

    /// <summary><c>(N.S.)</c>, <c>(New Style)</c>: the date is Gregorian.</summary>
    NewStyle,
}

/// <summary>A feast day: a fixed day of the year, or a number of days from Easter Sunday.</summary>
internal readonly record struct Feast(string Name, int Month, int Day, bool Movable, int FromEaster);

/// <summary>
/// The tables of words the English date tokenizer reads (docs/dates.md lists them). A new word or phrase is a row
/// here and a row in a table test, not a new branch in the parser.
/// </summary>
internal static class EnglishDateWords
{
    /// <summary>Feast days; a token of kind <see cref="EnglishTokenKind.Feast"/> holds an index into this table.</summary>
    internal static readonly Feast[] Feasts =
    [
        new("christmas", 12, 25, false, 0), new("christmas day", 12, 25, false, 0), new("christmas eve", 12, 24, false, 0),
        new("new years day", 1, 1, false, 0), new("new years eve", 12, 31, false, 0), new("epiphany", 1, 6, false, 0),
        new("twelfth night", 1, 5, false, 0), new("candlemas", 2, 2, false, 0), new("lady day", 3, 25, false, 0),
        new("midsummer day", 6, 24, false, 0), new("midsummer", 6, 24, false, 0), new("lammas", 8, 1, false, 0),
        new("lammas day", 8, 1, false, 0), new("michaelmas", 9, 29, false, 0), new("michaelmas day", 9, 29, false, 0),
        new("all saints day", 11, 1, false, 0), new("all hallows", 11, 1, false, 0), new("hallowmas", 11, 1, false, 0),
        new("all souls day", 11, 2, false, 0), new("martinmas", 11, 11, false, 0), new("st stephens day", 12, 26, false, 0),
        new("boxing day", 12, 26, false, 0), new("st georges day", 4, 23, false, 0), new("st patricks day", 3, 17, false, 0),
        new("st andrews day", 11, 30, false, 0), new("st valentines day", 2, 14, false, 0), new("st johns day", 6, 24, false, 0),
        new("easter", 0, 0, true, 0), new("easter day", 0, 0, true, 0), new("easter sunday", 0, 0, true, 0),
        new("easter monday", 0, 0, true, 1), new("good friday", 0, 0, true, -2), new("maundy thursday", 0, 0, true, -3),
        new("holy saturday", 0, 0, true, -1), new("palm sunday", 0, 0, true, -7), new("ash wednesday", 0, 0, true, -46),
        new("shrove tuesday", 0, 0, true, -47), new("ascension day", 0, 0, true, 39), new("whitsun", 0, 0, true, 49),
        new("whitsunday", 0, 0, true, 49), new("whit sunday", 0, 0, true, 49), new("pentecost", 0, 0, true, 49),
        new("trinity sunday", 0, 0, true, 56), new("corpus christi", 0, 0, true, 60),
    ];

    private static readonly string[] Units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

    private static readonly string[] Teens =
        ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] CenturyNumbers =
        ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static readonly string[] Decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    /// <summary>Single words: kind and value.</summary>
    private static readonly FrozenDictionary<string, (EnglishTokenKind Kind, int Value)> Words = BuildWords();

    /// <summary>Phrases of two or more words, by their words joined with one space, and the longest phrase's word count.</summary>
    private static readonly FrozenDictionary<string, (EnglishTokenKind Kind, int Value)> Phrases = BuildPhrases(out PhraseHeads);

    private static readonly FrozenSet<string> PhraseHeads;

    private static readonly FrozenDictionary<string, (EnglishTokenKind Kind, int Value)>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = PhraseHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, (EnglishTokenKind Kind, int Value)>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup =
        Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, (EnglishTokenKind, int)> BuildWords()
    {
        var words = new Dictionary<string, (EnglishTokenKind, int)>(StringComparer.OrdinalIgnoreCase)
        {
            ["about"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Approximate),
            ["around"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Approximate),
            ["approximately"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Approximate),
            ["approx"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Approximate),
            ["roughly"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Approximate),
            ["fl"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Approximate),
            ["floruit"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Approximate),
            ["flourished"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Approximate),
            ["probably"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Uncertain),
            ["possibly"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Uncertain),
            ["perhaps"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Uncertain),
            ["maybe"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Uncertain),
            ["uncertain"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Uncertain),
            ["active"] = (EnglishTokenKind.QualifierWord, (int)DateQualifiers.Approximate),
            ["the"] = (EnglishTokenKind.The, 0),
            ["of"] = (EnglishTokenKind.Of, 0),
            ["year"] = (EnglishTokenKind.YearWord, 0),
            ["by"] = (EnglishTokenKind.Bound, (int)BoundKind.NoLaterThan),
            ["since"] = (EnglishTokenKind.Bound, (int)BoundKind.Since),
            ["till"] = (EnglishTokenKind.Bound, (int)BoundKind.Until),
            ["pre"] = (EnglishTokenKind.Bound, (int)BoundKind.Before),
            ["post"] = (EnglishTokenKind.Bound, (int)BoundKind.After),
            ["through"] = (EnglishTokenKind.To, 0),
            ["thru"] = (EnglishTokenKind.To, 0),
            ["later"] = (EnglishTokenKind.LaterEarlier, 1),
            ["earlier"] = (EnglishTokenKind.LaterEarlier, -1),
            ["half"] = (EnglishTokenKind.Fraction, 2),
            ["quarter"] = (EnglishTokenKind.Fraction, 4),
            ["centuries"] = (EnglishTokenKind.Century, 0),
            ["cent"] = (EnglishTokenKind.Century, 0),
            ["millennia"] = (EnglishTokenKind.Millennium, 0),
            ["kalends"] = (EnglishTokenKind.Roman, 1),
            ["calends"] = (EnglishTokenKind.Roman, 1),
            ["nones"] = (EnglishTokenKind.Roman, 2),
            ["ides"] = (EnglishTokenKind.Roman, 3),
            ["twentieth"] = (EnglishTokenKind.OrdinalWord, 20),
            ["thirtieth"] = (EnglishTokenKind.OrdinalWord, 30),
            // Counts of years before present (1950), with the unit's power of ten: 66 Ma, 12 ka, 2.5 mya (docs/dates.md).
            ["ka"] = (EnglishTokenKind.Ago, 3),
            ["kya"] = (EnglishTokenKind.Ago, 3),
            ["ma"] = (EnglishTokenKind.Ago, 6),
            ["mya"] = (EnglishTokenKind.Ago, 6),
            ["ga"] = (EnglishTokenKind.Ago, 9),
            ["bya"] = (EnglishTokenKind.Ago, 9),
        };
        for (int k = 0; k < Units.Length; k++)
        {
            words[Units[k]] = (EnglishTokenKind.OrdinalWord, k + 1);
        }
        for (int k = 0; k < Teens.Length; k++)
        {
            words[Teens[k]] = (EnglishTokenKind.OrdinalWord, k + 10);
        }
        for (int k = 0; k < Decades.Length; k++)
        {
            words[Decades[k]] = (EnglishTokenKind.SpelledPlural, 1920 + k * 10);   // "the sixties": the 1960s (docs/dates.md)
        }
        for (int k = 0; k < Feasts.Length; k++)
        {
            if (!Feasts[k].Name.Contains(' ', StringComparison.Ordinal))
            {
                words[Feasts[k].Name] = (EnglishTokenKind.Feast, k);
            }
        }
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, (EnglishTokenKind, int)> BuildPhrases(out FrozenSet<string> heads)
    {
        var phrases = new Dictionary<string, (EnglishTokenKind, int)>(StringComparer.OrdinalIgnoreCase)
        {
            ["prior to"] = (EnglishTokenKind.Bound, (int)BoundKind.Before),
            ["no later than"] = (EnglishTokenKind.Bound, (int)BoundKind.NoLaterThan),
            ["not later than"] = (EnglishTokenKind.Bound, (int)BoundKind.NoLaterThan),
            ["not after"] = (EnglishTokenKind.Bound, (int)BoundKind.NoLaterThan),
            ["not before"] = (EnglishTokenKind.Bound, (int)BoundKind.NotBefore),
            ["no earlier than"] = (EnglishTokenKind.Bound, (int)BoundKind.NotBefore),
            ["not earlier than"] = (EnglishTokenKind.Bound, (int)BoundKind.NotBefore),
            ["up to"] = (EnglishTokenKind.Bound, (int)BoundKind.Until),
            ["earlier than"] = (EnglishTokenKind.Bound, (int)BoundKind.Before),
            ["later than"] = (EnglishTokenKind.Bound, (int)BoundKind.After),
            ["anno domini"] = (EnglishTokenKind.Era, 1),
            ["common era"] = (EnglishTokenKind.Era, 1),
            ["before christ"] = (EnglishTokenKind.Era, -1),
            ["before common era"] = (EnglishTokenKind.Era, -1),
            ["before the common era"] = (EnglishTokenKind.Era, -1),
            // Years before present: a plain count of years BP is the year it names (11,700 years BP, as 11,700 BP);
            // with a unit or "ago" the digits written are significant figures (docs/dates.md, "Prehistory").
            ["years bp"] = (EnglishTokenKind.BeforePresent, 0),
            ["years before present"] = (EnglishTokenKind.BeforePresent, 0),
            ["before present"] = (EnglishTokenKind.BeforePresent, 0),
            ["years ago"] = (EnglishTokenKind.Ago, 0),
            ["ka bp"] = (EnglishTokenKind.Ago, 3),
            ["ma bp"] = (EnglishTokenKind.Ago, 6),
        };
        foreach ((string multiplier, int power) in new[] { ("thousand", 3), ("million", 6), ("billion", 9) })
        {
            foreach (string after in new[] { " years ago", " years bp", " years before present" })
            {
                phrases[multiplier + after] = (EnglishTokenKind.Ago, power);
            }
        }
        for (int k = 0; k < Feasts.Length; k++)
        {
            if (Feasts[k].Name.Contains(' ', StringComparison.Ordinal))
            {
                phrases[Feasts[k].Name] = (EnglishTokenKind.Feast, k);
            }
        }
        foreach ((string tens, int value) in new[] { ("twenty", 20), ("thirty", 30) })
        {
            for (int k = 0; k < Units.Length; k++)
            {
                phrases[tens + " " + Units[k]] = (EnglishTokenKind.OrdinalWord, value + k + 1);
            }
        }
        for (int c = 0; c < CenturyNumbers.Length; c++)
        {
            for (int k = 0; k < Decades.Length; k++)
            {
                phrases[CenturyNumbers[c] + " " + Decades[k]] = (EnglishTokenKind.SpelledPlural, (c + 10) * 100 + 20 + k * 10);
            }
            phrases[CenturyNumbers[c] + " hundreds"] = (EnglishTokenKind.Plural, (c + 10) * 100);
        }
        heads = phrases.Keys.Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return phrases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The kind of a word not in the tokenizer's own switch; <see cref="EnglishTokenKind.Word"/> for an unknown word.</summary>
    internal static EnglishTokenKind Classify(ReadOnlySpan<char> word, ref EnglishToken t)
    {
        if (WordLookup.TryGetValue(word, out (EnglishTokenKind Kind, int Value) entry))
        {
            t.Value = entry.Value;
            return entry.Kind;
        }
        return EnglishTokenKind.Word;
    }

    /// <summary>
    /// If the word at [<paramref name="start"/>, <paramref name="end"/>) begins a phrase of the table (<c>no later than</c>,
    /// <c>Christmas Day</c>, <c>All Saints' Day</c>, <c>nineteen-sixties</c>, <c>twenty-first</c>), the longest such phrase
    /// sets <paramref name="t"/> and its end is returned; otherwise 0. Words are joined by spaces or one hyphen;
    /// apostrophes and a dot after a word (<c>St.</c>) are ignored.
    /// </summary>
    internal static int MatchPhrase(ReadOnlySpan<char> text, int start, int end, ref EnglishToken t)
    {
        if (!HeadLookup.Contains(text[start..end]))
        {
            return 0;
        }
        Span<char> key = stackalloc char[40];
        int n = 0, i = start, best = 0;
        for (int words = 0; words < 5; words++)
        {
            // Read one word into the key, dropping apostrophes.
            if (words > 0)
            {
                int j = i;
                if (j < text.Length && text[j] == '.')
                {
                    j++;
                }
                int gap = j;
                while (j < text.Length && text[j] == ' ')
                {
                    j++;
                }
                if (j == gap && j < text.Length && text[j] == '-')
                {
                    j++;
                }
                if (j == i || j >= text.Length || !char.IsAsciiLetter(text[j]) || n + 1 >= key.Length)
                {
                    break;
                }
                key[n++] = ' ';
                i = j;
            }
            while (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] is '\'' or '\u2019'))
            {
                if (text[i] is not ('\'' or '\u2019'))
                {
                    if (n == key.Length)
                    {
                        return best;
                    }
                    key[n++] = text[i];
                }
                i++;
            }
            if (words > 0 && PhraseLookup.TryGetValue(key[..n], out (EnglishTokenKind Kind, int Value) entry))
            {
                t.Kind = entry.Kind;
                t.Value = entry.Value;
                best = i;
            }
        }
        return best;
    }
    // Remarks in parentheses, compared without case, dots and spaces: "O. S." is "os".
    private static readonly (string Key, RemarkKind Kind)[] Remarks =
    [
        ("?", RemarkKind.Uncertain), ("uncertain", RemarkKind.Uncertain), ("probably", RemarkKind.Uncertain),
        ("possibly", RemarkKind.Uncertain), ("perhaps", RemarkKind.Uncertain), ("disputed", RemarkKind.Uncertain),
        ("c", RemarkKind.Approximate), ("ca", RemarkKind.Approximate), ("circa", RemarkKind.Approximate),
        ("approx", RemarkKind.Approximate), ("approximate", RemarkKind.Approximate), ("approximately", RemarkKind.Approximate),
        ("about", RemarkKind.Approximate), ("estimated", RemarkKind.Approximate), ("est", RemarkKind.Approximate),
        ("os", RemarkKind.OldStyle), ("oldstyle", RemarkKind.OldStyle), ("julian", RemarkKind.OldStyle),
        ("ns", RemarkKind.NewStyle), ("newstyle", RemarkKind.NewStyle), ("gregorian", RemarkKind.NewStyle),
    ];

    // Units of a duration remark, singular and plural.
    private static readonly string[] DurationUnits =
        ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"];

    /// <summary>What the text inside a pair of parentheses says (without the parentheses).</summary>
    internal static RemarkKind ClassifyRemark(ReadOnlySpan<char> inner)
    {
        inner = inner.Trim();
        if (IsDuration(inner))
        {
            return RemarkKind.Duration;
        }
        Span<char> key = stackalloc char[16];
        int n = 0;
        foreach (char c in inner)
        {
            if (c is '.' or ' ')
            {
                continue;
            }
            if (n == key.Length || c > 0x7F)
            {
                return RemarkKind.Unknown;
            }
            key[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        foreach ((string k, RemarkKind kind) in Remarks)
        {
            if (key[..n].SequenceEqual(k))
            {
                return kind;
            }
        }
        return RemarkKind.Unknown;
    }

    // (3 days) · (2 weeks 1 day) · (1 month, 1 week, and 4 days): numbers with units, joined by commas and "and".
    private static bool IsDuration(ReadOnlySpan<char> s)
    {
        int i = 0, parts = 0;
        while (true)
        {
            SkipSpaces(s, ref i);
            if (parts > 0)
            {
                if (i < s.Length && s[i] == ',')
                {
                    i++;
                    SkipSpaces(s, ref i);
                }
                if (i + 3 <= s.Length && s.Slice(i, 3).Equals("and", StringComparison.OrdinalIgnoreCase) && (i + 3 == s.Length || s[i + 3] == ' '))
                {
                    i += 3;
                    SkipSpaces(s, ref i);
                }
            }
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            if (i == start || i - start > 6)
            {
                return false;
            }
            SkipSpaces(s, ref i);
            start = i;
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }
            ReadOnlySpan<char> unit = s[start..i];
            bool known = false;
            foreach (string u in DurationUnits)
            {
                known |= unit.Equals(u, StringComparison.OrdinalIgnoreCase);
            }
            if (!known)
            {
                return false;
            }
            parts++;
            SkipSpaces(s, ref i);
            if (i == s.Length)
            {
                return true;
            }
        }
    }

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\u00A0')
        {
            i++;
        }
    }
}
