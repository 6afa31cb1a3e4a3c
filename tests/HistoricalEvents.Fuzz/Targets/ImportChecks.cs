using System.Text.Json;
using HistoricalEvents.Serialization;
using HistoricalEvents.Text;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>The promises every importer keeps, shared by the Wikidata, CSV and on-this-day targets.</summary>
internal static class ImportChecks
{
    /// <summary>
    /// Checks one result of an importer: an error has a position and its texts; an event read writes to JSON and
    /// reads back equal (what an importer hands out is a value the library can keep), and writing it is stable.
    /// </summary>
    public static void Result(ParseResult<HistoricalEvent> result, string where)
    {
        if (!result.Success)
        {
            FuzzCheck.Error(result.Error, where);
            return;
        }
        Event(result.Value, where);
    }

    /// <summary>The JSON round trip of one imported event.</summary>
    public static void Event(HistoricalEvent value, string where)
    {
        string json = JsonSerializer.Serialize(value, HistoricalEventsJson.Options);
        HistoricalEvent? back;
        try
        {
            back = JsonSerializer.Deserialize<HistoricalEvent>(json, HistoricalEventsJson.Options);
        }
        catch (JsonException e)
        {
            throw new InvariantException($"{where}: an imported event's JSON reads back ({e.Message}): {json}");
        }
        FuzzCheck.That(value.Equals(back), $"{where}: an imported event's JSON reads back equal", json);
        FuzzCheck.That(Coordinates.Same(value, back), $"{where}: an imported event's JSON keeps its places' coordinates", json);
        FuzzCheck.That(back!.Origin is null || back.Origin.Equals(value.Origin), $"{where}: an imported event's origin survives JSON", json);
        FuzzCheck.That(JsonSerializer.Serialize(back, HistoricalEventsJson.Options) == json, $"{where}: an imported event's JSON is stable", json);
    }

    /// <summary>A card an importer makes can be written as card text, and that text reads back to an equal card.</summary>
    public static void Card(EventCard card, string where)
    {
        string written;
        try
        {
            written = CardWriter.Write(card);
        }
        catch (ArgumentException e)
        {
            throw new InvariantException($"{where}: an imported card can be written as card text ({e.Message})");
        }
        ParseResult<EventCard> back = CardReader.Parse(written);
        FuzzCheck.That(back.Success, $"{where}: an imported card's text reads back", $"{back.Error}\n{written}");
        FuzzCheck.That(back.Value.Equals(card), $"{where}: an imported card's text reads back equal", written);
        FuzzCheck.That(Coordinates.Same(back.Value, card), $"{where}: an imported card's text keeps its places' coordinates", written);
    }
}
