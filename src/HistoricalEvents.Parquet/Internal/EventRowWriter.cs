using HistoricalEvents.Text;
using Parquet;
using Parquet.Schema;
using static HistoricalEvents.Interchange.Internal.ParquetColumns;

namespace HistoricalEvents.Interchange.Internal;

/// <summary>One row to write: an event, and for a card's events the card's role and position.</summary>
internal readonly record struct EventRow(HistoricalEvent Event, string? Role, EventCard? Card);

/// <summary>Buffers one row group of events column by column and writes it; the buffers are reused for every group.</summary>
internal sealed class EventRowWriter
{
    private readonly int _size;
    private int _count;
    // Text columns as Parquet.Net's own string values (ReadOnlyMemory<char>), filled directly: its string[] helper
    // would copy every column into such an array once more at each row group. A nullable one keeps its values and
    // its definition levels (0 null, 1 present), as Parquet stores it.
    private readonly NullableText _title, _date, _dateEnglish, _card, _file, _role, _cardFile;
    private readonly ReadOnlyMemory<char>[] _summary, _edtf, _kind, _precision, _calendar;
    private readonly bool[] _approximate, _uncertain;
    // Nullable numbers as Parquet stores them (the present values, and a definition level a row), filled directly:
    // given T?[] Parquet.Net would split each column into such arrays again at every row group.
    private readonly NullableColumn<DateTime> _earliest, _latest;
    private readonly long[] _earliestDay, _latestDay, _earliestYear, _latestYear;
    private readonly NullableColumn<long> _firstEarliest, _firstLatest, _secondEarliest, _secondLatest, _line, _cardLine;
    private readonly NullableColumn<int> _month, _day, _column, _cardColumn;
    private readonly NullableColumn<double> _latitude, _longitude;
    private readonly ListBuffer _places = new(), _narrative = new(), _sources = new();
    private readonly TextBuffer _edtfText;

    internal EventRowWriter(int size)
    {
        _size = size;
        _title = new(size); _date = new(size); _dateEnglish = new(size); _card = new(size); _file = new(size); _role = new(size); _cardFile = new(size);
        _summary = new ReadOnlyMemory<char>[size]; _edtf = new ReadOnlyMemory<char>[size]; _kind = new ReadOnlyMemory<char>[size];
        _precision = new ReadOnlyMemory<char>[size]; _calendar = new ReadOnlyMemory<char>[size];
        _approximate = new bool[size]; _uncertain = new bool[size];
        _earliest = new(size); _latest = new(size);
        _earliestDay = new long[size]; _latestDay = new long[size]; _earliestYear = new long[size]; _latestYear = new long[size];
        _firstEarliest = new(size); _firstLatest = new(size); _secondEarliest = new(size); _secondLatest = new(size); _line = new(size); _cardLine = new(size);
        _month = new(size); _day = new(size); _column = new(size); _cardColumn = new(size);
        _latitude = new(size); _longitude = new(size);
        _edtfText = new TextBuffer(size);
    }

    internal bool IsFull => _count == _size;

    internal bool IsEmpty => _count == 0;

