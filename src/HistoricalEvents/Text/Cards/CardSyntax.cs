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
    internal const int MaxDateLength = 64;

    /// <summary>Whether the line is empty once trailing whitespace is removed (the reader removes it).</summary>
    internal static bool IsBlank(ReadOnlySpan<char> line) => line.IsWhiteSpace();

    internal static bool IsSeparator(ReadOnlySpan<char> line) => line.SequenceEqual(CardSeparator);

    internal static bool IsSource(ReadOnlySpan<char> line) => line.StartsWith(SourcePrefix, StringComparison.Ordinal);

    /// <summary>
    /// Whether a line in a card's body is read as a date (a moment's date line) rather than a narrative paragraph.
    /// The rule: the text before any <c>" · "</c> is at most <see cref="MaxDateLength"/> characters, holds a digit,
    /// does not end a sentence (<c>.</c>, <c>!</c>, <c>?</c>), and starts with a digit or a word the English date
    /// reader knows as the start of a date: a month name or its abbreviation, a season, an era, <c>c.</c>,
    /// <c>circa</c>, a qualifier word (<c>about</c>, <c>around</c>, <c>approximately</c>, <c>probably</c>,
    /// <c>possibly</c>, <c>perhaps</c>, <c>fl.</c>), <c>early</c>/<c>mid</c>/<c>late</c>, <c>before</c>, <c>after</c>, <c>until</c>,
    /// <c>between</c>, <c>from</c>, or <c>?</c>. So <c>February 30, 1920</c> and <c>1991x</c> are dates (and errors), while
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
        // The first token decides, with the English date reader's own vocabulary (one source for what a date word is).
        Span<EnglishToken> tokens = stackalloc EnglishToken[EnglishDateTokenizer.MaxTokens + 1];
        EnglishDateTokenizer.Tokenize(head, tokens);
        return tokens[0].Kind is EnglishTokenKind.Number or EnglishTokenKind.Plural or EnglishTokenKind.Ordinal
            or EnglishTokenKind.Month or EnglishTokenKind.Season or EnglishTokenKind.Era or EnglishTokenKind.Qualifier
            or EnglishTokenKind.Part or EnglishTokenKind.Between or EnglishTokenKind.Before or EnglishTokenKind.After
            or EnglishTokenKind.Until or EnglishTokenKind.From or EnglishTokenKind.Question or EnglishTokenKind.QualifierWord;
    }
}
