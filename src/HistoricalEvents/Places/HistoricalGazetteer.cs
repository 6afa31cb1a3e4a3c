using System.Collections;
using System.Globalization;
using System.Text;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Places;

/// <summary>
/// A historical gazetteer: polities and cities with their lifespans and the names they were known by, each with a
/// source. <see cref="Default"/> is the one shipped in the package (loaded on first use); <see cref="Load(TextReader, string?)"/>
/// reads one of your own in the same CSV layout (see <c>docs/places.md</c>). Immutable and safe for concurrent readers.
/// </summary>
public sealed class HistoricalGazetteer : IReadOnlyCollection<HistoricalPlace>
{
    /// <summary>The header every gazetteer file starts with.</summary>
    public const string Header = "id,kind,name,names,wikidata,start,end,predecessors,successors,coordinates,source";

    /// <summary>
    /// The header of a file that also gives, in a twelfth column <c>held_by</c>, the polities that held each place
    /// (<c>roman-republic;roman-empire [.. 476]</c>): polity ids, <c>;</c>-separated, each with an optional period
    /// whose open sides are the polity's own lifespan. The shipped file has it; files with <see cref="Header"/> still load.
    /// </summary>
    public const string HeaderWithHoldings = Header + ",held_by";

    private const string ResourceName = "HistoricalEvents.Places.Data.gazetteer.csv";

    private static readonly Lazy<HistoricalGazetteer> DefaultGazetteer = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HistoricalPlace[] _places;
    private readonly Dictionary<string, HistoricalPlace> _byId;
    private readonly Dictionary<string, HistoricalPlace[]> _byName;
    private readonly Dictionary<string, (HistoricalPlace Place, PlaceHolding Holding)[]> _heldByPolity;

