using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>Limits and settings for reading event cards. Immutable.</summary>
public sealed class CardReaderOptions
{
    /// <summary>The defaults: lines up to 1,048,576 characters, cards up to 4,194,304 characters and 10,000 lines, place paths up to 32 names, the encyclopedic calendar policy.</summary>
    public static CardReaderOptions Default { get; } = new();

    /// <summary>The longest line accepted, in characters; a longer line is an error, read no further than this.</summary>
    public int MaxLineLength { get; init => field = CheckLimit(value, nameof(MaxLineLength)); } = 1 << 20;

    /// <summary>The largest card accepted, in characters.</summary>
    public int MaxCardLength { get; init => field = CheckLimit(value, nameof(MaxCardLength)); } = 1 << 22;

    /// <summary>The most lines one card may have.</summary>
    public int MaxCardLines { get; init => field = CheckLimit(value, nameof(MaxCardLines)); } = 10_000;

    /// <summary>The most names one place path may have (<c>Baku, Azerbaijan</c> has two); a deeper path is an error.</summary>
    /// <remarks>Each name of a path is a place holding its whole path, so a hostile path of n names would cost n² characters.</remarks>
    public int MaxPlaceDepth { get; init => field = CheckLimit(value, nameof(MaxPlaceDepth)); } = 32;

    /// <summary>The calendar policy for unmarked dates.</summary>
    public CalendarPolicy CalendarPolicy { get; init => field = Preconditions.CheckNotNull(value); } = CalendarPolicy.Encyclopedic;

    /// <summary>
    /// Opt-in: calendar policies by place name, for unmarked dates of events at those places (a card at
    /// <c>London, England</c> dated <c>September 2, 1752</c> is Julian with <c>["England"] = CalendarPolicy.GreatBritain</c>).
    /// An event's places are looked up most specific first, by full path (<c>London, England</c>) and then by each
    /// name (<c>London</c>, then <c>England</c>), with the dictionary's own comparer; the first hit wins, and an event
    /// at no listed place keeps <see cref="CalendarPolicy"/>. A moment without places uses the card's places.
    /// <c>O.S.</c> and <c>N.S.</c> always win. <see langword="null"/> (the default): no place changes the policy.
    /// </summary>
    public IReadOnlyDictionary<string, CalendarPolicy>? PlaceCalendarPolicies { get; init; }

    /// <summary>
    /// Whether invalid UTF-8 in a stream or file is read as U+FFFD (the replacement character). By default
    /// (<see langword="false"/>) it is an error at its line and column, naming the bytes: that card is not read,
    /// and reading goes on. Text from a <see cref="TextReader"/> is already decoded, so this applies to streams and files.
    /// </summary>
    public bool ReplaceInvalidUtf8 { get; init; }

    /// <summary>The name errors and origins report for the text (a file path), if any.</summary>
    public string? SourceName { get; init; }

    private static int CheckLimit(int value, string paramName)
    {
        Preconditions.CheckArgumentRange(value, 1, int.MaxValue, paramName);
        return value;
    }
}

