using System.Text.Json;
using HistoricalEvents.Serialization;
using HistoricalEvents.Text;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>The card reader on any text, the writer on every card it reads, and JSON on those cards.</summary>
internal sealed class CardsTarget : FuzzTarget
{
    public override string Name => "cards";

    public override string Description =>
        "CardReader (string, TextReader, Stream): never throws; Parse agrees with ReadAll; Write then Parse gives the card back; JSON round trip";

    public override void Run(byte[] input)
    {
        string text = Utf8(input);
        List<ParseResult<EventCard>> all = [.. CardReader.ReadAll(new StringReader(text))];
        ParseResult<EventCard> one = CardReader.Parse(text);

        // Parse reads exactly one card: it succeeds when ReadAll gives one card and nothing else.
        bool oneCard = all.Count == 1 && all[0].Success;
        Check(one.Success == oneCard, "CardReader.Parse succeeds exactly when ReadAll reads one card and nothing else", $"Parse: {one}; ReadAll: {all.Count} results");
        if (oneCard)
        {
            Check(one.Value.Equals(all[0].Value), "CardReader.Parse and ReadAll read equal cards");
        }
        else
        {
            FuzzCheck.Error(one.Error, "CardReader.Parse");
        }

        // The stream reader decodes the bytes itself (byte-order marks included); it must not throw either.
        foreach (ParseResult<EventCard> result in CardReader.ReadAll(new MemoryStream(input)))
        {
            if (!result.Success)
            {
                FuzzCheck.Error(result.Error, "CardReader.ReadAll(Stream)");
            }
        }

        foreach (ParseResult<EventCard> result in all)
        {
            if (result.Success)
            {
                RoundTrip(result.Value);
            }
            else
            {
                FuzzCheck.Error(result.Error, "CardReader.ReadAll");
            }
        }
    }

    private static void RoundTrip(EventCard card)
    {
        // Every card the reader accepts can be written (docs/cards.md), and the canonical text reads back equal.
        string written = CardWriter.Write(card);
        ParseResult<EventCard> back = CardReader.Parse(written);
        Check(back.Success, "CardReader.Parse(CardWriter.Write(card)) reads", $"{back.Error}\n{written}");
        Check(back.Value.Equals(card), "CardReader.Parse(CardWriter.Write(card)) gives the card back", written);
        Check(CardWriter.Write(back.Value) == written, "CardWriter.Write is stable on its own output", written);

        string json = JsonSerializer.Serialize(card, HistoricalEventsJson.Options);
        EventCard? fromJson = JsonSerializer.Deserialize<EventCard>(json, HistoricalEventsJson.Options);
        Check(card.Equals(fromJson), "JSON gives the card back", json);
        Check(Coordinates.Same(card, fromJson), "JSON keeps every place's coordinates", json);
    }
}
