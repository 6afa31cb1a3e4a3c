using System.Text.Json;
using System.Text.Json.Serialization;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Serialization;

/// <summary>
/// Converts a <see cref="Place"/> to and from its path string, with its coordinates when it has them:
/// <c>"Baku, Azerbaijan"</c>, <c>"Baku, Azerbaijan @ 40.4093, 49.8671"</c>.
/// </summary>
public sealed class PlaceJsonConverter : JsonConverter<Place>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a string, or not a place path.</exception>
    public override Place Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadPlace(ref reader);

    internal static Place ReadPlace(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonReading.Error(JsonReading.Found(ref reader), Messages.JsonPlacePath);
        }
        string text = reader.GetString()!;
        ParseResult<Place> result = text.AsSpan().IndexOfAny('\n', '\r') < 0 ? Place.ParsePath(text) : default;
        if (result.Success)
        {
            return result.Value;
        }
        string expected = result.Error is { } error && error != ParseError.NoResult
            ? $"{Messages.JsonPlacePath} (column {error.Column}: {error.Message})"
            : Messages.JsonPlacePath + " on one line";
        throw new JsonValueException("$", Messages.Quote(text), expected, result.Error is { } e ? new HistoricalParseException(e) : null);
    }

    /// <inheritdoc />
    /// <remarks>The path, followed by <c>" @ latitude, longitude"</c> when the place has coordinates (as a card writes it).</remarks>
    public override void Write(Utf8JsonWriter writer, Place value, JsonSerializerOptions options) =>
        Preconditions.CheckNotNull(writer).WriteStringValue(Text(Preconditions.CheckNotNull(value)));

    // Fuzzing found the path alone written, so a place's coordinates (read from cards, CSV or Wikidata) were lost in
    // JSON without a word: Place.Equals compares paths only, so every round trip still looked equal.
    // The same text as Place.WithCoordinates makes, without making a place.
    internal static string Text(Place place) =>
        place.Coordinates is { } c ? place.Path + Place.CoordinatesSeparator + c.ToString() : place.Path;
}

/// <summary>Converts a <see cref="Source"/> to and from its text as written: <c>"en.wikipedia.org"</c>.</summary>
public sealed class SourceJsonConverter : JsonConverter<Source>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a string on one non-blank line.</exception>
    public override Source Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadSource(ref reader);

    internal static Source ReadSource(ref Utf8JsonReader reader) => Source.Parse(JsonReading.Line(ref reader, Messages.JsonSource));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Source value, JsonSerializerOptions options) =>
        Preconditions.CheckNotNull(writer).WriteStringValue(Preconditions.CheckNotNull(value).Text);
}

/// <summary>
/// Converts a <see cref="HistoricalEvent"/> to and from an object:
/// <c>{"title":…,"date":…,"places":[…],"summary":…,"narrative":[…],"sources":[…],"origin":{"card":…,"file":…,"line":…,"column":…}}</c>.
/// Empty lists and null members are left out when written and optional when read.
/// </summary>
/// <remarks>
/// Reading accepts what an event card can hold: the title, the summary, every narrative paragraph and every source
/// are one non-blank line; places are place paths; line and column are 0 or more. Anything else, a property given
/// twice, or a null in a list, is a <see cref="JsonException"/> whose message starts with the path inside the event
/// (<c>$.sources[0]: found "", expected …</c>); nothing is built.
/// </remarks>
public sealed class HistoricalEventJsonConverter : JsonConverter<HistoricalEvent>
{
    private static readonly byte[][] Properties =
    [
        "title"u8.ToArray(), "date"u8.ToArray(), "places"u8.ToArray(), "summary"u8.ToArray(),
        "narrative"u8.ToArray(), "sources"u8.ToArray(), "origin"u8.ToArray(),
    ];

    private static readonly byte[][] OriginProperties = ["card"u8.ToArray(), "file"u8.ToArray(), "line"u8.ToArray(), "column"u8.ToArray()];

    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not an event the card format can hold; see the remarks.</exception>
    public override HistoricalEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadEvent(ref reader, JsonReading.DateConverter(options), options);

