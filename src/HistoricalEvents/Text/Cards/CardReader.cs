namespace HistoricalEvents.Text;

/// <summary>Limits and settings for reading event cards. Immutable.</summary>
public sealed class CardReaderOptions
{
    /// <summary>The defaults: lines up to 1,048,576 characters, cards up to 4,194,304 characters and 10,000 lines, the encyclopedic calendar policy.</summary>
    public static CardReaderOptions Default { get; } = new();

    /// <summary>The longest line accepted, in characters; a longer line is an error, read no further than this.</summary>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>The largest card accepted, in characters.</summary>
    public int MaxCardLength { get; init; } = 1 << 22;

    /// <summary>The most lines one card may have.</summary>
    public int MaxCardLines { get; init; } = 10_000;

    /// <summary>The calendar policy for unmarked dates.</summary>
    public CalendarPolicy CalendarPolicy { get; init; } = CalendarPolicy.Encyclopedic;

    /// <summary>The name errors and origins report for the text (a file path), if any.</summary>
    public string? SourceName { get; init; }
}

/// <summary>
/// Reads event cards (see <c>docs/card-format.md</c>): one from a string, or many, streamed, from a reader, a stream
/// or a file. A bad card gives a failed result with its position, and reading goes on with the next card.
/// </summary>
public static class CardReader
{
    /// <summary>Reads exactly one card from <paramref name="text"/>.</summary>
    public static ParseResult<EventCard> Parse(string text, CardReaderOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads cards one at a time, holding one card in memory; each result is a card or the error of one bad card.</summary>
    public static IEnumerable<ParseResult<EventCard>> ReadAll(TextReader reader, CardReaderOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads cards from UTF-8 text (a byte-order mark is skipped).</summary>
    public static IEnumerable<ParseResult<EventCard>> ReadAll(Stream stream, CardReaderOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads cards from a UTF-8 file; errors and origins name the path.</summary>
    public static IEnumerable<ParseResult<EventCard>> ReadFile(string path, CardReaderOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads cards asynchronously, holding one card in memory.</summary>
    public static IAsyncEnumerable<ParseResult<EventCard>> ReadAllAsync(TextReader reader, CardReaderOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <summary>Reads cards asynchronously from UTF-8 text.</summary>
    public static IAsyncEnumerable<ParseResult<EventCard>> ReadAllAsync(Stream stream, CardReaderOptions? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
