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

/// <summary>The tables of words the English date tokenizer reads (docs/dates.md lists them).</summary>
internal static class EnglishDateWords
{
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
