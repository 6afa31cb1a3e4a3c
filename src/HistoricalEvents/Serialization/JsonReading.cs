using System.Text.Json;
using System.Text.Json.Serialization;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Serialization;

/// <summary>
/// A JSON value the library's converters reject, with where it lies inside the value being converted
/// (<c>$.headline.sources[0]</c>, <c>$</c> being that event, card, period or date) and what was found and expected.
/// System.Text.Json fills <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> with where the converted value sits in the document.
/// </summary>
internal sealed class JsonValueException : JsonException
{
    internal JsonValueException(string relativePath, string found, string expected, Exception? innerException = null)
        : base(Messages.JsonValueRejected(relativePath, found, expected), innerException)
    {
        RelativePath = relativePath;
        Found = found;
        Expected = expected;
    }

    /// <summary><c>$.sources[0]</c>: where the rejected value lies inside the converted value.</summary>
    internal string RelativePath { get; }

    internal string Found { get; }

    internal string Expected { get; }

    /// <summary>The same error one property further out: <c>$.title</c> inside <c>headline</c> is <c>$.headline.title</c>.</summary>
    internal JsonValueException Within(string property) => new("$." + property + RelativePath[1..], Found, Expected, InnerException);

    /// <summary>The same error inside an array element: <c>$.date</c> inside <c>moments[2]</c> is <c>$.moments[2].date</c>.</summary>
    internal JsonValueException Within(string property, int index) =>
        new($"$.{property}[{index}]{RelativePath.AsSpan(1)}", Found, Expected, InnerException);
}

/// <summary>The small reading and writing steps every converter here shares; none of them uses reflection.</summary>
internal static class JsonReading
{
    private static readonly HistoricalDateJsonConverter DefaultDates = new();

    /// <summary>The date converter <paramref name="options"/> holds (the first one), or the encyclopedic one.</summary>
    internal static JsonConverter<HistoricalDate> DateConverter(JsonSerializerOptions options)
    {
        IList<JsonConverter> converters = options.Converters;
        for (int i = 0; i < converters.Count; i++)
        {
            if (converters[i] is JsonConverter<HistoricalDate> dates)
            {
                return dates;
            }
        }
        return DefaultDates;
    }

    internal static JsonValueException Error(string found, string expected) => new("$", found, expected);

    internal static JsonValueException Error(string property, string found, string expected) => new("$." + property, found, expected);

    /// <summary>What the reader is on, for an error: the quoted (shortened) string, or the kind of token.</summary>
    internal static string Found(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? Messages.Quote(reader.GetString()) : Messages.JsonToken(reader.TokenType);

    internal static void StartObject(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(Found(ref reader), expected);
        }
    }

    /// <summary>
    /// Moves to the next property's value and gives its index in <paramref name="names"/> (-1 for a property the
    /// converter does not know, which the caller skips); false at the end of the object. A known property seen twice
    /// is an error, as System.Text.Json's <c>AllowDuplicateProperties = false</c> makes it.
    /// </summary>
    internal static bool NextProperty(ref Utf8JsonReader reader, byte[][] names, ref int seen, out int index)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            index = -1;
            return false;
        }
        index = -1;
        for (int i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                index = i;
                break;
            }
        }
        if (index >= 0)
        {
            int bit = 1 << index;
            if ((seen & bit) != 0)
            {
                throw Error(System.Text.Encoding.UTF8.GetString(names[index]), Messages.JsonDuplicate, Messages.JsonOnce);
            }
            seen |= bit;
        }
        reader.Read();
        return true;
    }

    /// <summary>A string or null; anything else is an error at <paramref name="property"/>.</summary>
    internal static string? OptionalString(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Error(property, Found(ref reader), Messages.JsonString),
    };

    /// <summary>One non-blank line of text (what a card line can hold), or null.</summary>
    internal static string? OptionalLine(ref Utf8JsonReader reader, string property, string expected)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return IsLine(text) ? text : throw Error(property, Found(ref reader), expected);
    }

    internal static bool IsLine(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.AsSpan().IndexOfAny('\n', '\r') < 0;

    internal static int NonNegative(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value) && value >= 0
            ? value
            : throw Error(property, Found(ref reader), Messages.JsonNonNegative);

    internal static HistoricalDate Date(ref Utf8JsonReader reader, JsonConverter<HistoricalDate> dates, JsonSerializerOptions options, string property)
    {
        try
        {
            return dates.Read(ref reader, typeof(HistoricalDate), options);
        }
        catch (JsonValueException e)
        {
            throw e.Within(property);
        }
    }

    /// <summary>An array (or null, read as empty) whose items <paramref name="item"/> reads; a null item is an error.</summary>
    internal static List<T>? Array<T>(ref Utf8JsonReader reader, string property, string expected, ItemReader<T> item)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(property, Found(ref reader), Messages.JsonAnArray);
        }
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                items.Add(reader.TokenType == JsonTokenType.Null ? throw Error(Messages.JsonToken(JsonTokenType.Null), expected) : item(ref reader));
            }
            catch (JsonValueException e)
            {
                throw e.Within(property, items.Count);
            }
        }
        return items;
    }

    internal delegate T ItemReader<T>(ref Utf8JsonReader reader);

    internal static string Line(ref Utf8JsonReader reader, string expected)
    {
        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return IsLine(text) ? text! : throw Error(Found(ref reader), expected);
    }

    internal static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }
        writer.WriteStartArray(name);
        for (int i = 0; i < items.Count; i++)
        {
            writer.WriteStringValue(items[i]);
        }
        writer.WriteEndArray();
    }
}
