namespace HistoricalEvents.Text;

/// <summary>The lexical rules of card text that the reader and the writer must agree on.</summary>
internal static class CardSyntax
{
    /// <summary>Separates the headline's date from its places.</summary>
    internal const string HeadlineSeparator = " · ";

    /// <summary>Separates place paths on a places line.</summary>
    internal const string PlacesSeparator = " | ";

    /// <summary>Starts a source line.</summary>
    internal const string SourcePrefix = "Source:";

    /// <summary>A line that separates cards.</summary>
    internal const string CardSeparator = "---";

    /// <summary>The longest text before any <c>" · "</c> that can look like a date.</summary>
    internal const int MaxDateLength = 48;

    private static readonly string[] DateLeadWords =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "c", "ca", "circa", "AD", "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter",
    ];

    /// <summary>Whether the line is empty once trailing whitespace is removed (the reader removes it).</summary>
    internal static bool IsBlank(ReadOnlySpan<char> line) => line.IsWhiteSpace();

    internal static bool IsSeparator(ReadOnlySpan<char> line) => line.SequenceEqual(CardSeparator);

    internal static bool IsSource(ReadOnlySpan<char> line) => line.StartsWith(SourcePrefix, StringComparison.Ordinal);

    /// <summary>
    /// Whether a line in a card's body is read as a date (a moment's date line) rather than a narrative paragraph.
    /// The rule: the text before any <c>" · "</c> is at most <see cref="MaxDateLength"/> characters, holds a digit,
    /// does not end a sentence (<c>.</c>, <c>!</c>, <c>?</c>), and starts with a digit, a month name (or its
    /// abbreviation), or a date word (<c>c.</c>, <c>ca.</c>, <c>circa</c>, <c>AD</c>, <c>early</c>, <c>mid</c>,
    /// <c>late</c>, a season). So <c>February 30, 1920</c> and <c>1991x</c> are dates (and errors), while
    /// <c>1920 was a year of upheaval.</c> is narrative.
    /// </summary>
    internal static bool LooksLikeDate(ReadOnlySpan<char> line)
    {
        // Only the first MaxDateLength + 3 characters can hold the separator of a short enough date, so a long
        // narrative line is rejected without being scanned.
        int separator = line[..Math.Min(line.Length, MaxDateLength + HeadlineSeparator.Length)].IndexOf(HeadlineSeparator, StringComparison.Ordinal);
        ReadOnlySpan<char> head = (separator < 0 ? line : line[..separator]).Trim();
        if (head.IsEmpty || head.Length > MaxDateLength || head.IndexOfAnyInRange('0', '9') < 0 || head[^1] is '.' or '!' or '?')
        {
            return false;
        }
        if (char.IsAsciiDigit(head[0]))
        {
            return true;
        }
        int wordEnd = 0;
        while (wordEnd < head.Length && char.IsAsciiLetter(head[wordEnd]))
        {
            wordEnd++;
        }
        if (wordEnd == 0 || wordEnd < head.Length && head[wordEnd] is not (' ' or '.' or '-'))
        {
            return false;
        }
        ReadOnlySpan<char> word = head[..wordEnd];
        foreach (string lead in DateLeadWords)
        {
            if (word.Equals(lead, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
