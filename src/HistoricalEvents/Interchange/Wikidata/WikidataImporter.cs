using System.Globalization;
using System.Text;
using System.Text.Json;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Interchange;

/// <summary>Options for <see cref="WikidataImporter"/>.</summary>
public sealed class WikidataImportOptions
{
    /// <summary>The default options: English labels, item ids as place names.</summary>
    public static WikidataImportOptions Default { get; } = new();

    /// <summary>The language of titles, summaries and place names (a Wikidata language code); the multilingual <c>mul</c> label is the fallback.</summary>
    public string Language { get; init => field = Preconditions.CheckNotNull(value); } = "en";

    /// <summary>
    /// Names the items that statements point to (locations, countries), given the item id; <see langword="null"/>
    /// (or a function returning null) leaves the id as the place name. <see cref="WikidataImporter.LabelsOf"/>
    /// builds one from the entities of a file.
    /// </summary>
    public Func<string, string?>? ResolveLabel { get; init; }

    /// <summary>The file or stream name errors name.</summary>
    public string? SourceName { get; init; }
}

/// <summary>
/// Reads Wikidata entity JSON — a <c>Special:EntityData</c> or <c>wbgetentities</c> response
/// (<c>{"entities":{…}}</c>), a bare entity, JSON Lines of either, or the JSON dump (<c>[</c>, one entity per line
/// ending in a comma, <c>]</c>) — and turns entities into events and cards. Reading streams: a dump is read one line
/// at a time, a bad line is reported with its line and column and reading goes on. See docs/interchange.md.
/// </summary>
public static class WikidataImporter
{
    /// <summary>Point in time.</summary>
    public const string PointInTime = "P585";

    /// <summary>Start time.</summary>
    public const string StartTime = "P580";

    /// <summary>End time.</summary>
    public const string EndTime = "P582";

    /// <summary>Inception.</summary>
    public const string Inception = "P571";

    /// <summary>Dissolved, abolished or demolished.</summary>
    public const string Dissolved = "P576";

    /// <summary>Location.</summary>
    public const string Location = "P276";

    /// <summary>Country.</summary>
    public const string Country = "P17";

    /// <summary>Coordinate location.</summary>
    public const string CoordinateLocation = "P625";

    private const string EarthGlobe = "http://www.wikidata.org/entity/Q2";