    internal void Add(in EventRow row)
    {
        HistoricalEvent e = row.Event;
        HistoricalDate date = e.Date;
        int i = _count;
        // The date's texts first: a date that cannot be written exactly throws before any column holds part of the
        // row, so a caller that goes on writing gets aligned columns. The EDTF text goes into the group's character
        // buffer, not into a string of its own.
        ReadOnlyMemory<char> edtf = _edtfText.Format(date);
        string? english = ExactEnglish(date, edtf.Span);
        _title.Add(e.Title);
        _summary[i] = e.Summary.AsMemory();
        _date.Add(date.Text);
        _edtf[i] = edtf;
        _dateEnglish.Add(english);
        _kind[i] = Name(date.Kind).AsMemory();
        _precision[i] = Name(date.Precision).AsMemory();
        _calendar[i] = (date.Calendar == HistoricalCalendar.Julian ? "julian" : "gregorian").AsMemory();
        _approximate[i] = date.IsApproximate;
        _uncertain[i] = date.IsUncertain;
        long earliestYear = date.EarliestYear, latestYear = date.LatestYear;
        _earliestYear[i] = earliestYear;
        _latestYear[i] = latestYear;
        // Each bound's day is computed once and gives both the day number and the DATE value.
        (_earliestDay[i], DateTime? earliestDate) = Bound(date, earliestYear, earliest: true);
        (_latestDay[i], DateTime? latestDate) = Bound(date, latestYear, earliest: false);
        _earliest.Add(earliestDate);
        _latest.Add(latestDate);
        if (date.Kind == HistoricalDateKind.OneOf)
        {
            // The alternatives, in the library's order; either may be the wider one.
            HistoricalDate first = date.Start, second = date.End;
            _firstEarliest.Add(EarliestDayOf(first));
            _firstLatest.Add(LatestDayOf(first));
            _secondEarliest.Add(EarliestDayOf(second));
            _secondLatest.Add(LatestDayOf(second));
        }
        else
        {
            _firstEarliest.Add(null);
            _firstLatest.Add(null);
            _secondEarliest.Add(null);
            _secondLatest.Add(null);
        }
        NodaTime.AnnualDate? annual = date.AnnualDate;
        _month.Add(annual?.Month);
        _day.Add(annual?.Day);
        IReadOnlyList<Place> places = e.Places;
        GeoCoordinate? at = null;
        if (places.Count == 0)
        {
            _places.AddEmpty();
        }
        else
        {
            for (int k = 0; k < places.Count; k++)
            {
                Place place = places[k];
                _places.Add(place.Text, k);
                if (at is null && place.Coordinates is { } c)
                {
                    at = c;
                }
            }
        }
        _narrative.Add(e.Narrative);
        IReadOnlyList<Source> sources = e.Sources;
        if (sources.Count == 0)
        {
            _sources.AddEmpty();
        }
        else
        {
            for (int k = 0; k < sources.Count; k++)
            {
                _sources.Add(sources[k].Text, k);
            }
        }
        _latitude.Add(at?.Latitude);
        _longitude.Add(at?.Longitude);
        if (e.Origin is { } origin)
        {
            _card.Add(origin.CardTitle);
            _file.Add(origin.File);
            _line.Add(origin.Position.Line);
            _column.Add(origin.Position.Column);
        }
        else
        {
            _card.Add(null);
            _file.Add(null);
            _line.Add(null);
            _column.Add(null);
        }
        _role.Add(row.Role);
        bool headline = row.Role == Headline;
        _cardFile.Add(headline ? row.Card!.File : null);
        _cardLine.Add(headline ? row.Card!.Position.Line : null);
        _cardColumn.Add(headline ? row.Card!.Position.Column : null);
        _count++;
    }

    /// <summary>
    /// A bound as days since 1970-01-01 (<see cref="EarliestDayOf"/>, <see cref="LatestDayOf"/>) and as a DATE value
    /// when <see cref="DateTime"/> holds its year (<see cref="AsDateTime"/>), from one computation of its day.
    /// </summary>
    private static (long Day, DateTime? Date) Bound(HistoricalDate date, long year, bool earliest)
    {
        if (year is < -9998 or > 9999)
        {
            return (earliest ? DaysFromCivil(year, 1, 1) : DaysFromCivil(year, 12, 31), null);
        }
        NodaTime.LocalDate day = earliest ? date.Earliest : date.Latest;
        long days = DaysFromCivil(day.Year, day.Month, day.Day);
        // DateTime counts days from 0001-01-01, 719,162 days before 1970-01-01.
        return (days, year is < 1 or > 9999 ? null : new DateTime((days + 719_162) * TimeSpan.TicksPerDay, DateTimeKind.Unspecified));
    }

    /// <summary>
    /// The English form to keep when EDTF does not read back as the same value (a Julian day, dual dating,
    /// <c>early 19th century</c>), or null when EDTF does; an error when neither does, never a changed date. For
    /// the shapes <see cref="DateTextForms"/> settles (plain days, months and years) the texts are not re-read.
    /// </summary>
    private static string? ExactEnglish(HistoricalDate date, ReadOnlySpan<char> edtf)
    {
        switch (DateTextForms.Of(date))
        {
            case KnownTextForm.Edtf:
                return null;
            case KnownTextForm.English:
                return HistoricalDatePatterns.English.Format(date);
        }
        if (HistoricalDatePatterns.Edtf.TryParse(edtf, out HistoricalDate back) && back == date)
        {
            return null;
        }
        string english = HistoricalDatePatterns.English.Format(date);
        if (HistoricalDatePatterns.English.TryParse(english, out back) && back == date)
        {
            return english;
        }
        throw new ArgumentException(ParquetMessages.CannotWriteDate(edtf.ToString(), ParquetMessages.EnglishDoesNotReadBack));
    }

