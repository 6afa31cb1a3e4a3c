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
    private readonly string?[] _title, _date, _dateEnglish, _card, _file, _role, _cardFile;
    private readonly string[] _summary, _edtf, _kind, _precision, _calendar;
    private readonly bool[] _approximate, _uncertain;
    private readonly DateTime?[] _earliest, _latest;
    private readonly long[] _earliestDay, _latestDay, _earliestYear, _latestYear;
    private readonly long?[] _firstEarliest, _firstLatest, _secondEarliest, _secondLatest, _line, _cardLine;
    private readonly int?[] _month, _day, _column, _cardColumn;
    private readonly double?[] _latitude, _longitude;
    private readonly ListBuffer _places = new(), _narrative = new(), _sources = new();

    internal EventRowWriter(int size)
    {
        _size = size;
        _title = new string?[size]; _date = new string?[size]; _dateEnglish = new string?[size]; _card = new string?[size];
        _file = new string?[size]; _role = new string?[size]; _cardFile = new string?[size];
        _summary = new string[size]; _edtf = new string[size]; _kind = new string[size]; _precision = new string[size]; _calendar = new string[size];
        _approximate = new bool[size]; _uncertain = new bool[size];
        _earliest = new DateTime?[size]; _latest = new DateTime?[size];
        _earliestDay = new long[size]; _latestDay = new long[size]; _earliestYear = new long[size]; _latestYear = new long[size];
        _firstEarliest = new long?[size]; _firstLatest = new long?[size]; _secondEarliest = new long?[size]; _secondLatest = new long?[size]; _line = new long?[size]; _cardLine = new long?[size];
        _month = new int?[size]; _day = new int?[size]; _column = new int?[size]; _cardColumn = new int?[size];
        _latitude = new double?[size]; _longitude = new double?[size];
    }

    internal bool IsFull => _count == _size;

    internal bool IsEmpty => _count == 0;

    internal void Add(in EventRow row)
    {
        HistoricalEvent e = row.Event;
        HistoricalDate date = e.Date;
        int i = _count;
        _title[i] = e.Title;
        _summary[i] = e.Summary;
        _date[i] = date.Text;
        string edtf = date.ToEdtfString();
        _edtf[i] = edtf;
        _dateEnglish[i] = ExactEnglish(date, edtf);
        _kind[i] = Name(date.Kind);
        _precision[i] = Name(date.Precision);
        _calendar[i] = date.Calendar == HistoricalCalendar.Julian ? "julian" : "gregorian";
        _approximate[i] = date.IsApproximate;
        _uncertain[i] = date.IsUncertain;
        long earliestYear = date.EarliestYear, latestYear = date.LatestYear;
        _earliestYear[i] = earliestYear;
        _latestYear[i] = latestYear;
        _earliestDay[i] = EarliestDayOf(date);
        _latestDay[i] = LatestDayOf(date);
        _earliest[i] = AsDateTime(earliestYear, earliest: true, date);
        _latest[i] = AsDateTime(latestYear, earliest: false, date);
        if (date.Kind == HistoricalDateKind.OneOf)
        {
            // The alternatives, in the library's order; either may be the wider one.
            HistoricalDate first = date.Start, second = date.End;
            _firstEarliest[i] = EarliestDayOf(first);
            _firstLatest[i] = LatestDayOf(first);
            _secondEarliest[i] = EarliestDayOf(second);
            _secondLatest[i] = LatestDayOf(second);
        }
        else
        {
            _firstEarliest[i] = _firstLatest[i] = _secondEarliest[i] = _secondLatest[i] = null;
        }
        NodaTime.AnnualDate? annual = date.AnnualDate;
        _month[i] = annual?.Month;
        _day[i] = annual?.Day;
        _places.Add(e.Places, static p => p.Text);
        _narrative.Add(e.Narrative, static s => s);
        _sources.Add(e.Sources, static s => s.Text);
        GeoCoordinate? at = null;
        foreach (Place place in e.Places)
        {
            if (place.Coordinates is { } c)
            {
                at = c;
                break;
            }
        }
        _latitude[i] = at?.Latitude;
        _longitude[i] = at?.Longitude;
        _card[i] = e.Origin?.CardTitle;
        _file[i] = e.Origin?.File;
        _line[i] = e.Origin?.Position.Line;
        _column[i] = e.Origin?.Position.Column;
        _role[i] = row.Role;
        bool headline = row.Role == Headline;
        _cardFile[i] = headline ? row.Card!.File : null;
        _cardLine[i] = headline ? row.Card!.Position.Line : null;
        _cardColumn[i] = headline ? row.Card!.Position.Column : null;
        _count++;
    }

    /// <summary>
    /// The English form to keep when EDTF does not read back as the same value (a Julian month, dual dating,
    /// <c>early 19th century</c>), or null when EDTF does; an error when neither does, never a changed date.
    /// </summary>
    private static string? ExactEnglish(HistoricalDate date, string edtf)
    {
        if (HistoricalDatePatterns.Edtf.TryParse(edtf, out HistoricalDate back) && back == date)
        {
            return null;
        }
        string english = HistoricalDatePatterns.English.Format(date);
        if (HistoricalDatePatterns.English.TryParse(english, out back) && back == date)
        {
            return english;
        }
        throw new ArgumentException(ParquetMessages.CannotWriteDate(edtf, ParquetMessages.EnglishDoesNotReadBack));
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
            await group.WriteAsync<DateTime>(Earliest, _earliest.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<DateTime>(Latest, _latest.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(EarliestDay, _earliestDay.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(LatestDay, _latestDay.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(EarliestYear, _earliestYear.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(LatestYear, _latestYear.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(FirstEarliestDay, _firstEarliest.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(FirstLatestDay, _firstLatest.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(SecondEarliestDay, _secondEarliest.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(SecondLatestDay, _secondLatest.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(Month, _month.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(Day, _day.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await _places.WriteAsync(group, PlaceItems, cancellationToken).ConfigureAwait(false);
            await _narrative.WriteAsync(group, NarrativeItems, cancellationToken).ConfigureAwait(false);
            await _sources.WriteAsync(group, SourceItems, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<double>(Latitude, _latitude.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<double>(Longitude, _longitude.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await Strings(group, Card, _card, n).ConfigureAwait(false);
            await Strings(group, FileName, _file, n).ConfigureAwait(false);
            await group.WriteAsync<long>(Line, _line.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(Column, _column.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await Strings(group, Role, _role, n).ConfigureAwait(false);
            await Strings(group, CardFile, _cardFile, n).ConfigureAwait(false);
            await group.WriteAsync<long>(CardLine, _cardLine.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(CardColumn, _cardColumn.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            group.CompleteValidate();
        }
        _count = 0;
        _places.Clear();
        _narrative.Clear();
        _sources.Clear();
    }

    private static Task Strings(ParquetRowGroupWriter group, DataField field, string?[] values, int count) =>
        group.WriteAsync(field, new ArraySegment<string?>(values, 0, count), null);

    /// <summary>A list column as Parquet stores it: the items of every row, with definition and repetition levels.</summary>
    private sealed class ListBuffer
    {
        private readonly List<ReadOnlyMemory<char>> _values = [];
        private readonly List<int> _definitions = [];
        private readonly List<int> _repetitions = [];

        internal void Add<T>(IReadOnlyList<T> items, Func<T, string> text)
        {
            if (items.Count == 0)
            {
                // An empty list: defined (level 1) with no element.
                _definitions.Add(1);
                _repetitions.Add(0);
                return;
            }
            for (int i = 0; i < items.Count; i++)
            {
                _values.Add(text(items[i]).AsMemory());
                _definitions.Add(2);
                _repetitions.Add(i == 0 ? 0 : 1);
            }
        }

        internal void Clear()
        {
            _values.Clear();
            _definitions.Clear();
            _repetitions.Clear();
        }

        internal Task WriteAsync(ParquetRowGroupWriter group, DataField field, CancellationToken cancellationToken) =>
            group.WriteAllPartsAsync<ReadOnlyMemory<char>>(field,
                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_values).ToArray(),
                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_definitions).ToArray(),
                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_repetitions).ToArray(), cancellationToken);
    }
}