    internal static HistoricalEvent ReadEvent(ref Utf8JsonReader reader, JsonConverter<HistoricalDate> dates, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, Messages.JsonAnEvent);
        string? title = null, summary = null;
        HistoricalDate date = default;
        bool dated = false;
        List<Place>? places = null;
        List<string>? narrative = null;
        List<Source>? sources = null;
        EventOrigin? origin = null;
        int seen = 0;
        while (JsonReading.NextProperty(ref reader, Properties, ref seen, out int property))
        {
            switch (property)
            {
                case 0: title = JsonReading.OptionalLine(ref reader, "title", Messages.JsonTitle); break;
                case 1: date = JsonReading.Date(ref reader, dates, options, "date"); dated = true; break;
                case 2: places = JsonReading.Array(ref reader, "places", Messages.JsonPlacePath, PlaceJsonConverter.ReadPlace); break;
                case 3: summary = JsonReading.OptionalLine(ref reader, "summary", Messages.JsonOneLine); break;
                case 4: narrative = JsonReading.Array(ref reader, "narrative", Messages.JsonOneLine, static (ref Utf8JsonReader r) => JsonReading.Line(ref r, Messages.JsonOneLine)); break;
                case 5: sources = JsonReading.Array(ref reader, "sources", Messages.JsonSource, SourceJsonConverter.ReadSource); break;
                case 6: origin = ReadOrigin(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        if (!dated)
        {
            throw JsonReading.Error("date", Messages.JsonMissing, Messages.JsonDateStringOrObject);
        }
        return new HistoricalEvent(
            date,
            summary ?? throw JsonReading.Error("summary", Messages.JsonMissing, Messages.JsonOneLine),
            places, title, narrative, sources, origin);
    }

    private static EventOrigin? ReadOrigin(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        try
        {
            JsonReading.StartObject(ref reader, Messages.JsonAnOrigin);
            string? card = null, file = null;
            int line = 0, column = 0, seen = 0;
            while (JsonReading.NextProperty(ref reader, OriginProperties, ref seen, out int property))
            {
                switch (property)
                {
                    case 0: card = JsonReading.OptionalString(ref reader, "card"); break;
                    case 1: file = JsonReading.OptionalString(ref reader, "file"); break;
                    case 2: line = JsonReading.NonNegative(ref reader, "line"); break;
                    case 3: column = JsonReading.NonNegative(ref reader, "column"); break;
                    default: reader.Skip(); break;
                }
            }
            return new EventOrigin(card, file, new TextPosition(line, column));
        }
        catch (JsonValueException e)
        {
            throw e.Within("origin");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HistoricalEvent value, JsonSerializerOptions options) =>
        WriteEvent(Preconditions.CheckNotNull(writer), Preconditions.CheckNotNull(value), JsonReading.DateConverter(options), options);

    internal static void WriteEvent(Utf8JsonWriter writer, HistoricalEvent value, JsonConverter<HistoricalDate> dates, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Title is not null)
        {
            writer.WriteString("title", value.Title);
        }
        writer.WritePropertyName("date");
        dates.Write(writer, value.Date, options);
        if (value.Places.Count > 0)
        {
            writer.WriteStartArray("places");
            foreach (Place place in value.Places)
            {
                writer.WriteStringValue(PlaceJsonConverter.Text(place));
            }
            writer.WriteEndArray();
        }
        writer.WriteString("summary", value.Summary);
        JsonReading.WriteList(writer, "narrative", value.Narrative);
        if (value.Sources.Count > 0)
        {
            writer.WriteStartArray("sources");
            foreach (Source source in value.Sources)
            {
                writer.WriteStringValue(source.Text);
            }
            writer.WriteEndArray();
        }
        if (value.Origin is { } origin)
        {
            writer.WriteStartObject("origin");
            if (origin.CardTitle is not null)
            {
                writer.WriteString("card", origin.CardTitle);
            }
            if (origin.File is not null)
            {
                writer.WriteString("file", origin.File);
            }
            writer.WriteNumber("line", origin.Position.Line);
            writer.WriteNumber("column", origin.Position.Column);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}

/// <summary>
/// Converts an <see cref="EventCard"/> to and from an object:
/// <c>{"file":…,"line":…,"column":…,"headline":{event},"moments":[{event}…]}</c>.
/// </summary>
/// <remarks>
/// Reading accepts exactly the cards the card format can hold, so <see cref="EventCard.ToCardText"/> never throws
/// for a card read from JSON: the headline has a title, every moment has places, the card has a source, and each
/// event follows <see cref="HistoricalEventJsonConverter"/>'s rules. Anything else is a <see cref="JsonException"/>
/// whose message starts with the path inside the card (<c>$.moments[0].places[1]: found null, expected …</c>).
/// </remarks>
public sealed class EventCardJsonConverter : JsonConverter<EventCard>
{
    private static readonly byte[][] Properties =
        ["file"u8.ToArray(), "line"u8.ToArray(), "column"u8.ToArray(), "headline"u8.ToArray(), "moments"u8.ToArray()];

    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a card the card format can hold; see the remarks.</exception>
    public override EventCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, Messages.JsonACard);
        JsonConverter<HistoricalDate> dates = JsonReading.DateConverter(options);
        string? file = null;
        int line = 0, column = 0, seen = 0;
        HistoricalEvent? headline = null;
        List<HistoricalEvent>? moments = null;
        while (JsonReading.NextProperty(ref reader, Properties, ref seen, out int property))
        {
            switch (property)
            {
                case 0: file = JsonReading.OptionalString(ref reader, "file"); break;
                case 1: line = JsonReading.NonNegative(ref reader, "line"); break;
                case 2: column = JsonReading.NonNegative(ref reader, "column"); break;
                case 3:
                    try
                    {
                        headline = HistoricalEventJsonConverter.ReadEvent(ref reader, dates, options);
                    }
                    catch (JsonValueException e)
                    {
                        throw e.Within("headline");
                    }
                    break;
                case 4:
                    moments = JsonReading.Array(ref reader, "moments", Messages.JsonAnEvent, (ref Utf8JsonReader r) => HistoricalEventJsonConverter.ReadEvent(ref r, dates, options));
                    break;
                default: reader.Skip(); break;
            }
        }
        if (headline is null)
        {
            throw JsonReading.Error("headline", Messages.JsonMissing, Messages.JsonAnEvent);
        }
        if (headline.Title is null)
        {
            throw JsonReading.Error("headline.title", Messages.JsonMissing, Messages.JsonTitle);
        }
        var card = new EventCard(headline, moments, new TextPosition(line, column), file);
        try
        {
            // The card writer's rules are the card format's: a card it cannot write is not read either. The writer's
            // own checks, without making the text (which was most of the cost of reading JSON).
            CardWriter.CheckWritable(card);
        }
        catch (ArgumentException e)
        {
            throw new JsonValueException("$", e.Message.TrimEnd('.'), Messages.JsonCardNotWritable, e);
        }
        return card;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EventCard value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        JsonConverter<HistoricalDate> dates = JsonReading.DateConverter(options);
        writer.WriteStartObject();
        if (value.File is not null)
        {
            writer.WriteString("file", value.File);
        }
        writer.WriteNumber("line", value.Position.Line);
        writer.WriteNumber("column", value.Position.Column);
        writer.WritePropertyName("headline");
        HistoricalEventJsonConverter.WriteEvent(writer, value.Headline, dates, options);
        if (value.Moments.Count > 0)
        {
            writer.WriteStartArray("moments");
            foreach (HistoricalEvent moment in value.Moments)
            {
                HistoricalEventJsonConverter.WriteEvent(writer, moment, dates, options);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}

/// <summary>Converts a <see cref="HistoricalPeriod"/> to and from <c>{"name":…,"span":…,"aliases":[…],"description":…}</c>.</summary>
/// <remarks>The name and every alias are non-blank text; a property given twice or a null alias is a <see cref="JsonException"/>.</remarks>
public sealed class HistoricalPeriodJsonConverter : JsonConverter<HistoricalPeriod>
{
    private static readonly byte[][] Properties = ["name"u8.ToArray(), "span"u8.ToArray(), "aliases"u8.ToArray(), "description"u8.ToArray()];

    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a period; see the remarks.</exception>
    public override HistoricalPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.StartObject(ref reader, Messages.JsonAPeriod);
        string? name = null, description = null;
        HistoricalDate span = default;
        bool hasSpan = false;
        List<string>? aliases = null;
        int seen = 0;
        while (JsonReading.NextProperty(ref reader, Properties, ref seen, out int property))
        {
            switch (property)
            {
                case 0: name = NonBlank(ref reader, "name", Messages.JsonPeriodName); break;
                case 1: span = JsonReading.Date(ref reader, JsonReading.DateConverter(options), options, "span"); hasSpan = true; break;
                case 2: aliases = JsonReading.Array(ref reader, "aliases", Messages.JsonAlias, static (ref Utf8JsonReader r) => NonBlank(ref r, null, Messages.JsonAlias)!); break;
                case 3: description = JsonReading.OptionalString(ref reader, "description"); break;
                default: reader.Skip(); break;
            }
        }
        return new HistoricalPeriod(
            name ?? throw JsonReading.Error("name", Messages.JsonMissing, Messages.JsonPeriodName),
            hasSpan ? span : throw JsonReading.Error("span", Messages.JsonMissing, Messages.JsonDateStringOrObject),
            aliases, description);
    }

    private static string? NonBlank(ref Utf8JsonReader reader, string? property, string expected)
    {
        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text;
        }
        string found = JsonReading.Found(ref reader);
        throw property is null ? JsonReading.Error(found, expected) : JsonReading.Error(property, found, expected);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HistoricalPeriod value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WritePropertyName("span");
        JsonReading.DateConverter(options).Write(writer, value.Span, options);
        JsonReading.WriteList(writer, "aliases", value.Aliases);
        if (value.Description is not null)
        {
            writer.WriteString("description", value.Description);
        }
        writer.WriteEndObject();
    }
}
