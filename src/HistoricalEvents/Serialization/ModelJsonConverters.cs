using System.Text.Json;
using System.Text.Json.Serialization;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Serialization;

/// <summary>Converts a <see cref="Place"/> to and from its path string: <c>"Baku, Azerbaijan"</c>.</summary>
public sealed class PlaceJsonConverter : JsonConverter<Place>
{
    /// <inheritdoc />
    public override Place Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ParseResult<Place> result = Place.ParsePath(JsonReading.String(ref reader, "a place path"));
        return result.Success ? result.Value : throw new JsonException(result.Error.ToString(), new HistoricalParseException(result.Error));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Place value, JsonSerializerOptions options) =>
        Preconditions.CheckNotNull(writer).WriteStringValue(Preconditions.CheckNotNull(value).Path);
}

/// <summary>Converts a <see cref="Source"/> to and from its text as written: <c>"en.wikipedia.org"</c>.</summary>
public sealed class SourceJsonConverter : JsonConverter<Source>
{
    /// <inheritdoc />
    public override Source Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonReading.Build(JsonReading.String(ref reader, "a source"), Source.Parse);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Source value, JsonSerializerOptions options) =>
        Preconditions.CheckNotNull(writer).WriteStringValue(Preconditions.CheckNotNull(value).Text);
}

/// <summary>
/// Converts a <see cref="HistoricalEvent"/> to and from an object:
/// <c>{"title":…,"date":…,"places":[…],"summary":…,"narrative":[…],"sources":[…],"origin":{"card":…,"file":…,"line":…,"column":…}}</c>.
/// Empty lists and null members are left out when written and optional when read.
/// </summary>
public sealed class HistoricalEventJsonConverter : JsonConverter<HistoricalEvent>
{
    /// <inheritdoc />
    public override HistoricalEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "an event object");
        string? title = null, summary = null;
        HistoricalDate? date = null;
        List<Place>? places = null;
        List<string>? narrative = null;
        List<Source>? sources = null;
        EventOrigin? origin = null;
        while (JsonReading.NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "title": title = reader.GetString(); break;
                case "date": date = JsonReading.Value<HistoricalDate>(ref reader, options); break;
                case "places": places = JsonReading.Value<List<Place>>(ref reader, options); break;
                case "summary": summary = reader.GetString(); break;
                case "narrative": narrative = JsonReading.Value<List<string>>(ref reader, options); break;
                case "sources": sources = JsonReading.Value<List<Source>>(ref reader, options); break;
                case "origin": origin = ReadOrigin(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        HistoricalDate eventDate = date ?? throw new JsonException(Messages.JsonMissingProperty("date"));
        string eventSummary = summary ?? throw new JsonException(Messages.JsonMissingProperty("summary"));
        return JsonReading.Build(() => new HistoricalEvent(eventDate, eventSummary, places, title, narrative, sources, origin));
    }

    private static EventOrigin ReadOrigin(ref Utf8JsonReader reader)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "an origin object");
        string? card = null, file = null;
        int line = 0, column = 0;
        while (JsonReading.NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "card": card = reader.GetString(); break;
                case "file": file = reader.GetString(); break;
                case "line": line = reader.GetInt32(); break;
                case "column": column = reader.GetInt32(); break;
                default: reader.Skip(); break;
            }
        }
        return JsonReading.Build(() => new EventOrigin(card, file, new TextPosition(line, column)));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HistoricalEvent value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStartObject();
        if (value.Title is not null)
        {
            writer.WriteString("title", value.Title);
        }
        writer.WritePropertyName("date");
        JsonSerializer.Serialize(writer, value.Date, options);
        JsonReading.WriteList(writer, "places", value.Places, options);
        writer.WriteString("summary", value.Summary);
        JsonReading.WriteList(writer, "narrative", value.Narrative, options);
        JsonReading.WriteList(writer, "sources", value.Sources, options);
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
/// <c>{"file":…,"line":…,"headline":{event},"moments":[{event}…]}</c>.
/// </summary>
public sealed class EventCardJsonConverter : JsonConverter<EventCard>
{
    /// <inheritdoc />
    public override EventCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a card object");
        string? file = null;
        int line = 0, column = 0;
        HistoricalEvent? headline = null;
        List<HistoricalEvent>? moments = null;
        while (JsonReading.NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "file": file = reader.GetString(); break;
                case "line": line = reader.GetInt32(); break;
                case "column": column = reader.GetInt32(); break;
                case "headline": headline = JsonReading.Value<HistoricalEvent>(ref reader, options); break;
                case "moments": moments = JsonReading.Value<List<HistoricalEvent>>(ref reader, options); break;
                default: reader.Skip(); break;
            }
        }
        if (headline?.Title is null)
        {
            throw new JsonException(Messages.JsonMissingProperty(headline is null ? "headline" : "headline.title"));
        }
        return JsonReading.Build(() => new EventCard(headline, moments, new TextPosition(line, column), file));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EventCard value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStartObject();
        if (value.File is not null)
        {
            writer.WriteString("file", value.File);
        }
        writer.WriteNumber("line", value.Position.Line);
        writer.WriteNumber("column", value.Position.Column);
        writer.WritePropertyName("headline");
        JsonSerializer.Serialize(writer, value.Headline, options);
        JsonReading.WriteList(writer, "moments", value.Moments, options);
        writer.WriteEndObject();
    }
}

