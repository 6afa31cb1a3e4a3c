using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;
using nietras.SeparatedValues;

namespace HistoricalEvents.Interchange;

/// <summary>
/// Which CSV columns hold which part of an event, by header name (compared ignoring case). A column left
/// <see langword="null"/> is not read. Only <see cref="Date"/> is required.
/// </summary>
public sealed record CsvColumns
{
    /// <summary>The default names: <c>date</c>, <c>title</c>, <c>summary</c>, <c>place</c>, <c>source</c>, <c>latitude</c>, <c>longitude</c>.</summary>
    public static CsvColumns Default { get; } = new();

    /// <summary>The date column, read by <see cref="HistoricalDate.ParseResult(string)"/> (EDTF or English).</summary>
    public string Date { get; init => field = Preconditions.CheckNotNull(value); } = "date";

    /// <summary>The title column.</summary>
    public string? Title { get; init; } = "title";

    /// <summary>The summary column; with none (or an empty cell) the summary is the title.</summary>
    public string? Summary { get; init; } = "summary";

    /// <summary>The place column: a place path such as <c>Baku, Azerbaijan</c>.</summary>
    public string? Place { get; init; } = "place";

    /// <summary>The source column: a host or URL.</summary>
    public string? Source { get; init; } = "source";

    /// <summary>The latitude column, in decimal degrees (<c>40.4</c>, <c>−39.8</c>, <c>N 34.27°</c>, <c>34.27°S</c>).</summary>
    public string? Latitude { get; init; } = "latitude";

    /// <summary>The longitude column, in decimal degrees (<c>49.8</c>, <c>E 108.9°</c>, <c>9.1°W</c>).</summary>
    public string? Longitude { get; init; } = "longitude";

    /// <summary>One column holding both, latitude first: <c>31.28194°N 34.48250°E</c> or <c>31.28, 34.48</c>.</summary>
    public string? Coordinates { get; init; }
}

/// <summary>Options for <see cref="CsvImporter"/>.</summary>
public sealed class CsvImportOptions
{
    /// <summary>The default options: the default column names, the separator detected from the header.</summary>
    public static CsvImportOptions Default { get; } = new();

    /// <summary>Which columns to read.</summary>
    public CsvColumns Columns { get; init => field = Preconditions.CheckNotNull(value); } = CsvColumns.Default;

    /// <summary>The separator; <see langword="null"/> detects it from the header (comma, semicolon, tab, pipe).</summary>
    public char? Separator { get; init; }

    /// <summary>The file or stream name errors name.</summary>
    public string? SourceName { get; init; }
}

