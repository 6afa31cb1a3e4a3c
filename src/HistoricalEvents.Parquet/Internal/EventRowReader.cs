using HistoricalEvents.Text;
using Parquet;
using Parquet.Schema;
using static HistoricalEvents.Interchange.Internal.ParquetColumns;

namespace HistoricalEvents.Interchange.Internal;

/// <summary>One row read back: the event, and for a card's events the role and the card's position.</summary>
internal readonly record struct ReadRow(long Row, HistoricalEvent Event, string? Role, string? CardFile, TextPosition CardPosition);

/// <summary>Reads an events file one row group at a time, checking the schema first and every row as it is built.</summary>
internal static class EventRowReader
{
    internal static async Task<ParquetReader> OpenAsync(Stream stream, CancellationToken cancellationToken)
    {
        ParquetPreconditions.CheckNotNull(stream);
        ParquetPreconditions.CheckArgument(stream.CanRead && stream.CanSeek, ParquetMessages.StreamNotSeekable, nameof(stream));
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, null, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ParquetException or InvalidOperationException or ArgumentException or
            IndexOutOfRangeException or OverflowException or NotSupportedException or FormatException)
        {
            throw new InvalidDataException(ParquetMessages.NotParquet(e.Message), e);
        }
        return reader;
    }

    /// <summary>The file's fields for the columns reading needs, by path; an error naming the first missing or mistyped one.</summary>
    internal static Dictionary<string, DataField> CheckSchema(ParquetReader reader)
    {
        var byPath = new Dictionary<string, DataField>(StringComparer.Ordinal);
        var byName = new Dictionary<string, DataField>(StringComparer.Ordinal);
        foreach (DataField field in reader.Schema.GetDataFields())
        {
            string path = field.Path.ToString();
            byPath.TryAdd(path, field);
            // A column of another shape (a list where text was written, or text where a list was) has another path.
            int slash = path.IndexOf('/', StringComparison.Ordinal);
            byName.TryAdd(slash < 0 ? path : path[..slash], field);
        }
        var found = new Dictionary<string, DataField>(StringComparer.Ordinal);
        foreach (DataField expected in Required)
        {
            string path = expected.Path.ToString();
            string name = expected.MaxRepetitionLevel > 0 ? path.Split('/')[0] : path;
            string describe = Describe(expected);
            if (!byPath.TryGetValue(path, out DataField? field))
            {
                throw new InvalidDataException(byName.TryGetValue(name, out DataField? other)
                    ? ParquetMessages.WrongColumn(name, Describe(other), describe)
                    : ParquetMessages.MissingColumn(name, describe));
            }
            if (field.ClrType != expected.ClrType || field.MaxRepetitionLevel != expected.MaxRepetitionLevel)
            {
                throw new InvalidDataException(ParquetMessages.WrongColumn(name, Describe(field), describe));
            }
            found[path] = field;
        }
        return found;
    }

    private static string Describe(DataField field)
    {
        string type = field.ClrType == typeof(ReadOnlyMemory<char>) ? "string" : field.ClrType.Name.ToLowerInvariant();
        return field.MaxRepetitionLevel > 0 ? $"a list of {type}" : type;
    }

    internal static async Task<ReadRow[]> ReadGroupAsync(ParquetReader reader, Dictionary<string, DataField> fields, int index, long firstRow,
        CancellationToken cancellationToken)
    {
        using ParquetRowGroupReader group = reader.OpenRowGroupReader(index);
        int n = checked((int)group.RowCount);
        DataField F(DataField expected) => fields[expected.Path.ToString()];
        string?[] title = await Strings(group, F(Title), n, cancellationToken).ConfigureAwait(false);
        string?[] summary = await Strings(group, F(Summary), n, cancellationToken).ConfigureAwait(false);
        string?[] dateText = await Strings(group, F(Date), n, cancellationToken).ConfigureAwait(false);
        string?[] edtf = await Strings(group, F(Edtf), n, cancellationToken).ConfigureAwait(false);
        string?[] english = await Strings(group, F(DateEnglish), n, cancellationToken).ConfigureAwait(false);
        long?[] earliest = await Values<long>(group, F(EarliestDay), n, cancellationToken).ConfigureAwait(false);
        long?[] latest = await Values<long>(group, F(LatestDay), n, cancellationToken).ConfigureAwait(false);
        string[][] places = await Lists(group, F(PlaceItems), n, cancellationToken).ConfigureAwait(false);
        string[][] narrative = await Lists(group, F(NarrativeItems), n, cancellationToken).ConfigureAwait(false);
        string[][] sources = await Lists(group, F(SourceItems), n, cancellationToken).ConfigureAwait(false);
        string?[] card = await Strings(group, F(Card), n, cancellationToken).ConfigureAwait(false);
        string?[] file = await Strings(group, F(FileName), n, cancellationToken).ConfigureAwait(false);
        long?[] line = await Values<long>(group, F(Line), n, cancellationToken).ConfigureAwait(false);
        int?[] column = await Values<int>(group, F(Column), n, cancellationToken).ConfigureAwait(false);
        string?[] role = await Strings(group, F(Role), n, cancellationToken).ConfigureAwait(false);
        string?[] cardFile = await Strings(group, F(CardFile), n, cancellationToken).ConfigureAwait(false);
        long?[] cardLine = await Values<long>(group, F(CardLine), n, cancellationToken).ConfigureAwait(false);
        int?[] cardColumn = await Values<int>(group, F(CardColumn), n, cancellationToken).ConfigureAwait(false);

        var rows = new ReadRow[n];
        // Places and sources repeat across rows; both are immutable, so one parse per distinct text in a group.
        var placeCache = new Dictionary<string, Place>(StringComparer.Ordinal);
        var sourceCache = new Dictionary<string, Source>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            long row = firstRow + i;
            HistoricalDate date = ReadDate(row, dateText[i], edtf[i], english[i], earliest[i], latest[i]);
            var placeList = new Place[places[i].Length];
            for (int p = 0; p < placeList.Length; p++)
            {
                string text = places[i][p];
                if (!placeCache.TryGetValue(text, out Place? place))
                {
                    ParseResult<Place> read = text.AsSpan().IndexOfAny('\r', '\n') < 0 ? Place.ParsePath(text) : default;
                    place = read.Success ? read.Value
                        : throw new InvalidDataException(ParquetMessages.BadRow(row, "places", ParquetMessages.Quote(text), ParquetMessages.ExpectedPlace));
                    placeCache.Add(text, place);
                }
                placeList[p] = place;
            }
            var sourceList = new Source[sources[i].Length];
            for (int s = 0; s < sourceList.Length; s++)
            {
                string text = sources[i][s];
                if (!sourceCache.TryGetValue(text, out Source? source))
                {
                    source = !string.IsNullOrWhiteSpace(text) && text.AsSpan().IndexOfAny('\r', '\n') < 0 ? Source.Parse(text)
                        : throw new InvalidDataException(ParquetMessages.BadRow(row, "sources", ParquetMessages.Quote(text), ParquetMessages.ExpectedSource));
                    sourceCache.Add(text, source);
                }
                sourceList[s] = source;
            }
            foreach (string paragraph in narrative[i])
            {
                CheckLine(row, "narrative", paragraph);
            }
            if (title[i] is { } t)
            {
                CheckLine(row, "title", t);
            }
            CheckLine(row, "summary", summary[i]);
            EventOrigin? origin = null;
            if (line[i] is { } originLine)
            {
                if (originLine < 0 || column[i] is < 0)
                {
                    throw new InvalidDataException(ParquetMessages.BadRow(row, "line", originLine.ToString(System.Globalization.CultureInfo.InvariantCulture), ParquetMessages.ExpectedLine));
                }
                origin = new EventOrigin(card[i], file[i], new TextPosition(originLine, column[i] ?? 0));
            }
            else if (card[i] is not null || file[i] is not null)
            {
                throw new InvalidDataException(ParquetMessages.BadRow(row, "line", "null", ParquetMessages.ExpectedOriginLine));
            }
            if (role[i] is not (null or Headline or Moment))
            {
                throw new InvalidDataException(ParquetMessages.BadRow(row, "role", ParquetMessages.Quote(role[i]), ParquetMessages.ExpectedRole));
            }
            var e = new HistoricalEvent(date, summary[i]!, placeList, title[i], narrative[i], sourceList, origin);
            rows[i] = new ReadRow(row, e, role[i], cardFile[i], new TextPosition(cardLine[i] ?? 0, cardColumn[i] ?? 0));
        }
        return rows;
    }

    private static void CheckLine(long row, string column, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new InvalidDataException(ParquetMessages.BadRow(row, column, ParquetMessages.Quote(text), ParquetMessages.ExpectedOneLine));
        }
    }

    private static HistoricalDate ReadDate(long row, string? text, string? edtf, string? english, long? earliest, long? latest)
    {
        string column = english is null ? "edtf" : "date_english";
        string? written = english ?? edtf;
        ParseResult<HistoricalDate> read = written is null ? default
            : english is null ? HistoricalDatePatterns.Edtf.Parse(written) : HistoricalDatePatterns.English.Parse(written);
        if (!read.Success)
        {
            string expected = read.Error is { } error && written is not null ? $"{ParquetMessages.ExpectedDate} ({error.Message})" : ParquetMessages.ExpectedDate;
            throw new InvalidDataException(ParquetMessages.BadRow(row, column, ParquetMessages.Quote(written), expected));
        }
        HistoricalDate date = read.Value;
        if (earliest != EarliestDayOf(date) || latest != LatestDayOf(date))
        {
            throw new InvalidDataException(ParquetMessages.BadRow(row, column, ParquetMessages.Quote(written),
                ParquetMessages.DateBoundsDiffer(earliest ?? 0, latest ?? 0)));
        }
        return date.WithText(text);
    }

    private static async Task<string?[]> Strings(ParquetRowGroupReader group, DataField field, int n, CancellationToken cancellationToken)
    {
        var values = new string?[n];
        await group.ReadAsync(field, values.AsMemory()!, null, cancellationToken).ConfigureAwait(false);
        return values;
    }

    private static async Task<T?[]> Values<T>(ParquetRowGroupReader group, DataField field, int n, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[n];
        await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        return values;
    }

    private static async Task<string[][]> Lists(ParquetRowGroupReader group, DataField field, int n, CancellationToken cancellationToken)
    {
        long levels = group.GetMetadata(field)?.MetaData?.NumValues ?? 0;
        var values = new ReadOnlyMemory<char>[levels];
        var definitions = new int[levels];
        var repetitions = new int[levels];
        await group.ReadRawAsync<ReadOnlyMemory<char>>(field, values, definitions, repetitions, cancellationToken).ConfigureAwait(false);
        var lists = new string[n][];
        var current = new List<string>();
        int row = -1, value = 0;
        for (long l = 0; l < levels; l++)
        {
            if (repetitions[l] == 0)
            {
                if (row >= 0)
                {
                    lists[row] = [.. current];
                }
                current.Clear();
                row++;
                if (row >= n)
                {
                    break;
                }
            }
            if (definitions[l] == field.MaxDefinitionLevel)
            {
                current.Add(values[value++].ToString());
            }
        }
        if (row >= 0 && row < n)
        {
            lists[row] = [.. current];
        }
        for (int i = 0; i < n; i++)
        {
            lists[i] ??= [];
        }
        return lists;
    }
}
