using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Serialization;

/// <summary>Limits and naming for reading JSON Lines.</summary>
public sealed class JsonLinesReaderOptions
{
    /// <summary>The defaults: lines up to 4 MiB, no source name.</summary>
    public static JsonLinesReaderOptions Default { get; } = new();

    /// <summary>
    /// The longest line read, in UTF-8 bytes for a stream and UTF-16 chars for a text reader (default 4 MiB); a
    /// longer line is reported as an error and skipped without being held in memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxLineLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.ValueOutOfRange(1, int.MaxValue));
    } = 1 << 22;

    /// <summary>The name errors give the input (<c>cards.jsonl:3:12: …</c>), or <see langword="null"/>.</summary>
    public string? SourceName { get; init; }
}

/// <summary>
/// Reads and writes JSON Lines (<see href="https://jsonlines.org"/>) of cards and events: one JSON value per line,
/// in the shape <see cref="HistoricalEventsJson.Options"/> gives it, streamed in constant memory, without reflection.
/// </summary>
/// <remarks>
/// <para>
/// Reading gives one <see cref="ParseResult{T}"/> per line, as <see cref="CardReader"/> gives one per card: a value,
/// or an error with the 1-based line and column (<c>cards.jsonl:3:41: found "" at $.headline.sources[0], expected a
/// source …</c>), after which reading goes on with the next line. Blank lines are skipped; a byte-order mark at the
/// start is skipped; <c>\r\n</c> is read as <c>\n</c>. A line longer than
/// <see cref="JsonLinesReaderOptions.MaxLineLength"/> is one error and is never held in memory, so memory stays
/// flat whatever the input.
/// </para>
/// <para>
/// Writing puts each value on its own line ended by <c>\n</c>, UTF-8 without a byte-order mark, through a
/// <see cref="JsonLinesWriter"/>.
/// </para>
/// </remarks>
public static class HistoricalEventsJsonLines
{
    /// <summary>Reads one card per line from UTF-8 <paramref name="stream"/>; the stream is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IEnumerable<ParseResult<EventCard>> ReadCards(Stream stream, JsonLinesReaderOptions? options = null) =>
        Read(stream, HistoricalEventsJson.Context.EventCard, options);

    /// <summary>Reads one card per line from <paramref name="reader"/>, which is not disposed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<ParseResult<EventCard>> ReadCards(TextReader reader, JsonLinesReaderOptions? options = null) =>
        Read(reader, HistoricalEventsJson.Context.EventCard, options);

    /// <summary>Reads one event per line from UTF-8 <paramref name="stream"/>; the stream is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IEnumerable<ParseResult<HistoricalEvent>> ReadEvents(Stream stream, JsonLinesReaderOptions? options = null) =>
        Read(stream, HistoricalEventsJson.Context.HistoricalEvent, options);

    /// <summary>Reads one event per line from <paramref name="reader"/>, which is not disposed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<ParseResult<HistoricalEvent>> ReadEvents(TextReader reader, JsonLinesReaderOptions? options = null) =>
        Read(reader, HistoricalEventsJson.Context.HistoricalEvent, options);

    /// <summary>Reads one card per line from UTF-8 <paramref name="stream"/>, asynchronously; the stream is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IAsyncEnumerable<ParseResult<EventCard>> ReadCardsAsync(Stream stream, JsonLinesReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, HistoricalEventsJson.Context.EventCard, options, cancellationToken);

    /// <summary>Reads one event per line from UTF-8 <paramref name="stream"/>, asynchronously; the stream is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IAsyncEnumerable<ParseResult<HistoricalEvent>> ReadEventsAsync(Stream stream, JsonLinesReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, HistoricalEventsJson.Context.HistoricalEvent, options, cancellationToken);

    /// <summary>Reads one <typeparamref name="T"/> per line from UTF-8 <paramref name="stream"/> with <paramref name="typeInfo"/>; the stream is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="typeInfo"/> is null.</exception>
    public static IEnumerable<ParseResult<T>> Read<T>(Stream stream, JsonTypeInfo<T> typeInfo, JsonLinesReaderOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(typeInfo);
        return ReadCore(stream, typeInfo, options ?? JsonLinesReaderOptions.Default);
    }

    private static IEnumerable<ParseResult<T>> ReadCore<T>(Stream stream, JsonTypeInfo<T> typeInfo, JsonLinesReaderOptions options) =>
        ReadCore(new JsonLineSplitter<byte>(options.MaxLineLength, (byte)'\n', (byte)'\r'), free => stream.Read(free.Span), typeInfo, options);