/// <summary>Converts a <see cref="HistoricalPeriod"/> to and from <c>{"name":…,"span":…,"aliases":[…],"description":…}</c>.</summary>
public sealed class HistoricalPeriodJsonConverter : JsonConverter<HistoricalPeriod>
{
    /// <inheritdoc />
    public override HistoricalPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a period object");
        string? name = null, description = null;
        HistoricalDate? span = null;
        List<string>? aliases = null;
        while (JsonReading.NextProperty(ref reader, out string property))
        {
            switch (property)
            {
                case "name": name = reader.GetString(); break;
                case "span": span = JsonReading.Value<HistoricalDate>(ref reader, options); break;
                case "aliases": aliases = JsonReading.Value<List<string>>(ref reader, options); break;
                case "description": description = reader.GetString(); break;
                default: reader.Skip(); break;
            }
        }
        string periodName = name ?? throw new JsonException(Messages.JsonMissingProperty("name"));
        HistoricalDate periodSpan = span ?? throw new JsonException(Messages.JsonMissingProperty("span"));
        return JsonReading.Build(() => new HistoricalPeriod(periodName, periodSpan, aliases, description));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HistoricalPeriod value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WritePropertyName("span");
        JsonSerializer.Serialize(writer, value.Span, options);
        JsonReading.WriteList(writer, "aliases", value.Aliases, options);
        if (value.Description is not null)
        {
            writer.WriteString("description", value.Description);
        }
        writer.WriteEndObject();
    }
}

/// <summary>The small reading and writing steps every converter here shares.</summary>
internal static class JsonReading
{
    internal static string String(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException(Messages.JsonExpected(expected, reader.TokenType));

    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string expected)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException(Messages.JsonExpected(expected, reader.TokenType));
        }
    }

    /// <summary>Moves to the next property's value; false at the end of the object.</summary>
    internal static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }
        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    /// <summary>Builds a value from what was read: the model's argument checks (a blank summary, an empty source…) become JSON errors.</summary>
    internal static T Build<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <summary>As <see cref="Build{T}(Func{T})"/>, for a one-argument factory.</summary>
    internal static T Build<TArgument, T>(TArgument argument, Func<TArgument, T> build)
    {
        try
        {
            return build(argument);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    internal static T Value<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(ref reader, options) ?? throw new JsonException(Messages.JsonExpected(typeof(T).Name, JsonTokenType.Null));

    internal static void WriteList<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T> items, JsonSerializerOptions options)
    {
        if (items.Count == 0)
        {
            return;
        }
        writer.WriteStartArray(name);
        foreach (T item in items)
        {
            JsonSerializer.Serialize(writer, item, options);
        }
        writer.WriteEndArray();
    }
}
