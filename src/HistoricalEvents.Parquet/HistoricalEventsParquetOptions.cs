using HistoricalEvents.Interchange.Internal;

namespace HistoricalEvents.Interchange;

/// <summary>How <see cref="HistoricalEventsParquet"/> writes: the row group size. Immutable once built.</summary>
public sealed class HistoricalEventsParquetOptions
{
    /// <summary>
    /// The row group size when none is given: 16,384 events, about a megabyte per group. Smaller groups than the
    /// 32,768 of the second speed round (and the 100,000 of version 0.1) take about a tenth less CPU to write (each
    /// column of a group stays in the processor's cache) for under 1% more file; DuckDB and Spark read such groups in
    /// parallel.
    /// </summary>
    public const int DefaultRowGroupSize = 16_384;

    /// <summary>The largest row group size accepted.</summary>
    public const int MaxRowGroupSize = 10_000_000;

    /// <summary>The default options.</summary>
    public static HistoricalEventsParquetOptions Default { get; } = new();

    private readonly int _rowGroupSize = DefaultRowGroupSize;

    /// <summary>
    /// Whether the integer columns (<c>earliest_day</c>, <c>latest_day</c>, the years, the alternatives' bounds,
    /// <c>month</c>, <c>day</c> and the lines and columns) are written with Parquet's DELTA_BINARY_PACKED encoding
    /// instead of PLAIN. Their types stay the same (INT64 or INT32); the file is smaller (on 1,000,000 synthetic
    /// events 21.4 instead of 29.9 bytes an event without the text columns). Default false: Spark's vectorized reader
    /// before Spark 3.3, and some other engines, do not read this encoding (see docs/scale.md); DuckDB, pyarrow and
    /// this package do.
    /// </summary>
    public bool DeltaEncodeIntegers { get; init; }

    /// <summary>
    /// How many events each row group holds (1 to <see cref="MaxRowGroupSize"/>): the writer keeps up to two groups in
    /// memory (one filled while the other is written) and the reader one group at a time, so this bounds the memory both use. Default <see cref="DefaultRowGroupSize"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="MaxRowGroupSize"/>.</exception>
    public int RowGroupSize
    {
        get => _rowGroupSize;
        init => _rowGroupSize = value is >= 1 and <= MaxRowGroupSize
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, ParquetMessages.RowGroupSizeRange);
    }
}
