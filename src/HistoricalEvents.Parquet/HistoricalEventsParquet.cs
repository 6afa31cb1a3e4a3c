using System.Runtime.CompilerServices;
using HistoricalEvents.Interchange.Internal;
using HistoricalEvents.Text;
using Parquet;

namespace HistoricalEvents.Interchange;

/// <summary>
/// Writes events and cards to Apache Parquet, one row per event, and reads them back: the way to take events to
/// DuckDB, Spark, pandas or any tool that reads Parquet. Writing keeps up to two row groups in memory
/// (<see cref="HistoricalEventsParquetOptions.RowGroupSize"/> events each: one filled while the previous one is encoded
/// on another thread); reading reads one row group at a time. The
/// columns are listed in docs/scale.md.
/// </summary>
/// <remarks>
/// <para>
/// The round trip is exact: each event comes back equal to the one written, with the date's text as written
/// (<see cref="HistoricalDate.Text"/>), the places' text with their coordinates, the sources as written, and the
/// origin (card, file, line, column); a card comes back equal, with its file and position. The date is kept in the
/// <c>edtf</c> column, which every tool reads, and also in <c>date_english</c> when EDTF cannot hold its value (a
/// Julian month, dual dating, <c>early 19th century</c>).
/// </para>
/// <para>
/// Bounds for queries: <c>earliest_day</c> and <c>latest_day</c> count days from 1970-01-01 on the proleptic
/// Gregorian axis (the numbering of Parquet's DATE) for every date, prehistoric ones included (a year beyond
/// -9998..9999 runs from its 1 January to its 31 December; an open end reaches year ±500,000,000), so comparing
/// them gives the library's order. <c>earliest</c> and <c>latest</c> are the same days as DATE values where .NET
/// can write them (AD 1 to 9999), null before and beyond.
/// </para>
/// <para>
/// Parquet.Net writes and reads asynchronously; the synchronous methods wait on it (they do not need a
/// synchronization context). Reading needs a seekable stream (Parquet keeps its schema at the end); writing does not.
/// </para>
/// </remarks>
public static class HistoricalEventsParquet
{
    /// <summary>
    /// The value the <c>earliest_day</c> column holds for <paramref name="date"/>: days from 1970-01-01 to its first
    /// day on the proleptic Gregorian axis (Parquet's DATE numbering), or to 1 January of its year beyond -9998..9999.
    /// For SQL: <c>Timeline.Between(from, to)</c> is the window from <c>EarliestDay(from)</c> to <c>LatestDay(to)</c>.
    /// </summary>
    public static long EarliestDay(HistoricalDate date) => ParquetColumns.EarliestDayOf(date);

    /// <summary>The value the <c>latest_day</c> column holds for <paramref name="date"/>: days from 1970-01-01 to its last day (31 December of its year beyond -9998..9999).</summary>
    public static long LatestDay(HistoricalDate date) => ParquetColumns.LatestDayOf(date);

