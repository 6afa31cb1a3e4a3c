using HistoricalEvents.Interchange.Internal;
using Parquet;

namespace HistoricalEvents.Interchange;

/// <summary>
/// Writes events and cards to a Parquet stream as they come, one row per event, keeping one row group in memory:
/// for a caller that is handed events one at a time rather than holding a sequence (the static
/// <see cref="HistoricalEventsParquet.Write(Stream, IEnumerable{HistoricalEvent}, HistoricalEventsParquetOptions?)"/> uses it).
/// Disposing writes the last row group and the footer; the stream is left open. Not thread-safe.
/// </summary>
public sealed class HistoricalEventsParquetWriter : IDisposable, IAsyncDisposable
{
    private readonly ParquetWriter _writer;
    private readonly EventRowWriter _buffer;
    private bool _disposed;

    private HistoricalEventsParquetWriter(ParquetWriter writer, int rowGroupSize)
    {
        _writer = writer;
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
        ParquetWriter writer = await ParquetWriter.CreateAsync(ParquetColumns.Schema, stream, null, append: false, cancellationToken).ConfigureAwait(false);
        return new HistoricalEventsParquetWriter(writer, options.RowGroupSize);
    }

    /// <summary>Writes one event (a row without a card role).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="historicalEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">Its date cannot be written exactly (see <see cref="HistoricalEventsParquet"/>).</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    public void Write(HistoricalEvent historicalEvent) =>
        WriteAsync(historicalEvent, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes every event of a card: the headline (with the card's position), then the moments.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    /// <exception cref="ArgumentException">A date cannot be written exactly.</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    public void Write(EventCard card) => WriteAsync(card, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes one event; completes at once unless a row group is full and written.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="historicalEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">Its date cannot be written exactly.</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    public ValueTask WriteAsync(HistoricalEvent historicalEvent, CancellationToken cancellationToken = default)
    {
        ParquetPreconditions.CheckNotNull(historicalEvent);
        return AddAsync(new EventRow(historicalEvent, null, null), cancellationToken);
    }

    /// <summary>Writes every event of a card: the headline (with the card's position), then the moments.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    /// <exception cref="ArgumentException">A date cannot be written exactly.</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
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
        _buffer.Add(row);
        Count++;
        return _buffer.IsFull ? new ValueTask(_buffer.FlushAsync(_writer, cancellationToken)) : ValueTask.CompletedTask;
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
        if (!_buffer.IsEmpty)
        {
            await _buffer.FlushAsync(_writer, CancellationToken.None).ConfigureAwait(false);
        }
        await _writer.DisposeAsync().ConfigureAwait(false);
    }
}