/// <summary>
/// Reads events from CSV with a header row, with the Sep reader (RFC 4180 quoting, any line ending). Each data row
/// is one result; a bad cell is an error with the row's line and the column of the cell in that line, and reading
/// goes on with the next row. See docs/interchange.md.
/// </summary>
public static class CsvImporter
{
    /// <summary>Reads the CSV text in <paramref name="reader"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<ParseResult<HistoricalEvent>> Read(TextReader reader, CsvImportOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        return ReadCore(reader, options ?? CsvImportOptions.Default);
    }

    /// <summary>Reads the CSV file at <paramref name="path"/>; errors and origins name the file.</summary>
    public static IEnumerable<ParseResult<HistoricalEvent>> ReadFile(string path, CsvImportOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= CsvImportOptions.Default;
        options = new CsvImportOptions { Columns = options.Columns, Separator = options.Separator, SourceName = options.SourceName ?? path };
        using var reader = new StreamReader(path);
        foreach (ParseResult<HistoricalEvent> result in ReadCore(reader, options))
        {
            yield return result;
        }
    }

    private static IEnumerable<ParseResult<HistoricalEvent>> ReadCore(TextReader text, CsvImportOptions options)
    {
        SepReaderOptions sep = options.Separator is { } c ? Sep.New(c).Reader() : Sep.Reader();
        // The header is read as the first row, not by Sep: Sep throws ArgumentException for a header naming a column
        // twice (fuzzing found it), while only a column this importer uses must be named once.
        using SepReader reader = (sep with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        CsvColumns columns = options.Columns;
        int[]? at = null;
        foreach (SepReader.Row row in reader)
        {
            if (at is null)
            {
                if (Header(row, columns, options, out at) is { } error)
                {
                    yield return error;
                    yield break;
                }
                continue;
            }
            if (row.Span.IsWhiteSpace())
            {
                // A blank line (or the empty line between the two CRs of "\r\r\n" endings) is no row.
                continue;
            }
            yield return Row(row, options, at[0], at[1], at[2], at[3], at[4], at[5], at[6], at[7]);
        }
        if (at is null)
        {
            yield return ParseResult<HistoricalEvent>.ForError(new ParseError(new TextPosition(1, 1), "no header",
                Messages.CsvDateColumnExpected(columns.Date), options.SourceName));
        }
    }

    // The indexes of the date, title, summary, place, source, latitude, longitude and coordinates columns (-1: none).
    private static ParseResult<HistoricalEvent>? Header(SepReader.Row row, CsvColumns columns, CsvImportOptions options, out int[] at)
    {
        string?[] names = [columns.Date, columns.Title, columns.Summary, columns.Place, columns.Source, columns.Latitude, columns.Longitude, columns.Coordinates];
        at = new int[names.Length];
        for (int n = 0; n < names.Length; n++)
        {
            at[n] = -1;
            if (names[n] is not { } name)
            {
                continue;
            }
            for (int i = 0; i < row.ColCount; i++)
            {
                if (!row[i].Span.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if (at[n] >= 0)
                {
                    return Fail(1, Column(row, i), Messages.Quote(name), Messages.CsvColumnOnce, options);
                }
                at[n] = i;
            }
        }
        if (at[0] < 0)
        {
            string[] header = new string[row.ColCount];
            for (int i = 0; i < header.Length; i++)
            {
                header[i] = row[i].ToString();
            }
            return ParseResult<HistoricalEvent>.ForError(new ParseError(new TextPosition(1, 1),
                Messages.Quote(string.Join(",", header)), Messages.CsvDateColumnExpected(columns.Date), options.SourceName));
        }
        return null;
    }

    private static ParseResult<HistoricalEvent> Row(SepReader.Row row, CsvImportOptions options,
        int date, int title, int summary, int place, int source, int latitude, int longitude, int coordinates)
    {
        int line = row.LineNumberFrom;
        ReadOnlySpan<char> dateCell = Cell(row, date);
        if (dateCell.IsWhiteSpace())
        {
            return Fail(line, Column(row, date), "an empty cell", Messages.CsvDateExpected, options);
        }
        string dateText = dateCell.Trim().ToString();
        ParseResult<HistoricalDate> parsed = HistoricalDate.ParseResult(dateText);
        if (!parsed.Success)
        {
            int lead = dateCell.Length - dateCell.TrimStart().Length;
            return Fail(line, Column(row, date) + lead + parsed.Error!.Column - 1, parsed.Error.Found, parsed.Error.Expected, options);
        }
        string? titleText = Text(row, title);
        if ((Text(row, summary) ?? titleText) is not { } summaryText)
        {
            // An event says what happened: a row with neither is not guessed from its place (fuzzing found such events
            // written to JSON that the JSON reader, like the card format, rightly refuses).
            int cell = summary >= 0 ? summary : title;
            return Fail(line, Column(row, cell), cell >= 0 ? "an empty cell" : Messages.CsvNoTextColumns, Messages.CsvSummaryExpected, options);
        }
        var places = new List<Place>();
        if (Text(row, place) is { } placeText)
        {
            ParseResult<Place> p = Place.ParsePath(placeText);
            if (!p.Success)
            {
                return Fail(line, Column(row, place) + p.Error!.Column - 1, p.Error.Found, p.Error.Expected, options);
            }
            places.Add(p.Value);
        }
        GeoCoordinate? at = null;
        if (coordinates >= 0 && Text(row, coordinates) is { } both)
        {
            if (!TrySplitCoordinates(both, out string lat, out string lon) || !TryDegrees(lat, 'N', 'S', 90, out double la) || !TryDegrees(lon, 'E', 'W', 180, out double lo))
            {
                return Fail(line, Column(row, coordinates), Messages.Quote(both), Messages.CsvCoordinatesExpected, options);
            }
            at = new GeoCoordinate(la, lo);
        }
        else
        {
            string? lat = Text(row, latitude);
            string? lon = Text(row, longitude);
            if (lat is not null || lon is not null)
            {
                if (lat is null || !TryDegrees(lat, 'N', 'S', 90, out double la))
                {
                    return Fail(line, Column(row, latitude), lat is null ? "an empty cell" : Messages.Quote(lat), Messages.LatitudeExpected, options);
                }
                if (lon is null || !TryDegrees(lon, 'E', 'W', 180, out double lo))
                {
                    return Fail(line, Column(row, longitude), lon is null ? "an empty cell" : Messages.Quote(lon), Messages.LongitudeExpected, options);
                }
                at = new GeoCoordinate(la, lo);
            }
        }
        if (at is { } c)
        {
            places.Add(places.Count == 0 ? Place.Create(PlaceName(titleText, line)).WithCoordinates(c) : places[0].WithCoordinates(c));
            if (places.Count == 2)
            {
                places.RemoveAt(0);
            }
        }
        var sources = new List<Source>();
        if (Text(row, source) is { } sourceText)
        {
            sources.Add(Source.Parse(sourceText));
        }
        var origin = new EventOrigin(titleText, options.SourceName, new TextPosition(line, 1));
        return ParseResult<HistoricalEvent>.ForValue(new HistoricalEvent(parsed.Value.WithText(dateText), summaryText, places, titleText, sources: sources, origin: origin));
    }

    // A place for coordinates without a place column: named by the title when it is a valid place name.
    private static string PlaceName(string? title, int line)
    {
        // Place's own rule: no comma at all (fuzzing found "Siege,of Sharuhen" thrown at Place.Create), and nothing that
        // reads as coordinates once the place's coordinates are written after it ("Fort @").
        if (title is not null && Place.CanName(title))
        {
            return title;
        }
        return "row " + line.ToString(CultureInfo.InvariantCulture);
    }

    private static ReadOnlySpan<char> Cell(SepReader.Row row, int index) =>
        index >= 0 && index < row.ColCount ? row[index].Span : [];

    private static string? Text(SepReader.Row row, int index)
    {
        ReadOnlySpan<char> cell = Cell(row, index).Trim();
        return cell.IsEmpty ? null : cell.ToString().ReplaceLineEndings(" ");
    }

    // The 1-based column of a cell in its row's first line: where its text starts in the row (after the quote, if quoted).
    private static int Column(SepReader.Row row, int index)
    {
        if (index < 0 || index >= row.ColCount)
        {
            return Math.Max(1, row.Span.Length + 1);
        }
        ReadOnlySpan<char> whole = row.Span;
        ReadOnlySpan<char> cell = row[index].Span;
        long offset = Unsafe.ByteOffset(ref MemoryMarshal.GetReference(whole), ref MemoryMarshal.GetReference(cell)) / sizeof(char);
        return offset >= 0 && offset <= whole.Length ? (int)offset + 1 : 1;
    }

    private static bool TrySplitCoordinates(string text, out string latitude, out string longitude)
    {
        int split = text.IndexOf(',');
        if (split < 0)
        {
            split = text.AsSpan().Trim().IndexOfAny(' ', '\t');
            if (split >= 0)
            {
                split += text.Length - text.AsSpan().TrimStart().Length;
            }
        }
        latitude = split < 0 ? text : text[..split];
        longitude = split < 0 ? "" : text[(split + 1)..];
        return split >= 0;
    }

    /// <summary>Decimal degrees with an optional sign (ASCII or U+2212 minus), degree sign and hemisphere letter before or after.</summary>
    internal static bool TryDegrees(string text, char positive, char negative, double limit, out double degrees)
    {
        degrees = 0;
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        int sign = 1;
        bool hemisphere = false;
        if (s.Length > 0 && (char.ToUpperInvariant(s[0]) == positive || char.ToUpperInvariant(s[0]) == negative))
        {
            sign = char.ToUpperInvariant(s[0]) == negative ? -1 : 1;
            hemisphere = true;
            s = s[1..].TrimStart();
        }
        else if (s.Length > 0 && (char.ToUpperInvariant(s[^1]) == positive || char.ToUpperInvariant(s[^1]) == negative))
        {
            sign = char.ToUpperInvariant(s[^1]) == negative ? -1 : 1;
            hemisphere = true;
            s = s[..^1].TrimEnd();
        }
        if (s.Length > 0 && s[^1] == '°')
        {
            s = s[..^1].TrimEnd();
        }
        if (s.Length > 0 && (s[0] == '-' || s[0] == '\u2212'))
        {
            if (hemisphere)
            {
                return false;
            }
            sign = -sign;
            s = s[1..];
        }
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || !double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            return false;
        }
        degrees = sign * value;
        return Math.Abs(degrees) <= limit;
    }

    private static ParseResult<HistoricalEvent> Fail(int line, int column, string found, string expected, CsvImportOptions options) =>
        ParseResult<HistoricalEvent>.ForError(new ParseError(new TextPosition(line, Math.Max(1, column)), found, expected, options.SourceName));
}
