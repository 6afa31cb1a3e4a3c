using HistoricalEvents.Interchange.Internal;
using Parquet;

namespace HistoricalEvents.Interchange;

/// <summary>
/// Writes events and cards to a Parquet stream as they come, one row per event: for a caller that is handed events
/// one at a time rather than holding a sequence (the static
/// <see cref="HistoricalEventsParquet.Write(Stream, IEnumerable{HistoricalEvent}, HistoricalEventsParquetOptions?)"/> uses it).
/// Disposing writes the last row group and the footer; the stream is left open. Not thread-safe.
/// </summary>
/// <remarks>
/// A full row group is encoded and written to the stream on a thread-pool thread while the caller fills the next
/// one, so the writer keeps up to two row groups in memory and uses a second core when there is one. Only one group
/// is written at a time, in order. An error writing a group (the stream's) is thrown by the next
/// <c>Write</c> that fills a group, or by <see cref="DisposeAsync"/>; after it the writer writes nothing more.
/// </remarks>
public sealed class HistoricalEventsParquetWriter : IDisposable, IAsyncDisposable
{
    private readonly ParquetWriter _writer;
    // The group being filled, and the one written in the background (or free to fill next once that write is done).
    private EventRowWriter _buffer;
    private EventRowWriter? _spare;
    private readonly int _rowGroupSize;
    private Task? _writing;
    private bool _failed;
    private bool _disposed;

    private HistoricalEventsParquetWriter(ParquetWriter writer, int rowGroupSize)
    {
        _writer = writer;
        _rowGroupSize = rowGroupSize;
        _buffer = new EventRowWriter(rowGroupSize);
    }

    /// <summary>How many rows (events) have been written.</summary>
    public long Count { get; private set; }

    /// <summary>A writer to <paramref name="stream"/>, which need not be seekable (standard output works).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    public static HistoricalEventsParquetWriter Create(Stream stream, HistoricalEventsParquetOptions? options = null) =>
        CreateAsync(stream, options, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>A writer to <paramref name="stream"/>, which need not be seekable.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    public static async Task<HistoricalEventsParquetWriter> CreateAsync(Stream stream, HistoricalEventsParquetOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ParquetPreconditions.CheckNotNull(stream);
        ParquetPreconditions.CheckArgument(stream.CanWrite, ParquetMessages.StreamNotWritable, nameof(stream));
        options ??= HistoricalEventsParquetOptions.Default;
        ParquetWriter writer = await ParquetWriter.CreateAsync(ParquetColumns.Schema, stream, ParquetColumns.WriterOptions(options.DeltaEncodeIntegers), append: false, cancellationToken).ConfigureAwait(false);
        return new HistoricalEventsParquetWriter(writer, options.RowGroupSize);
    }

    /// <summary>Writes one event (a row without a card role).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="historicalEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">Its date cannot be written exactly (see <see cref="HistoricalEventsParquet"/>).</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    /// <exception cref="InvalidOperationException">Writing an earlier row group failed (that error was thrown before).</exception>
    public void Write(HistoricalEvent historicalEvent) =>
        WriteAsync(historicalEvent, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes every event of a card: the headline (with the card's position), then the moments.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    /// <exception cref="ArgumentException">A date cannot be written exactly.</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    /// <exception cref="InvalidOperationException">Writing an earlier row group failed (that error was thrown before).</exception>
    public void Write(EventCard card) => WriteAsync(card, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes one event; completes at once unless a row group is full and written.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="historicalEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">Its date cannot be written exactly.</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    /// <exception cref="InvalidOperationException">Writing an earlier row group failed (that error was thrown before).</exception>
    public ValueTask WriteAsync(HistoricalEvent historicalEvent, CancellationToken cancellationToken = default)
    {
        ParquetPreconditions.CheckNotNull(historicalEvent);
        return AddAsync(new EventRow(historicalEvent, null, null), cancellationToken);
    }

    /// <summary>Writes every event of a card: the headline (with the card's position), then the moments.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    /// <exception cref="ArgumentException">A date cannot be written exactly.</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    /// <exception cref="InvalidOperationException">Writing an earlier row group failed (that error was thrown before).</exception>
    public async ValueTask WriteAsync(EventCard card, CancellationToken cancellationToken = default)
    {
        ParquetPreconditions.CheckNotNull(card);
        await AddAsync(new EventRow(card.Headline, ParquetColumns.Headline, card), cancellationToken).ConfigureAwait(false);
        foreach (HistoricalEvent moment in card.Moments)
        {
            await AddAsync(new EventRow(moment, ParquetColumns.Moment, card), cancellationToken).ConfigureAwait(false);
        }
    }

    private ValueTask AddAsync(EventRow row, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_failed)
        {
            throw new InvalidOperationException(ParquetMessages.WriterFailed);
        }
        _buffer.Add(row);
        Count++;
        return _buffer.IsFull ? new ValueTask(StartWritingAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <summary>Waits for the previous group's write, then writes the full group in the background and fills the other.</summary>
    private async Task StartWritingAsync(CancellationToken cancellationToken)
    {
        await WaitForWritingAsync().ConfigureAwait(false);
        EventRowWriter full = _buffer;
        _writing = Task.Run(() => full.FlushAsync(_writer, cancellationToken), cancellationToken);
        _buffer = _spare ?? new EventRowWriter(_rowGroupSize);
        _spare = full;
    }

    /// <summary>Waits for the group being written, if any; its error is thrown here, once, and stops the writer.</summary>
    private async Task WaitForWritingAsync()
    {
        if (_writing is not { } writing)
        {
            return;
        }
        _writing = null;
        try
        {
            await writing.ConfigureAwait(false);
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    /// <summary>Writes the last row group and the file's footer; the stream stays open.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Writes the last row group and the file's footer; the stream stays open.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            await WaitForWritingAsync().ConfigureAwait(false);
            if (!_failed && !_buffer.IsEmpty)
            {
                await _buffer.FlushAsync(_writer, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