    /// <summary>A gazetteer of <paramref name="places"/>.</summary>
    /// <exception cref="ArgumentException">Two places have the same id (ignoring case).</exception>
    public HistoricalGazetteer(IEnumerable<HistoricalPlace> places)
    {
        _places = [.. Preconditions.CheckNotNull(places)];
        _byId = new Dictionary<string, HistoricalPlace>(_places.Length, StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, List<HistoricalPlace>>(StringComparer.OrdinalIgnoreCase);
        foreach (HistoricalPlace place in _places)
        {
            Preconditions.CheckArgument(_byId.TryAdd(place.Id, place), Messages.DuplicateGazetteerId(place.Id), nameof(places));
            foreach (PlaceName name in place.Names)
            {
                if (!byName.TryGetValue(name.Name, out List<HistoricalPlace>? list))
                {
                    byName.Add(name.Name, list = []);
                }
                if (list.Count == 0 || !ReferenceEquals(list[^1], place))
                {
                    list.Add(place);
                }
            }
        }
        _byName = byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        var held = new Dictionary<string, List<(HistoricalPlace, PlaceHolding)>>(StringComparer.OrdinalIgnoreCase);
        foreach (HistoricalPlace place in _places)
        {
            foreach (PlaceHolding holding in place.HeldBy)
            {
                Preconditions.CheckArgument(_byId.TryGetValue(holding.PolityId, out HistoricalPlace? polity) && polity.Kind == PlaceKind.Polity,
                    Messages.GazetteerHoldingPolityExpected(holding.PolityId), nameof(places));
                if (!held.TryGetValue(holding.PolityId, out List<(HistoricalPlace, PlaceHolding)>? list))
                {
                    held.Add(holding.PolityId, list = []);
                }
                list.Add((place, holding));
            }
        }
        _heldByPolity = held.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The polities that held <paramref name="place"/> on <paramref name="date"/>, with the certainty of each
    /// (<see cref="Certainty.Possibly"/> near an uncertain edge), in the order of <see cref="HistoricalPlace.HeldBy"/>;
    /// a polity is listed once, with its best certainty. Empty when no holding covers the date or none is given.
    /// </summary>
    public IReadOnlyList<(HistoricalPlace Polity, Certainty Certainty)> PolitiesHolding(HistoricalPlace place, HistoricalDate date)
    {
        Preconditions.CheckNotNull(place);
        var result = new List<(HistoricalPlace Polity, Certainty Certainty)>();
        foreach (PlaceHolding holding in place.HeldBy)
        {
            if (FindById(holding.PolityId) is not { } polity)
            {
                continue;
            }
            Certainty certainty = HeldOn(polity, holding, date);
            if (certainty == Certainty.Not)
            {
                continue;
            }
            int seen = result.FindIndex(r => ReferenceEquals(r.Polity, polity));
            if (seen < 0)
            {
                result.Add((polity, certainty));
            }
            else if (certainty > result[seen].Certainty)
            {
                result[seen] = (polity, certainty);
            }
        }
        return result;
    }

    /// <summary>The places <paramref name="polity"/> held for a time, each with the holding, in gazetteer order; empty for a place that held none.</summary>
    public IReadOnlyList<(HistoricalPlace Place, PlaceHolding Holding)> PlacesHeldBy(HistoricalPlace polity) =>
        _heldByPolity.TryGetValue(Preconditions.CheckNotNull(polity).Id, out (HistoricalPlace, PlaceHolding)[]? held) ? held : [];

    /// <summary>
    /// The event with coordinates attached to each place that has none and is beyond doubt a city of this gazetteer
    /// with coordinates: the place's own name is a name of exactly one such city, and the place is written bare
    /// (<c>Rome</c>) or only inside polities that held the city at some time (<c>Rome, Italy</c>); never
    /// <c>Rome, Georgia, United States</c>, nor the places inside a city (<c>Palatine Hill, Rome</c>). Opt-in, so that
    /// GeoJSON and the spatial queries can use the gazetteer: <c>events.Select(HistoricalGazetteer.Default.WithCoordinates)</c>.
    /// Returns <paramref name="historicalEvent"/> itself when nothing is attached.
    /// </summary>
    public HistoricalEvent WithCoordinates(HistoricalEvent historicalEvent)
    {
        Preconditions.CheckNotNull(historicalEvent);
        Place[]? places = null;
        for (int i = 0; i < historicalEvent.Places.Count; i++)
        {
            Place place = historicalEvent.Places[i];
            if (place.Coordinates is not null || CityWithCoordinates(place.Name) is not { } city || !IsWrittenAsCity(place, city))
            {
                continue;
            }
            places ??= [.. historicalEvent.Places];
            places[i] = place.WithCoordinates(city.Coordinates!.Value);
        }
        return places is null ? historicalEvent : new HistoricalEvent(historicalEvent.Date, historicalEvent.Summary, places,
            historicalEvent.Title, historicalEvent.Narrative, historicalEvent.Sources, historicalEvent.Origin);
    }

    // The one city with coordinates known by this name, or null when none or several.
    private HistoricalPlace? CityWithCoordinates(string name)
    {
        HistoricalPlace? found = null;
        foreach (HistoricalPlace candidate in FindByName(name))
        {
            if (candidate.Kind != PlaceKind.City || candidate.Coordinates is null)
            {
                continue;
            }
            if (found is not null)
            {
                return null;
            }
            found = candidate;
        }
        return found;
    }

    /// <summary>Whether every place enclosing <paramref name="place"/> is a polity that held <paramref name="city"/> at some time (so the path means that city).</summary>
    internal bool IsWrittenAsCity(Place place, HistoricalPlace city)
    {
        for (Place? p = place.Parent; p is not null; p = p.Parent)
        {
            bool held = false;
            foreach (HistoricalPlace polity in FindByName(p.Name))
            {
                foreach (PlaceHolding holding in city.HeldBy)
                {
                    held |= polity.Kind == PlaceKind.Polity && string.Equals(holding.PolityId, polity.Id, StringComparison.OrdinalIgnoreCase);
                }
            }
            if (!held)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="polity"/> held a place on <paramref name="date"/> by <paramref name="holding"/>: within its period and the polity's lifespan.</summary>
    internal static Certainty HeldOn(HistoricalPlace polity, PlaceHolding holding, HistoricalDate date)
    {
        Certainty period = Lifespan.Contains(holding.From ?? polity.Inception, holding.To ?? polity.Dissolution, date);
        Certainty alive = polity.ExistedOn(date);
        return period < alive ? period : alive;
    }

    /// <summary>The gazetteer shipped with the library (<c>Places/Data/gazetteer.csv</c>, embedded), read on first use.</summary>
    public static HistoricalGazetteer Default => DefaultGazetteer.Value;

    /// <summary>How many places it holds.</summary>
    public int Count => _places.Length;

    /// <summary>The place with this id (<c>soviet-union</c>, ignoring case), or <see langword="null"/>.</summary>
    public HistoricalPlace? FindById(string id) => _byId.GetValueOrDefault(Preconditions.CheckNotNull(id).Trim());

    /// <summary>Every place that was ever known by <paramref name="name"/> (ignoring case), in file order: <c>Constantinople</c> finds Istanbul.</summary>
    public IReadOnlyList<HistoricalPlace> FindByName(string name) =>
        _byName.TryGetValue(Preconditions.CheckNotNull(name).Trim(), out HistoricalPlace[]? places) ? places : [];

    /// <summary>Enumerates the places in file order.</summary>
    public IEnumerator<HistoricalPlace> GetEnumerator() => ((IEnumerable<HistoricalPlace>)_places).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads a gazetteer file (UTF-8 CSV with <see cref="Header"/>).</summary>
    /// <exception cref="HistoricalParseException">A row is malformed: the error has its line and column.</exception>
    public static HistoricalGazetteer Load(string path)
    {
        Preconditions.CheckNotNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Load(reader, path);
    }

    /// <summary>Reads a gazetteer in CSV (see <see cref="Header"/>); <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="HistoricalParseException">A row is malformed: the error has its line and column.</exception>
    public static HistoricalGazetteer Load(TextReader reader, string? source = null)
    {
        Preconditions.CheckNotNull(reader);
        var places = new List<HistoricalPlace>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fields = new List<(string Text, int Column)>();
        int lineNumber = 0, columns = 11;
        var holdingPositions = new List<(string PolityId, int Line, int Column)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                string header = line.TrimStart('\uFEFF');
                if (header == HeaderWithHoldings)
                {
                    columns = 12;
                }
                else if (header != Header)
                {
                    throw Fail(source, lineNumber, 1, line, Messages.GazetteerHeaderExpected(HeaderWithHoldings));
                }
                continue;
            }
            if (line.Length == 0)
            {
                continue;
            }
            SplitCsv(line, fields, source, lineNumber);
            if (fields.Count != columns)
            {
                throw Fail(source, lineNumber, 1, line, Messages.GazetteerFieldCount(columns, fields.Count));
            }
            string id = fields[0].Text;
            if (id.Length == 0 || !ids.Add(id))
            {
                throw Fail(source, lineNumber, fields[0].Column, id, id.Length == 0 ? Messages.GazetteerFieldRequired("id") : Messages.DuplicateGazetteerId(id));
            }
            PlaceKind kind = fields[1].Text switch
            {
                "polity" => PlaceKind.Polity,
                "city" => PlaceKind.City,
                _ => throw Fail(source, lineNumber, fields[1].Column, fields[1].Text, Messages.GazetteerKindExpected),
            };
            string name = fields[2].Text;
            if (name.Length == 0)
            {
                throw Fail(source, lineNumber, fields[2].Column, name, Messages.GazetteerFieldRequired("name"));
            }
            List<PlaceName> names = ReadNames(fields[3], source, lineNumber);
            string wikidata = fields[4].Text;
            if (wikidata.Length > 0 && !IsWikidataId(wikidata))
            {
                throw Fail(source, lineNumber, fields[4].Column, wikidata, Messages.WikidataIdExpected);
            }
            HistoricalDate? start = ReadDate(fields[5].Text, fields[5].Column, source, lineNumber);
            HistoricalDate? end = ReadDate(fields[6].Text, fields[6].Column, source, lineNumber);
            if (start is { } s && end is { } e && e.LatestDay < s.EarliestDay)
            {
                throw Fail(source, lineNumber, fields[6].Column, fields[6].Text, Messages.GazetteerEndAfterStart);
            }
            GeoCoordinate? coordinates = null;
            if (fields[9].Text.Length > 0)
            {
                // Written "latitude;longitude" so that the CSV needs no quotes.
                ParseResult<GeoCoordinate> read = GeoCoordinate.TryParse(fields[9].Text.Replace(';', ','));
                if (!read.Success)
                {
                    throw Fail(source, lineNumber, fields[9].Column + read.Error.Column - 1, fields[9].Text, read.Error.Expected);
                }
                coordinates = read.Value;
            }
            if (fields[10].Text.Length == 0)
            {
                throw Fail(source, lineNumber, fields[10].Column, "", Messages.GazetteerFieldRequired("source"));
            }
            List<PlaceHolding>? heldBy = null;
            if (columns == 12)
            {
                // The same layout as the names: "id;id [from .. to]".
                heldBy = [];
                foreach ((PlaceName polity, int column) in ReadNamesAt(fields[11], source, lineNumber))
                {
                    heldBy.Add(new PlaceHolding(polity.Name, polity.From, polity.To));
                    holdingPositions.Add((polity.Name, lineNumber, column));
                }
            }
            places.Add(new HistoricalPlace(id, kind, name, names, wikidata, start, end, SplitIds(fields[7].Text), SplitIds(fields[8].Text),
                coordinates, fields[10].Text, heldBy));
        }
        if (lineNumber == 0)
        {
            throw Fail(source, 1, 1, "", Messages.GazetteerHeaderExpected(HeaderWithHoldings));
        }
        // A holding names a polity of the file, which may come later in it.
        var kinds = places.ToDictionary(p => p.Id, p => p.Kind, StringComparer.OrdinalIgnoreCase);
        foreach ((string polityId, int holdingLine, int column) in holdingPositions)
        {
            if (!kinds.TryGetValue(polityId, out PlaceKind k) || k != PlaceKind.Polity)
            {
                throw Fail(source, holdingLine, column, polityId, Messages.GazetteerHoldingPolityExpected(polityId));
            }
        }
        return new HistoricalGazetteer(places);
    }

    private static HistoricalGazetteer LoadDefault()
    {
        using Stream stream = typeof(HistoricalGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(Messages.GazetteerResourceMissing(ResourceName));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader, "gazetteer.csv");
    }

    private static string[] SplitIds(string text) =>
        text.Length == 0 ? [] : text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool IsWikidataId(string text)
    {
        if (text.Length < 2 || text[0] != 'Q' || text[1] == '0')
        {
            return false;
        }
        for (int i = 1; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    // Names: "A;B [from .. to];C [.. to]"; a date side may be empty (open).
    private static List<PlaceName> ReadNames((string Text, int Column) field, string? source, int line) =>
        ReadNamesAt(field, source, line).ConvertAll(n => n.Name);

    // Each name with the column it starts at.
    private static List<(PlaceName Name, int Column)> ReadNamesAt((string Text, int Column) field, string? source, int line)
    {
        var names = new List<(PlaceName, int)>();
        int start = 0;
        string text = field.Text;
        while (start < text.Length)
        {
            int semicolon = text.IndexOf(';', start);
            int end = semicolon < 0 ? text.Length : semicolon;
            int column = field.Column + start;
            string part = text[start..end].Trim();
            int at = start;
            while (at < end && char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            int partColumn = field.Column + at;
            if (part.Length == 0)
            {
                throw Fail(source, line, column, part, Messages.GazetteerFieldRequired("name"));
            }
            int open = part.IndexOf(" [", StringComparison.Ordinal);
            if (open < 0)
            {
                names.Add((new PlaceName(part), partColumn));
            }
            else
            {
                int dots = part.IndexOf("..", open, StringComparison.Ordinal);
                if (!part.EndsWith(']') || dots < 0)
                {
                    throw Fail(source, line, column + open + 1, part[open..], Messages.NamePeriodExpected);
                }
                string from = part[(open + 2)..dots].Trim();
                string to = part[(dots + 2)..^1].Trim();
                names.Add((new PlaceName(part[..open].Trim(),
                    ReadDate(from, column + open + 2, source, line), ReadDate(to, column + dots + 2, source, line)),
                    partColumn));
            }
            start = end + 1;
        }
        return names;
    }

    private static HistoricalDate? ReadDate(string text, int column, string? source, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }
        ParseResult<HistoricalDate> date = HistoricalDate.ParseResult(text);
        if (!date.Success)
        {
            throw new HistoricalParseException(date.Error.At(new TextPosition(line, column + date.Error.Column - 1)).WithSource(source));
        }
        return date.Value;
    }

    // RFC 4180 fields on one line: commas separate; a field may be quoted, with "" for a quote inside.
    private static void SplitCsv(string line, List<(string Text, int Column)> fields, string? source, int lineNumber)
    {
        fields.Clear();
        int i = 0;
        var builder = new StringBuilder();
        while (true)
        {
            int column = i + 1;
            if (i < line.Length && line[i] == '"')
            {
                builder.Clear();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw Fail(source, lineNumber, column, line[(column - 1)..], Messages.ClosingQuoteExpected);
                    }
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            builder.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    builder.Append(line[i++]);
                }
                if (i < line.Length && line[i] != ',')
                {
                    throw Fail(source, lineNumber, i + 1, line[i..], Messages.CommaAfterQuoteExpected);
                }
                fields.Add((builder.ToString(), column + 1));
            }
            else
            {
                int comma = line.IndexOf(',', i);
                int end = comma < 0 ? line.Length : comma;
                fields.Add((line[i..end], column));
                i = end;
            }
            if (i >= line.Length)
            {
                return;
            }
            i++; // the comma
        }
    }

    private static HistoricalParseException Fail(string? source, int line, int column, string found, string expected) =>
        new(new ParseError(new TextPosition(line, column), found.Length == 0 ? Messages.EmptyText : Messages.Quote(found.AsSpan()), expected, source));
}