    internal async Task FlushAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        int n = _count;
        using (ParquetRowGroupWriter group = writer.CreateRowGroup())
        {
            await Strings(group, Title, _title, n).ConfigureAwait(false);
            await Strings(group, Summary, _summary, n).ConfigureAwait(false);
            await Strings(group, Date, _date, n).ConfigureAwait(false);
            await Strings(group, Edtf, _edtf, n).ConfigureAwait(false);
            await Strings(group, DateEnglish, _dateEnglish, n).ConfigureAwait(false);
            await Strings(group, Kind, _kind, n).ConfigureAwait(false);
            await Strings(group, Precision, _precision, n).ConfigureAwait(false);
            await Strings(group, Calendar, _calendar, n).ConfigureAwait(false);
            await group.WriteAsync<bool>(Approximate, _approximate.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<bool>(Uncertain, _uncertain.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await _earliest.WriteAsync(group, Earliest, cancellationToken).ConfigureAwait(false);
            await _latest.WriteAsync(group, Latest, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(EarliestDay, _earliestDay.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(LatestDay, _latestDay.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(EarliestYear, _earliestYear.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(LatestYear, _latestYear.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await _firstEarliest.WriteAsync(group, FirstEarliestDay, cancellationToken).ConfigureAwait(false);
            await _firstLatest.WriteAsync(group, FirstLatestDay, cancellationToken).ConfigureAwait(false);
            await _secondEarliest.WriteAsync(group, SecondEarliestDay, cancellationToken).ConfigureAwait(false);
            await _secondLatest.WriteAsync(group, SecondLatestDay, cancellationToken).ConfigureAwait(false);
            await _month.WriteAsync(group, Month, cancellationToken).ConfigureAwait(false);
            await _day.WriteAsync(group, Day, cancellationToken).ConfigureAwait(false);
            await _places.WriteAsync(group, PlaceItems, cancellationToken).ConfigureAwait(false);
            await _narrative.WriteAsync(group, NarrativeItems, cancellationToken).ConfigureAwait(false);
            await _sources.WriteAsync(group, SourceItems, cancellationToken).ConfigureAwait(false);
            await _latitude.WriteAsync(group, Latitude, cancellationToken).ConfigureAwait(false);
            await _longitude.WriteAsync(group, Longitude, cancellationToken).ConfigureAwait(false);
            await Strings(group, Card, _card, n).ConfigureAwait(false);
            await Strings(group, FileName, _file, n).ConfigureAwait(false);
            await _line.WriteAsync(group, Line, cancellationToken).ConfigureAwait(false);
            await _column.WriteAsync(group, Column, cancellationToken).ConfigureAwait(false);
            await Strings(group, Role, _role, n).ConfigureAwait(false);
            await Strings(group, CardFile, _cardFile, n).ConfigureAwait(false);
            await _cardLine.WriteAsync(group, CardLine, cancellationToken).ConfigureAwait(false);
            await _cardColumn.WriteAsync(group, CardColumn, cancellationToken).ConfigureAwait(false);
            group.CompleteValidate();
        }
        _count = 0;
        _places.Clear();
        _narrative.Clear();
        _sources.Clear();
        _edtfText.Clear();
    }

    private static Task Strings(ParquetRowGroupWriter group, DataField field, NullableText values, int count) =>
        values.WriteAsync(group, field, count);

    private static Task Strings(ParquetRowGroupWriter group, DataField field, ReadOnlyMemory<char>[] values, int count) =>
        group.WriteAsync<ReadOnlyMemory<char>>(field, values.AsMemory(0, count), null, null, CancellationToken.None);

    /// <summary>A nullable text column as Parquet stores it: the present values, and a definition level a row.</summary>
    private sealed class NullableText(int size)
    {
        private readonly ReadOnlyMemory<char>[] _values = new ReadOnlyMemory<char>[size];
        private readonly int[] _definitions = new int[size];
        private int _valueCount;
        private int _rowCount;

        internal void Add(string? text)
        {
            if (text is null)
            {
                _definitions[_rowCount++] = 0;
                return;
            }
            _values[_valueCount++] = text.AsMemory();
            _definitions[_rowCount++] = 1;
        }

        internal async Task WriteAsync(ParquetRowGroupWriter group, DataField field, int count)
        {
            System.Diagnostics.Debug.Assert(count == _rowCount, "One value or null a row.");
            await group.WriteAllPartsAsync<ReadOnlyMemory<char>>(field, _values.AsMemory(0, _valueCount), _definitions.AsMemory(0, _rowCount), null, CancellationToken.None)
                .ConfigureAwait(false);
            // Drop the references to the texts so the buffer does not keep the last group's strings alive.
            Array.Clear(_values, 0, _valueCount);
            _valueCount = 0;
            _rowCount = 0;
        }
    }

    /// <summary>A nullable number column as Parquet stores it: the present values, and a definition level a row (0 null, 1 present).</summary>
    private sealed class NullableColumn<T>(int size)
        where T : struct
    {
        private readonly T[] _values = new T[size];
        private readonly int[] _definitions = new int[size];
        private int _valueCount;
        private int _rowCount;

        internal void Add(T? value)
        {
            if (value is { } present)
            {
                _values[_valueCount++] = present;
                _definitions[_rowCount++] = 1;
            }
            else
            {
                _definitions[_rowCount++] = 0;
            }
        }

        internal async Task WriteAsync(ParquetRowGroupWriter group, DataField field, CancellationToken cancellationToken)
        {
            await group.WriteAllPartsAsync<T>(field, _values.AsMemory(0, _valueCount), _definitions.AsMemory(0, _rowCount), null, cancellationToken)
                .ConfigureAwait(false);
            _valueCount = 0;
            _rowCount = 0;
        }
    }

    /// <summary>
    /// Characters for the texts of one row group, in blocks kept for the next group: a text is a slice of a block, so
    /// writing it allocates nothing. A full block is replaced by the next one, never moved, so the slices stay valid.
    /// </summary>
    private sealed class TextBuffer(int rows)
    {
        // Below the large object heap; 64 characters hold any EDTF text (EdtfPattern.TryFormat).
        private const int MaxText = 64;
        private readonly int _blockSize = Math.Clamp(rows * 16, 4 * MaxText, 32 * 1024);
        private readonly List<char[]> _blocks = [];
        private int _block = -1;
        private int _used;

        /// <summary>The date's EDTF text, in this buffer.</summary>
        internal ReadOnlyMemory<char> Format(HistoricalDate date)
        {
            if (_block < 0 || _blocks[_block].Length - _used < MaxText)
            {
                if (++_block == _blocks.Count)
                {
                    _blocks.Add(new char[_blockSize]);
                }
                _used = 0;
            }
            char[] block = _blocks[_block];
            if (!HistoricalDatePatterns.Edtf.TryFormat(date, block.AsSpan(_used), out int length))
            {
                // Not expected (64 characters always suffice), but a longer text still gets written whole.
                return HistoricalDatePatterns.Edtf.Format(date).AsMemory();
            }
            var text = new ReadOnlyMemory<char>(block, _used, length);
            _used += length;
            return text;
        }

        /// <summary>Starts the next row group in the first block again.</summary>
        internal void Clear()
        {
            _block = -1;
            _used = 0;
        }
    }

    /// <summary>A list column as Parquet stores it: the items of every row, with definition and repetition levels.</summary>
    /// <remarks>Plain arrays that grow by doubling and are kept for the next row group; written as slices, not copies.</remarks>
    private sealed class ListBuffer
    {
        private ReadOnlyMemory<char>[] _values = new ReadOnlyMemory<char>[1024];
        private int[] _definitions = new int[1024];
        private int[] _repetitions = new int[1024];
        private int _valueCount;
        private int _levelCount;

        /// <summary>An empty list: defined (level 1) with no element.</summary>
        internal void AddEmpty()
        {
            EnsureLevels();
            _definitions[_levelCount] = 1;
            _repetitions[_levelCount] = 0;
            _levelCount++;
        }

        /// <summary>The item at <paramref name="index"/> of the current row's list.</summary>
        internal void Add(string text, int index)
        {
            EnsureLevels();
            if (_valueCount == _values.Length)
            {
                Array.Resize(ref _values, _values.Length * 2);
            }
            _values[_valueCount++] = text.AsMemory();
            _definitions[_levelCount] = 2;
            _repetitions[_levelCount] = index == 0 ? 0 : 1;
            _levelCount++;
        }

        internal void Add(IReadOnlyList<string> items)
        {
            if (items.Count == 0)
            {
                AddEmpty();
                return;
            }
            for (int i = 0; i < items.Count; i++)
            {
                Add(items[i], i);
            }
        }

        private void EnsureLevels()
        {
            if (_levelCount == _definitions.Length)
            {
                Array.Resize(ref _definitions, _definitions.Length * 2);
                Array.Resize(ref _repetitions, _repetitions.Length * 2);
            }
        }

        internal void Clear()
        {
            // Drop the references to the texts so the buffer does not keep the last group's strings alive.
            Array.Clear(_values, 0, _valueCount);
            _valueCount = 0;
            _levelCount = 0;
        }

        internal Task WriteAsync(ParquetRowGroupWriter group, DataField field, CancellationToken cancellationToken) =>
            group.WriteAllPartsAsync<ReadOnlyMemory<char>>(field, _values.AsMemory(0, _valueCount),
                _definitions.AsMemory(0, _levelCount), _repetitions.AsMemory(0, _levelCount), cancellationToken);
    }
}