/// <summary>
/// Reads event cards (see <c>docs/card-format.md</c>): one from a string, or many, streamed, from a reader, a stream
/// or a file. A bad card gives a failed result with its position, and reading goes on with the next card.
/// </summary>
/// <remarks>
/// <para>
/// Lines end with <c>\n</c> or <c>\r\n</c>; a byte-order mark at the start is skipped; trailing whitespace on a line
/// is not part of it. Positions are 1-based lines and columns (UTF-16 code units). Streams are read as UTF-8.
/// </para>
/// <para>
/// Streaming readers hold one card at a time and read the text in chunks: a line longer than
/// <see cref="CardReaderOptions.MaxLineLength"/> is counted, not stored, and reported as an error. Streams and files are decoded as UTF-8 (or UTF-16 after its
/// byte-order mark); invalid UTF-8 is an error at its line and column unless <see cref="CardReaderOptions.ReplaceInvalidUtf8"/> is set. After an error the
/// rest of the bad card is skipped (to its <c>Source:</c> lines, a <c>---</c> line, or a blank line followed by a
/// title and a headline line) and reading goes on; each bad card gives exactly one error. The rules are in
/// <c>docs/cards.md</c>.
/// </para>
/// </remarks>
public static class CardReader
{
    /// <summary>Reads exactly one card from <paramref name="text"/>.</summary>
    /// <returns>The card, or the first error: a bad card, empty text, or text after the card (a second card).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<EventCard> Parse(string text, CardReaderOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        options ??= CardReaderOptions.Default;
        EventCard? first = null;
        // Reading stops at the second result: a second card, or the first error, decides the outcome.
        foreach (ParseResult<EventCard> result in ReadAllCore(new StringReader(text), options, options.SourceName, dispose: false))
        {
            if (!result.TryGetValue(out EventCard? card))
            {
                return result;
            }
            if (first is not null)
            {
                return ParseResult<EventCard>.ForError(new ParseError(card.Position, Messages.Quote(card.Title), Messages.EndOfInputAfterCard, card.File));
            }
            first = card;
        }
        return first is not null
            ? ParseResult<EventCard>.ForValue(first)
            : ParseResult<EventCard>.ForError(new ParseError(EndOf(text), text.Length == 0 ? Messages.EmptyText : Messages.EndOfInput,
                Messages.CardTitleExpected, options.SourceName));
    }

    /// <summary>The position just past the end of <paramref name="text"/>.</summary>
    private static TextPosition EndOf(string text)
    {
        int lastBreak = text.LastIndexOf('\n');
        return new TextPosition(text.AsSpan().Count('\n') + 1, text.Length - lastBreak);
    }

    /// <summary>Reads cards one at a time, holding one card in memory; each result is a card or the error of one bad card.</summary>
    /// <remarks>The reader is read when the results are enumerated, and not disposed.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<ParseResult<EventCard>> ReadAll(TextReader reader, CardReaderOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        options ??= CardReaderOptions.Default;
        return ReadAllCore(reader, options, options.SourceName, dispose: false);
    }

    /// <summary>Reads cards from UTF-8 text (a byte-order mark is skipped).</summary>
    /// <remarks>The stream is read when the results are enumerated, and left open.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IEnumerable<ParseResult<EventCard>> ReadAll(Stream stream, CardReaderOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        options ??= CardReaderOptions.Default;
        return ReadAllCore(OpenText(stream, leaveOpen: true, options), options, options.SourceName, dispose: true);
    }

    /// <summary>Reads cards from a UTF-8 file; errors and origins name the path.</summary>
    /// <remarks>
    /// The file is opened when enumeration starts and closed when it ends; errors and origins name
    /// <see cref="CardReaderOptions.SourceName"/> if set, else <paramref name="path"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static IEnumerable<ParseResult<EventCard>> ReadFile(string path, CardReaderOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= CardReaderOptions.Default;
        return ReadFileCore(path, options);
    }

    private static IEnumerable<ParseResult<EventCard>> ReadFileCore(string path, CardReaderOptions options)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        foreach (ParseResult<EventCard> result in ReadAllCore(OpenText(stream, leaveOpen: false, options), options, options.SourceName ?? path, dispose: true))
        {
            yield return result;
        }
    }

    /// <summary>Reads cards asynchronously, holding one card in memory.</summary>
    /// <remarks>The reader is read when the results are enumerated, and not disposed.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Enumeration was cancelled.</exception>
    public static IAsyncEnumerable<ParseResult<EventCard>> ReadAllAsync(TextReader reader, CardReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reader);
        options ??= CardReaderOptions.Default;
        return ReadAllAsyncCore(reader, options, dispose: false, cancellationToken);
    }

    /// <summary>Reads cards asynchronously from UTF-8 text.</summary>
    /// <remarks>The stream is read when the results are enumerated, and left open.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Enumeration was cancelled.</exception>
    public static IAsyncEnumerable<ParseResult<EventCard>> ReadAllAsync(Stream stream, CardReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        options ??= CardReaderOptions.Default;
        return ReadAllAsyncCore(OpenText(stream, leaveOpen: true, options), options, dispose: true, cancellationToken);
    }

    private static CheckedTextReader OpenText(Stream stream, bool leaveOpen, CardReaderOptions options) =>
        new(stream, leaveOpen, recordInvalid: !options.ReplaceInvalidUtf8);

    private static IEnumerable<ParseResult<EventCard>> ReadAllCore(TextReader reader, CardReaderOptions options, string? sourceName, bool dispose)
    {
        using var cards = new CardStream(reader, options, sourceName, dispose);
        while (!cards.IsFinished)
        {
            if (cards.TryTake(out ParseResult<EventCard> result))
            {
                yield return result;
            }
            else
            {
                cards.Fill();
            }
        }
    }

    private static async IAsyncEnumerable<ParseResult<EventCard>> ReadAllAsyncCore(TextReader reader, CardReaderOptions options, bool dispose,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var cards = new CardStream(reader, options, options.SourceName, dispose);
        while (!cards.IsFinished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cards.TryTake(out ParseResult<EventCard> result))
            {
                yield return result;
            }
            else
            {
                await cards.FillAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
