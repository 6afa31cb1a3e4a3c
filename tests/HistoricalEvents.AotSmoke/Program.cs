using System.Text.Json;
using HistoricalEvents;
using HistoricalEvents.Serialization;
using HistoricalEvents.Text;
using NodaTime;

// Reads cards (a file, or standard input) and writes, as JSON Lines: each card, each event, then each headline's
// bounds as NodaTime dates. Every value is read back and compared, so a converter that reflection-free code cannot
// reach fails here, not in a user's app. Exit code 0: all well; 1: a card did not parse or did not read back.
using Stream input = args.Length > 0 ? File.OpenRead(args[0]) : Console.OpenStandardInput();
var cards = new List<EventCard>();
foreach (ParseResult<EventCard> result in CardReader.ReadAll(input))
{
    if (!result.TryGetValue(out EventCard? card))
    {
        Console.Error.WriteLine(result.Error);
        return 1;
    }
    cards.Add(card);
}

var lines = new MemoryStream();
HistoricalEventsJsonLines.WriteCards(lines, cards);
HistoricalEventsJsonLines.WriteEvents(lines, cards.SelectMany(c => c.Events));
using (var writer = new JsonLinesWriter(lines, leaveOpen: true))
{
    foreach (EventCard card in cards)
    {
        writer.Write(card.Headline.Date, static (json, date) =>
        {
            json.WriteStartObject();
            json.WritePropertyName("earliest");
            JsonSerializer.Serialize(json, date.Earliest, HistoricalEventsJson.Context.LocalDate);
            json.WritePropertyName("latest");
            JsonSerializer.Serialize(json, date.Latest, HistoricalEventsJson.Context.LocalDate);
            json.WriteEndObject();
        });
    }
}

// Read everything back, through JSON Lines and through JsonSerializer with the options' own metadata.
lines.Position = 0;
List<ParseResult<EventCard>> back = [.. HistoricalEventsJsonLines.ReadCards(lines).Take(cards.Count)];
bool same = back.All(r => r.Success) && back.Select(r => r.Value).SequenceEqual(cards);
foreach (EventCard card in cards)
{
    string viaOptions = JsonSerializer.Serialize(card, HistoricalEventsJson.Context.EventCard);
    EventCard? again = JsonSerializer.Deserialize(viaOptions, HistoricalEventsJsonContext.Default.EventCard);
    same &= card.Equals(again);
    same &= JsonSerializer.Deserialize(JsonSerializer.Serialize(card.Headline.Date.Earliest, HistoricalEventsJson.Context.LocalDate),
        HistoricalEventsJson.Context.LocalDate) == card.Headline.Date.Earliest;
}
List<EventCard> list = JsonSerializer.Deserialize(JsonSerializer.Serialize(cards, HistoricalEventsJson.Context.ListEventCard), HistoricalEventsJson.Context.ListEventCard)!;
same &= list.SequenceEqual(cards);
same &= JsonSerializer.Serialize(new AnnualDate(4, 28), HistoricalEventsJson.Context.AnnualDate) == "\"04-28\"";

using Stream stdout = Console.OpenStandardOutput();
stdout.Write(lines.GetBuffer().AsSpan(0, (int)lines.Length));
if (!same)
{
    Console.Error.WriteLine("AotSmoke: JSON did not read back to equal values");
    return 1;
}
Console.Error.WriteLine($"AotSmoke: {cards.Count} card(s) written and read back; reflection-based JSON enabled: {JsonSerializer.IsReflectionEnabledByDefault}");
return 0;
