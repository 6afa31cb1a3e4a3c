using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Serialization;

/// <summary>
/// Writes JSON Lines (<see href="https://jsonlines.org"/>): one JSON value per line, each line ended by <c>\n</c>,
/// UTF-8 without a byte-order mark. Lines are gathered in a buffer and written to the stream in blocks of about
/// 64 KiB, so memory stays flat however many values are written and the stream sees few, large writes.
/// </summary>
/// <remarks>
/// Values are written compactly (never indented) with the encoder of the type info's options, so
/// <see cref="HistoricalEventsJson.Context"/> keeps non-ASCII text as written. Call <see cref="Flush"/> (or
/// dispose) to write what is buffered. Not thread-safe.
/// </remarks>
public sealed class JsonLinesWriter : IDisposable, IAsyncDisposable
{
    private const int BlockSize = 1 << 16;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly ArrayBufferWriter<byte> _buffer = new(BlockSize + 4096);
    private readonly Utf8JsonWriter _json;
    private bool _disposed;

    /// <summary>Creates a writer to <paramref name="stream"/> with relaxed escaping (non-ASCII text stays readable).</summary>
    /// <param name="stream">Where the lines go.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="stream"/> open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public JsonLinesWriter(Stream stream, bool leaveOpen = false)
    {
        // The encoder of HistoricalEventsJson.Options, without building those options (the converters, NodaTime's,
        // the source-generated context): a command that writes lines in its own shape never needs them.
        _stream = Preconditions.CheckNotNull(stream);
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = HistoricalEventsJson.Encoder, Indented = false });
    }

    /// <summary>Creates a writer to <paramref name="stream"/> whose values use <paramref name="options"/>' encoder.</summary>
    /// <param name="stream">Where the lines go.</param>
    /// <param name="options">Options whose <see cref="JsonSerializerOptions.Encoder"/> the lines use; indentation is ignored.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="stream"/> open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public JsonLinesWriter(Stream stream, JsonSerializerOptions options, bool leaveOpen = false)
    {
        _stream = Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(options);
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = false });
    }

    /// <summary>How many lines have been written (or buffered).</summary>
    public long LineCount { get; private set; }

    /// <summary>Writes <paramref name="value"/> as one line.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is null.</exception>
    public void Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        Preconditions.CheckNotNull(typeInfo);
        StartLine();
        JsonSerializer.Serialize(_json, value, typeInfo);
        EndLine();
    }

    /// <summary>Writes a card as one line, as <see cref="HistoricalEventsJson.Context"/> writes it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public void Write(EventCard card) => Write(Preconditions.CheckNotNull(card), HistoricalEventsJson.Context.EventCard);

    /// <summary>Writes an event as one line, as <see cref="HistoricalEventsJson.Context"/> writes it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="historicalEvent"/> is null.</exception>
    public void Write(HistoricalEvent historicalEvent) => Write(Preconditions.CheckNotNull(historicalEvent), HistoricalEventsJson.Context.HistoricalEvent);

    /// <summary>
    /// Writes one line in a shape of your own: <paramref name="writeValue"/> writes exactly one JSON value to the
    /// <see cref="Utf8JsonWriter"/> it is given, with <paramref name="state"/> (so the call need not allocate a closure).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="writeValue"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="writeValue"/> wrote no value, or an unfinished one.</exception>
    public void Write<TState>(TState state, Action<Utf8JsonWriter, TState> writeValue)
    {
        Preconditions.CheckNotNull(writeValue);
        StartLine();
        writeValue(_json, state);
        if (_json.CurrentDepth != 0 || _json.BytesPending == 0 && _json.BytesCommitted == 0)
        {
            _json.Reset(_buffer);
            throw new InvalidOperationException(Messages.JsonLinesOneValue);
        }
        EndLine();
    }

    private void StartLine()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _json.Reset(_buffer);
    }

    private void EndLine()
    {
        _json.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        LineCount++;
        if (_buffer.WrittenCount >= BlockSize)
        {
            _stream.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
    }

    /// <summary>Writes the buffered lines to the stream and flushes it.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_buffer.WrittenCount > 0)
        {
            _stream.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
        _stream.Flush();
    }

    /// <summary>Below the block size, so async callers write blocks before <see cref="EndLine"/> would.</summary>
    internal const int AsyncBlockSize = BlockSize / 2;

    internal int BufferedBytes => _buffer.WrittenCount;

    internal async ValueTask WriteBufferedAsync(CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
    }

    /// <summary>Writes the buffered lines to the stream and flushes it, asynchronously.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_buffer.WrittenCount > 0)
        {
            await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.ResetWrittenCount();
        }
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Flushes, then disposes the stream unless it was left open.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        Flush();
        _disposed = true;
        _json.Dispose();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    /// <summary>Flushes, then disposes the stream unless it was left open, asynchronously.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        await FlushAsync().ConfigureAwait(false);
        _disposed = true;
        await _json.DisposeAsync().ConfigureAwait(false);
        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