    /// <summary>Writes the events, one row each; returns how many were written. The stream is left open.</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable, or a date cannot be written exactly (see <see cref="HistoricalEventsParquet"/>).</exception>
    public static long Write(Stream stream, IEnumerable<HistoricalEvent> events, HistoricalEventsParquetOptions? options = null) =>
        WriteAsync(stream, events, options, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Writes every event of the cards (the headline, then the moments), one row each, with the card's position; returns how many rows were written.</summary>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable, or a date cannot be written exactly.</exception>
    public static long Write(Stream stream, IEnumerable<EventCard> cards, HistoricalEventsParquetOptions? options = null) =>
        WriteAsync(stream, cards, options, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Writes the events, one row each; returns how many were written. The stream is left open.</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable, or a date cannot be written exactly.</exception>
    public static Task<long> WriteAsync(Stream stream, IEnumerable<HistoricalEvent> events, HistoricalEventsParquetOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ParquetPreconditions.CheckNotNull(events);
        return WriteEventsAsync(stream, events, options, cancellationToken);
    }

    /// <summary>Writes every event of the cards, one row each, with the card's position; returns how many rows were written.</summary>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable, or a date cannot be written exactly.</exception>
    public static Task<long> WriteAsync(Stream stream, IEnumerable<EventCard> cards, HistoricalEventsParquetOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ParquetPreconditions.CheckNotNull(cards);
        return WriteCardsAsync(stream, cards, options, cancellationToken);
    }

    private static async Task<long> WriteEventsAsync(Stream stream, IEnumerable<HistoricalEvent> events, HistoricalEventsParquetOptions? options,
        CancellationToken cancellationToken)
    {
        HistoricalEventsParquetWriter writer = await HistoricalEventsParquetWriter.CreateAsync(stream, options, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            foreach (HistoricalEvent e in events)
            {
                ParquetPreconditions.CheckArgument(e is not null, ParquetMessages.NullItem, nameof(events));
                await writer.WriteAsync(e, cancellationToken).ConfigureAwait(false);
            }
        }
        return writer.Count;
    }

    private static async Task<long> WriteCardsAsync(Stream stream, IEnumerable<EventCard> cards, HistoricalEventsParquetOptions? options,
        CancellationToken cancellationToken)
    {
        HistoricalEventsParquetWriter writer = await HistoricalEventsParquetWriter.CreateAsync(stream, options, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            foreach (EventCard card in cards)
            {
                ParquetPreconditions.CheckArgument(card is not null, ParquetMessages.NullItem, nameof(cards));
                await writer.WriteAsync(card, cancellationToken).ConfigureAwait(false);
            }
        }
        return writer.Count;
    }

    /// <summary>Reads the events of a file <see cref="Write(Stream, IEnumerable{HistoricalEvent}, HistoricalEventsParquetOptions?)"/> wrote, in order, one row group at a time.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream is not readable and seekable.</exception>
    /// <exception cref="InvalidDataException">The stream is not a Parquet file, a column reading needs is missing or has another
    /// type, or a row holds a value no event has (the message names the row, 1-based, and the column); thrown when reached.</exception>
    public static IEnumerable<HistoricalEvent> Read(Stream stream)
    {
        ParquetPreconditions.CheckNotNull(stream);
        ParquetPreconditions.CheckArgument(stream.CanRead && stream.CanSeek, ParquetMessages.StreamNotSeekable, nameof(stream));
        return ReadRows(stream).Select(static row => row.Event);
    }

    /// <summary>Reads the events of a file, in order, one row group at a time.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream is not readable and seekable.</exception>
    /// <exception cref="InvalidDataException">The stream is not a Parquet file, a needed column is missing or mistyped, or a row is not an event.</exception>
    public static async IAsyncEnumerable<HistoricalEvent> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (ReadRow row in ReadRowsAsync(stream, cancellationToken).ConfigureAwait(false))
        {
            yield return row.Event;
        }
    }

    /// <summary>Reads the cards of a file <see cref="Write(Stream, IEnumerable{EventCard}, HistoricalEventsParquetOptions?)"/> wrote, in order, one card in memory at a time.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream is not readable and seekable.</exception>
    /// <exception cref="InvalidDataException">As for <see cref="Read"/>; also when a row was not written from a card (no role) or a
    /// moment comes before any headline.</exception>
    public static IEnumerable<EventCard> ReadCards(Stream stream)
    {
        ParquetPreconditions.CheckNotNull(stream);
        ParquetPreconditions.CheckArgument(stream.CanRead && stream.CanSeek, ParquetMessages.StreamNotSeekable, nameof(stream));
        return Cards(ReadRows(stream));
    }

    /// <summary>Reads the cards of a file, in order, one card in memory at a time.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream is not readable and seekable.</exception>
    /// <exception cref="InvalidDataException">As for <see cref="ReadCards"/>.</exception>
    public static async IAsyncEnumerable<EventCard> ReadCardsAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var builder = new CardBuilder();
        await foreach (ReadRow row in ReadRowsAsync(stream, cancellationToken).ConfigureAwait(false))
        {
            if (builder.Add(row) is { } card)
            {
                yield return card;
            }
        }
        if (builder.Finish() is { } last)
        {
            yield return last;
        }
    }

    private static IEnumerable<EventCard> Cards(IEnumerable<ReadRow> rows)
    {
        var builder = new CardBuilder();
        foreach (ReadRow row in rows)
        {
            if (builder.Add(row) is { } card)
            {
                yield return card;
            }
        }
        if (builder.Finish() is { } last)
        {
            yield return last;
        }
    }

    private static IEnumerable<ReadRow> ReadRows(Stream stream)
    {
        ParquetReader reader = EventRowReader.OpenAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            Dictionary<string, global::Parquet.Schema.DataField> fields = EventRowReader.CheckSchema(reader);
            long row = 1;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                ReadRow[] rows = EventRowReader.ReadGroupAsync(reader, fields, g, row, CancellationToken.None).GetAwaiter().GetResult();
                foreach (ReadRow r in rows)
                {
                    yield return r;
                }
                row += rows.Length;
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static async IAsyncEnumerable<ReadRow> ReadRowsAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ParquetReader reader = await EventRowReader.OpenAsync(stream, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            Dictionary<string, global::Parquet.Schema.DataField> fields = EventRowReader.CheckSchema(reader);
            long row = 1;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                ReadRow[] rows = await EventRowReader.ReadGroupAsync(reader, fields, g, row, cancellationToken).ConfigureAwait(false);
                foreach (ReadRow r in rows)
                {
                    yield return r;
                }
                row += rows.Length;
            }
        }
    }

    /// <summary>Gathers a headline row and its moment rows into a card.</summary>
    private sealed class CardBuilder
    {
        private ReadRow? _headline;
        private readonly List<HistoricalEvent> _moments = [];

        internal EventCard? Add(ReadRow row)
        {
            switch (row.Role)
            {
                case ParquetColumns.Headline:
                    if (string.IsNullOrEmpty(row.Event.Title))
                    {
                        throw new InvalidDataException(ParquetMessages.BadRow(row.Row, "title", "null", ParquetMessages.ExpectedHeadline));
                    }
                    EventCard? done = Finish();
                    _headline = row;
                    return done;
                case ParquetColumns.Moment when _headline is not null:
                    _moments.Add(row.Event);
                    return null;
                case ParquetColumns.Moment:
                    throw new InvalidDataException(ParquetMessages.BadRow(row.Row, "role", ParquetMessages.Quote(row.Role), ParquetMessages.ExpectedHeadline));
                default:
                    throw new InvalidDataException(ParquetMessages.BadRow(row.Row, "role", "null", ParquetMessages.ExpectedCardRow));
            }
        }

        internal EventCard? Finish()
        {
            if (_headline is not { } headline)
            {
                return null;
            }
            var card = new EventCard(headline.Event, _moments, headline.CardPosition, headline.CardFile);
            _headline = null;
            _moments.Clear();
            return card;
        }
    }
}