    // One loop for bytes and characters: only where the next block comes from differs.
    private static IEnumerable<ParseResult<T>> ReadCore<T, TChar>(JsonLineSplitter<TChar> lines, Func<Memory<TChar>, int> fill,
        JsonTypeInfo<T> typeInfo, JsonLinesReaderOptions options)
        where TChar : unmanaged, IEquatable<TChar>
    {
        while (true)
        {
            ParseResult<T>? result = NextResult(lines, typeInfo, options, out bool needInput, out bool end);
            if (end)
            {
                yield break;
            }
            if (needInput)
            {
                lines.Filled(fill(lines.FreeSpace()));
            }
            else if (result is { } value)
            {
                yield return value;
            }
        }
    }

    /// <summary>Reads one <typeparamref name="T"/> per line from UTF-8 <paramref name="stream"/>, asynchronously; the stream is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Enumeration was cancelled.</exception>
    public static IAsyncEnumerable<ParseResult<T>> ReadAsync<T>(Stream stream, JsonTypeInfo<T> typeInfo, JsonLinesReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(typeInfo);
        return ReadAsyncCore(stream, typeInfo, options ?? JsonLinesReaderOptions.Default, cancellationToken);
    }

    private static async IAsyncEnumerable<ParseResult<T>> ReadAsyncCore<T>(Stream stream, JsonTypeInfo<T> typeInfo, JsonLinesReaderOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new JsonLineSplitter<byte>(options.MaxLineLength, (byte)'\n', (byte)'\r');
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ParseResult<T>? result = NextResult(lines, typeInfo, options, out bool needInput, out bool end);
            if (end)
            {
                yield break;
            }
            if (needInput)
            {
                lines.Filled(await stream.ReadAsync(lines.FreeSpace(), cancellationToken).ConfigureAwait(false));
            }
            else if (result is { } value)
            {
                yield return value;
            }
        }
    }

    /// <summary>Reads one <typeparamref name="T"/> per line from <paramref name="reader"/> with <paramref name="typeInfo"/>; the reader is not disposed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="typeInfo"/> is null.</exception>
    public static IEnumerable<ParseResult<T>> Read<T>(TextReader reader, JsonTypeInfo<T> typeInfo, JsonLinesReaderOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(typeInfo);
        return ReadCore(reader, typeInfo, options ?? JsonLinesReaderOptions.Default);
    }

    private static IEnumerable<ParseResult<T>> ReadCore<T>(TextReader reader, JsonTypeInfo<T> typeInfo, JsonLinesReaderOptions options) =>
        ReadCore(new JsonLineSplitter<char>(options.MaxLineLength, '\n', '\r'), free => reader.Read(free.Span), typeInfo, options);

    /// <summary>The next line's result; null for a blank line or when input is needed or at the end.</summary>
    private static ParseResult<T>? NextResult<T, TChar>(JsonLineSplitter<TChar> lines, JsonTypeInfo<T> typeInfo, JsonLinesReaderOptions options, out bool needInput, out bool end)
        where TChar : unmanaged, IEquatable<TChar>
    {
        needInput = end = false;
        switch (lines.Next(out ReadOnlySpan<TChar> line))
        {
            case JsonLineSplitter<TChar>.Step.NeedInput:
                needInput = true;
                return null;
            case JsonLineSplitter<TChar>.Step.End:
                end = true;
                return null;
            case JsonLineSplitter<TChar>.Step.TooLong:
                return ParseResult<T>.ForError(new ParseError(new TextPosition(lines.LineNumber, options.MaxLineLength + 1),
                    Messages.JsonLinesLongLine, Messages.JsonLinesTooLong(options.MaxLineLength), options.SourceName));
            default:
                return typeof(TChar) == typeof(byte)
                    ? ParseLine(System.Runtime.InteropServices.MemoryMarshal.AsBytes(line), lines.LineNumber, typeInfo, options.SourceName)
                    : ParseLine(System.Runtime.InteropServices.MemoryMarshal.Cast<TChar, char>(line), lines.LineNumber, typeInfo, options.SourceName);
        }
    }

    private static ParseResult<T>? ParseLine<T>(ReadOnlySpan<byte> line, int lineNumber, JsonTypeInfo<T> typeInfo, string? source)
    {
        if (line.IndexOfAnyExcept(" \t\r"u8) < 0)
        {
            return null;
        }
        try
        {
            T? value = JsonSerializer.Deserialize(line, typeInfo);
            return value is not null
                ? ParseResult<T>.ForValue(value)
                : ParseResult<T>.ForError(new ParseError(new TextPosition(lineNumber, 1), "null", typeInfo.Type.Name, source));
        }
        catch (JsonException e)
        {
            int column = Encoding.UTF8.GetCharCount(line[..(int)Math.Clamp(e.BytePositionInLine ?? 0, 0, line.Length)]) + 1;
            return ParseResult<T>.ForError(ErrorFor(e, lineNumber, column, source));
        }
    }

    private static ParseResult<T>? ParseLine<T>(ReadOnlySpan<char> line, int lineNumber, JsonTypeInfo<T> typeInfo, string? source)
    {
        if (line.IsWhiteSpace())
        {
            return null;
        }
        try
        {
            T? value = JsonSerializer.Deserialize(line, typeInfo);
            return value is not null
                ? ParseResult<T>.ForValue(value)
                : ParseResult<T>.ForError(new ParseError(new TextPosition(lineNumber, 1), "null", typeInfo.Type.Name, source));
        }
        catch (JsonException e)
        {
            return ParseResult<T>.ForError(ErrorFor(e, lineNumber, CharColumn(line, e.BytePositionInLine ?? 0), source));
        }
    }

    /// <summary>The 1-based column of the char holding UTF-8 byte <paramref name="bytePosition"/> of <paramref name="line"/>.</summary>
    private static int CharColumn(ReadOnlySpan<char> line, long bytePosition)
    {
        long bytes = 0;
        int i = 0;
        while (i < line.Length && bytes < bytePosition)
        {
            bytes += Rune.DecodeFromUtf16(line[i..], out Rune rune, out int used) == System.Buffers.OperationStatus.Done ? rune.Utf8SequenceLength : 3;
            i += Math.Max(used, 1);
        }
        return i + 1;
    }

    private static ParseError ErrorFor(JsonException e, int line, int column, string? source)
    {
        var position = new TextPosition(line, column);
        if (e is JsonValueException value)
        {
            return new ParseError(position, $"{value.Found} at {value.RelativePath}", value.Expected, source);
        }
        string message = e.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }
        return new ParseError(position, Messages.JsonInvalid(cut < 0 ? message : message[..cut]), Messages.JsonOneObjectPerLine, source);
    }

    /// <summary>Writes one card per line to <paramref name="stream"/> (left open); returns how many lines were written.</summary>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    public static long WriteCards(Stream stream, IEnumerable<EventCard> cards) => Write(stream, cards, HistoricalEventsJson.Context.EventCard);

    /// <summary>Writes one event per line to <paramref name="stream"/> (left open); returns how many lines were written.</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    public static long WriteEvents(Stream stream, IEnumerable<HistoricalEvent> events) => Write(stream, events, HistoricalEventsJson.Context.HistoricalEvent);

    /// <summary>Writes one <typeparamref name="T"/> per line to <paramref name="stream"/> (left open) with <paramref name="typeInfo"/>; returns how many lines were written.</summary>
    /// <exception cref="ArgumentNullException">An argument or a value is null.</exception>
    public static long Write<T>(Stream stream, IEnumerable<T> values, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(values);
        Preconditions.CheckNotNull(typeInfo);
        using var writer = new JsonLinesWriter(stream, typeInfo.Options, leaveOpen: true);
        foreach (T value in values)
        {
            writer.Write(Preconditions.CheckNotNull(value), typeInfo);
        }
        writer.Flush();
        return writer.LineCount;
    }

    /// <summary>Writes one card per line to <paramref name="stream"/> (left open), asynchronously; returns how many lines were written.</summary>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    public static Task<long> WriteCardsAsync(Stream stream, IAsyncEnumerable<EventCard> cards, CancellationToken cancellationToken = default) =>
        WriteAsync(stream, cards, HistoricalEventsJson.Context.EventCard, cancellationToken);

    /// <summary>Writes one event per line to <paramref name="stream"/> (left open), asynchronously; returns how many lines were written.</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    public static Task<long> WriteEventsAsync(Stream stream, IAsyncEnumerable<HistoricalEvent> events, CancellationToken cancellationToken = default) =>
        WriteAsync(stream, events, HistoricalEventsJson.Context.HistoricalEvent, cancellationToken);

    /// <summary>Writes one <typeparamref name="T"/> per line to <paramref name="stream"/> (left open), asynchronously; returns how many lines were written.</summary>
    /// <exception cref="ArgumentNullException">An argument or a value is null.</exception>
    /// <exception cref="OperationCanceledException">Writing was cancelled.</exception>
    public static Task<long> WriteAsync<T>(Stream stream, IAsyncEnumerable<T> values, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
        where T : class
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(values);
        Preconditions.CheckNotNull(typeInfo);
        return WriteAsyncCore(stream, values, typeInfo, cancellationToken);
    }

    private static async Task<long> WriteAsyncCore<T>(Stream stream, IAsyncEnumerable<T> values, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        await using var writer = new JsonLinesWriter(stream, typeInfo.Options, leaveOpen: true);
        await foreach (T value in values.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            writer.Write(Preconditions.CheckNotNull(value), typeInfo);
            if (writer.BufferedBytes >= JsonLinesWriter.AsyncBlockSize)
            {
                // Hand blocks to the stream asynchronously, before the writer would write them synchronously.
                await writer.WriteBufferedAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return writer.LineCount;
    }
}