    /// <summary>Reads every entity in <paramref name="stream"/>, one result per entity (or per unreadable line or document).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IEnumerable<ParseResult<WikidataEntity>> ReadEntities(Stream stream, WikidataImportOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        return ReadEntities(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true), options);
    }

    /// <summary>Reads every entity in <paramref name="reader"/>, one result per entity (or per unreadable line or document).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<ParseResult<WikidataEntity>> ReadEntities(TextReader reader, WikidataImportOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        return ReadEntitiesCore(reader, options ?? WikidataImportOptions.Default);
    }

    /// <summary>Reads every entity in the file at <paramref name="path"/>; errors name the file.</summary>
    public static IEnumerable<ParseResult<WikidataEntity>> ReadFile(string path, WikidataImportOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= WikidataImportOptions.Default;
        options = new WikidataImportOptions { Language = options.Language, ResolveLabel = options.ResolveLabel, SourceName = options.SourceName ?? path };
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        foreach (ParseResult<WikidataEntity> result in ReadEntitiesCore(reader, options))
        {
            yield return result;
        }
    }

    /// <summary>A label resolver over <paramref name="entities"/>: each id to its label in <paramref name="language"/> (or <c>mul</c>).</summary>
    public static Func<string, string?> LabelsOf(IEnumerable<WikidataEntity> entities, string language = "en")
    {
        Preconditions.CheckNotNull(entities);
        Preconditions.CheckNotNull(language);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (WikidataEntity entity in entities)
        {
            if (entity.Label(language) is { } label)
            {
                labels[entity.Id] = label;
            }
        }
        return id => labels.TryGetValue(id, out string? label) ? label : null;
    }

    /// <summary>
    /// The event an entity describes: titled by its label, summarised by its description (or label), dated by its
    /// point in time (P585), else start/end time (P580/P582), else inception/dissolved (P571/P576); placed at its
    /// locations (P276) and countries (P17), the first carrying its coordinates (P625); sourced to its Wikidata page.
    /// A date that cannot be read exactly is an error with the JSON path of the value and the column in its time string.
    /// </summary>
    public static ParseResult<HistoricalEvent> ToEvent(WikidataEntity entity, WikidataImportOptions? options = null)
    {
        Preconditions.CheckNotNull(entity);
        options ??= WikidataImportOptions.Default;
        ParseResult<HistoricalDate> date = DateOf(entity, options);
        if (!date.Success)
        {
            return ParseResult<HistoricalEvent>.ForError(date.Error!);
        }
        string title = OneLine(entity.Label(options.Language)) ?? entity.Id;
        string summary = OneLine(entity.Description(options.Language)) ?? title;
        var places = new List<Place>();
        foreach (string property in new[] { Location, Country })
        {
            foreach (WikidataStatement s in entity.Best(property))
            {
                if (s.ItemId is { } id)
                {
                    Place place = PlaceNamed(options.ResolveLabel?.Invoke(id), id);
                    if (!places.Contains(place))
                    {
                        places.Add(place);
                    }
                }
            }
        }
        foreach (WikidataStatement s in entity.Best(CoordinateLocation))
        {
            if (s.Coordinates is { } c)
            {
                if (places.Count == 0)
                {
                    places.Add(PlaceNamed(title, entity.Id));
                }
                places[0] = places[0].WithCoordinates(c);
                break;
            }
        }
        Source source = Source.Parse("https://www.wikidata.org/wiki/" + entity.Id);
        var origin = new EventOrigin(title, options.SourceName, new TextPosition(entity.Line, 1));
        return ParseResult<HistoricalEvent>.ForValue(new HistoricalEvent(date.Value, summary, places, title, sources: [source], origin: origin));
    }

    /// <summary>The card of an entity's event (see <see cref="ToEvent"/>): its headline and no moments.</summary>
    public static ParseResult<EventCard> ToCard(WikidataEntity entity, WikidataImportOptions? options = null)
    {
        ParseResult<HistoricalEvent> result = ToEvent(entity, options);
        return result.Success
            ? ParseResult<EventCard>.ForValue(new EventCard(result.Value, position: new TextPosition(entity.Line, 1), file: options?.SourceName))
            : ParseResult<EventCard>.ForError(result.Error!);
    }

    private static Place PlaceNamed(string? name, string id)
    {
        // A label that is no place name (with ", " or "|" it would read as a path or a list, with " @ " as coordinates):
        // the id names the place instead.
        return Place.Create(name is not null && Place.CanName(name) ? name : id);
    }

    private static string? OneLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return text.AsSpan().IndexOfAny('\n', '\r') < 0 ? text.Trim() : text.ReplaceLineEndings(" ").Trim();
    }

    private static ParseResult<HistoricalDate> DateOf(WikidataEntity entity, WikidataImportOptions options)
    {
        if (First(entity, PointInTime) is { } point)
        {
            return Read(point, entity, options);
        }
        foreach ((string from, string to) in new[] { (StartTime, EndTime), (Inception, Dissolved) })
        {
            WikidataStatement? start = First(entity, from);
            WikidataStatement? end = First(entity, to);
            if (start is null && end is null)
            {
                continue;
            }
            ParseResult<HistoricalDate> startDate = start is null ? default : Read(start, entity, options);
            if (start is not null && !startDate.Success)
            {
                return startDate;
            }
            ParseResult<HistoricalDate> endDate = end is null ? default : Read(end, entity, options);
            if (end is not null && !endDate.Success)
            {
                return endDate;
            }
            try
            {
                return ParseResult<HistoricalDate>.ForValue(
                    // A start with no end dates the event by its start (an inception is a founding); an end with no start by its end.
                    start is null ? endDate.Value
                    : end is null ? startDate.Value
                    : HistoricalDate.Interval(startDate.Value, endDate.Value));
            }
            catch (ArgumentException)
            {
                return ParseResult<HistoricalDate>.ForError(new ParseError(new TextPosition(entity.Line, 1),
                    $"{startDate.Value.ToEdtfString()} to {endDate.Value.ToEdtfString()}", Messages.InvalidDateFields(DateFieldsError.EndBeforeStart),
                    Where(options, end!.Path)));
            }
        }
        return ParseResult<HistoricalDate>.ForError(new ParseError(new TextPosition(entity.Line, 1), entity.Id, Messages.WikidataEventDateExpected,
            Where(options, entity.Path + ".claims")));
    }

    private static WikidataStatement? First(WikidataEntity entity, string property)
    {
        foreach (WikidataStatement s in entity.Best(property))
        {
            if (s.Time is not null)
            {
                return s;
            }
        }
        return null;
    }

    private static ParseResult<HistoricalDate> Read(WikidataStatement statement, WikidataEntity entity, WikidataImportOptions options)
    {
        ParseResult<HistoricalDate> date = statement.Time!.Value.ToHistoricalDate();
        return date.Success
            ? date
            : ParseResult<HistoricalDate>.ForError(new ParseError(new TextPosition(entity.Line, date.Error!.Column), date.Error.Found, date.Error.Expected,
                Where(options, statement.Path + ".time")));
    }

    private static string Where(WikidataImportOptions options, string path) =>
        options.SourceName is null ? path : options.SourceName + " " + path;

    private static IEnumerable<ParseResult<WikidataEntity>> ReadEntitiesCore(TextReader reader, WikidataImportOptions options)
    {
        int lineNumber = 0;
        string? line;
        // Skip leading blank lines to see what kind of text this is.
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                break;
            }
        }
        if (line is null)
        {
            yield break;
        }
        string first = line.Trim();
        if (first.StartsWith('['))
        {
            // The dump: "[" alone on its line, then one entity per line ending in ",", then "]".
            if (first.Length > 1)
            {
                // A JSON array on one line (or pretty-printed): read it whole.
                foreach (ParseResult<WikidataEntity> r in ReadDocument(line + "\n" + reader.ReadToEnd(), lineNumber, options))
                {
                    yield return r;
                }
                yield break;
            }
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                ReadOnlySpan<char> text = line.AsSpan().TrimEnd();
                if (text.EndsWith(","))
                {
                    text = text[..^1];
                }
                if (text.IsWhiteSpace() || text.SequenceEqual("]"))
                {
                    continue;
                }
                foreach (ParseResult<WikidataEntity> r in ReadLine(text.ToString(), lineNumber, options))
                {
                    yield return r;
                }
            }
            yield break;
        }
        // One document per line (JSON Lines, or a whole response on one line), unless the first line is only part of a
        // pretty-printed document, in which case the whole text is one document.
        if (!IsCompleteJson(line))
        {
            foreach (ParseResult<WikidataEntity> r in ReadDocument(line + "\n" + reader.ReadToEnd(), lineNumber, options))
            {
                yield return r;
            }
            yield break;
        }
        do
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                foreach (ParseResult<WikidataEntity> r in ReadLine(line, lineNumber, options))
                {
                    yield return r;
                }
            }
            lineNumber++;
        }
        while ((line = reader.ReadLine()) is not null);
    }

    private static bool IsCompleteJson(string line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line), isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    return true;
                }
            }
            return false;
        }
        catch (JsonException)
        {
            // Broken JSON on a line of its own: report it per line.
            return true;
        }
    }

    private static IEnumerable<ParseResult<WikidataEntity>> ReadLine(string text, int lineNumber, WikidataImportOptions options) =>
        ReadDocument(text, lineNumber, options, oneLine: true);

    private static IEnumerable<ParseResult<WikidataEntity>> ReadDocument(string text, int firstLine, WikidataImportOptions options, bool oneLine = false)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            int line = firstLine + (int)(e.LineNumber ?? 0);
            int column = (int)(e.BytePositionInLine ?? 0) + 1;
            return [ParseResult<WikidataEntity>.ForError(new ParseError(new TextPosition(line, column), Messages.Quote(FirstLineOf(e.Message)),
                Messages.JsonDocumentExpected, options.SourceName))];
        }
        using (document)
        {
            return Entities(document.RootElement, oneLine ? firstLine : 1, options).ToList();
        }
    }

    private static string FirstLineOf(string message)
    {
        int end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    private static IEnumerable<ParseResult<WikidataEntity>> Entities(JsonElement root, int line, WikidataImportOptions options)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement item in root.EnumerateArray())
            {
                yield return Entity(item, $"$[{i.ToString(CultureInfo.InvariantCulture)}]", line, options);
                i++;
            }
            yield break;
        }
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("entities", out JsonElement entities) && entities.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty p in entities.EnumerateObject())
            {
                yield return Entity(p.Value, "$.entities." + p.Name, line, options);
            }
            yield break;
        }
        yield return Entity(root, "$", line, options);
    }

    private static ParseResult<WikidataEntity> Entity(JsonElement e, string path, int line, WikidataImportOptions options)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("id", out JsonElement idElement) || idElement.ValueKind != JsonValueKind.String)
        {
            return Error(line, e.ValueKind.ToString(), Messages.WikidataEntityExpected, options, path);
        }
        string id = idElement.GetString()!;
        if (!IsEntityId(id))
        {
            // The id names the event's source page and, without a label, titles it: it must be an id (fuzzing found "").
            return Error(line, Messages.Quote(id), Messages.WikidataEntityIdExpected, options, path + ".id");
        }
        if (e.TryGetProperty("missing", out _))
        {
            return Error(line, $"{id} marked \"missing\"", Messages.WikidataEntityExpected, options, path);
        }
        var labels = Terms(e, "labels");
        var descriptions = Terms(e, "descriptions");
        var statements = new List<WikidataStatement>();
        if (e.TryGetProperty("claims", out JsonElement claims) && claims.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in claims.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Array)
                {
                    return Error(line, property.Value.ValueKind.ToString(), "an array of statements", options, $"{path}.claims.{property.Name}");
                }
                int index = 0;
                foreach (JsonElement statement in property.Value.EnumerateArray())
                {
                    string at = $"{path}.claims.{property.Name}[{index.ToString(CultureInfo.InvariantCulture)}].mainsnak.datavalue.value";
                    index++;
                    ParseResult<WikidataStatement?> read = Statement(property.Name, statement, at, line, options);
                    if (!read.Success)
                    {
                        return ParseResult<WikidataEntity>.ForError(read.Error!);
                    }
                    if (read.Value is { } s)
                    {
                        statements.Add(s);
                    }
                }
            }
        }
        return ParseResult<WikidataEntity>.ForValue(new WikidataEntity(id, labels, descriptions, statements, path, line));
    }

    private static ParseResult<WikidataStatement?> Statement(string property, JsonElement statement, string path, int line, WikidataImportOptions options)
    {
        if (statement.ValueKind != JsonValueKind.Object
            || !statement.TryGetProperty("mainsnak", out JsonElement snak) || snak.ValueKind != JsonValueKind.Object)
        {
            return StatementError(line, statement.ValueKind.ToString(), "a statement with a \"mainsnak\"", options, path);
        }
        WikidataRank rank = WikidataRank.Normal;
        if (statement.TryGetProperty("rank", out JsonElement rankElement) && rankElement.ValueKind == JsonValueKind.String)
        {
            rank = rankElement.GetString() switch
            {
                "preferred" => WikidataRank.Preferred,
                "deprecated" => WikidataRank.Deprecated,
                _ => WikidataRank.Normal,
            };
        }
        // "somevalue" and "novalue" snaks carry no value to read.
        if (!snak.TryGetProperty("datavalue", out JsonElement datavalue) || datavalue.ValueKind != JsonValueKind.Object
            || !datavalue.TryGetProperty("value", out JsonElement value) || !datavalue.TryGetProperty("type", out JsonElement type))
        {
            return ParseResult<WikidataStatement?>.ForValue(null);
        }
        switch (type.ValueKind == JsonValueKind.String ? type.GetString() : null)
        {
            case "time":
                {
                    if (value.ValueKind != JsonValueKind.Object || !TryString(value, "time", out string? time) || !TryInt(value, "precision", out int precision)
                        || !TryString(value, "calendarmodel", out string? model))
                    {
                        return StatementError(line, value.ValueKind.ToString(), "a time value with \"time\", \"precision\" and \"calendarmodel\"", options, path);
                    }
                    TryInt(value, "timezone", out int timezone);
                    TryInt(value, "before", out int before);
                    TryInt(value, "after", out int after);
                    return ParseResult<WikidataStatement?>.ForValue(new WikidataStatement(property, rank, path,
                        time: new WikidataTime(time!, precision, model!, timezone, before, after)));
                }
            case "wikibase-entityid":
                {
                    string? id = null;
                    if (value.ValueKind == JsonValueKind.Object && !TryString(value, "id", out id)
                        && value.TryGetProperty("numeric-id", out JsonElement numeric) && numeric.ValueKind == JsonValueKind.Number && numeric.TryGetInt64(out long n) && n > 0)
                    {
                        // The 2014–2017 dumps give only "numeric-id".
                        id = "Q" + n.ToString(CultureInfo.InvariantCulture);
                    }
                    return id is null || !IsEntityId(id)
                        ? StatementError(line, value.ValueKind.ToString(), "an item value with \"id\"", options, path)
                        : ParseResult<WikidataStatement?>.ForValue(new WikidataStatement(property, rank, path, itemId: id));
                }
            case "globecoordinate":
                {
                    // TryGetDouble throws InvalidOperationException on a string or null (fuzzing found it): check the kind first.
                    if (value.ValueKind != JsonValueKind.Object
                        || !value.TryGetProperty("latitude", out JsonElement lat) || lat.ValueKind != JsonValueKind.Number || !lat.TryGetDouble(out double latitude)
                        || !value.TryGetProperty("longitude", out JsonElement lon) || lon.ValueKind != JsonValueKind.Number || !lon.TryGetDouble(out double longitude)
                        || latitude is < -90 or > 90 || longitude is < -180 or > 180)
                    {
                        return StatementError(line, value.ValueKind.ToString(), Messages.CoordinatesExpected, options, path);
                    }
                    if (TryString(value, "globe", out string? globe) && globe != EarthGlobe)
                    {
                        // A coordinate on the Moon or Mars is not a place on the map of events.
                        return ParseResult<WikidataStatement?>.ForValue(null);
                    }
                    return ParseResult<WikidataStatement?>.ForValue(new WikidataStatement(property, rank, path, coordinates: new GeoCoordinate(latitude, longitude)));
                }
            default:
                return ParseResult<WikidataStatement?>.ForValue(null);
        }
    }

    /// <summary>An entity id as Wikidata makes them: capital letters, then digits not starting with 0, then optionally a form or sense (<c>L7-F1</c>).</summary>
    internal static bool IsEntityId(ReadOnlySpan<char> id)
    {
        int letters = 0;
        while (letters < id.Length && char.IsAsciiLetterUpper(id[letters]))
        {
            letters++;
        }
        int digits = letters;
        while (digits < id.Length && char.IsAsciiDigit(id[digits]))
        {
            digits++;
        }
        if (letters == 0 || digits == letters || id[letters] == '0' || digits - letters > 18)
        {
            return false;
        }
        return digits == id.Length || id[digits] == '-' && IsEntityId(id[(digits + 1)..]) && id[(digits + 1)..].IndexOf('-') < 0;
    }

    private static bool TryString(JsonElement e, string name, out string? value)
    {
        value = e.TryGetProperty(name, out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        return value is not null;
    }

    private static bool TryInt(JsonElement e, string name, out int value)
    {
        value = 0;
        return e.TryGetProperty(name, out JsonElement p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out value);
    }

    private static Dictionary<string, string> Terms(JsonElement entity, string name)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        if (entity.TryGetProperty(name, out JsonElement all) && all.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty p in all.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.String)
                {
                    terms[p.Name] = v.GetString()!;
                }
            }
        }
        return terms;
    }

    private static ParseResult<WikidataEntity> Error(int line, string found, string expected, WikidataImportOptions options, string path) =>
        ParseResult<WikidataEntity>.ForError(new ParseError(new TextPosition(line, 1), found, expected, Where(options, path)));

    private static ParseResult<WikidataStatement?> StatementError(int line, string found, string expected, WikidataImportOptions options, string path) =>
        ParseResult<WikidataStatement?>.ForError(new ParseError(new TextPosition(line, 1), found, expected, Where(options, path)));
}
