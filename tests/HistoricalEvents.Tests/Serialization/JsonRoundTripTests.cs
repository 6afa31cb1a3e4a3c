using System.Text.Json;
using CsCheck;
using HistoricalEvents.Serialization;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Serialization;

/// <summary>Property tests: any card the card reader reads comes back equal from JSON, and stays writable as card text.</summary>
public class JsonRoundTripTests
{
    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.Const("empire"), Gen.Const("Azerbaijan’s"), Gen.Const("\"quoted\""), Gen.Const("back\\slash"), Gen.Const("Bakı"),
        Gen.Const("<tag>&amp;"), Gen.Const("日本"), Gen.Const("🏛️"), Gen.String[Gen.Char['a', 'z'], 1, 12]);

    private static readonly Gen<string> Sentence = Word.Array[1, 12].Select(words => string.Join(' ', words) + ".");

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.Int[1, 2025].Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int[1, 3000].Select(y => $"{y} BC"),
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1, 2025]).Select((m, d, y) =>
            $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {d}, {y}"),
        Gen.Int[1, 20].Select(c => $"early {c}{(c == 1 ? "st" : c == 2 ? "nd" : c == 3 ? "rd" : "th")} century"),
        Gen.Int[500, 1900].Select(y => $"c. {y}"),
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1600, 1900]).Select((m, d, y) =>
            $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {d}, {y} O.S."));

    private static readonly Gen<string> Place = Gen.OneOf(
        Gen.Const("Baku, Azerbaijan"), Gen.Const("Soviet Union"), Gen.Const("Rome, Lazio, Italy"), Gen.Const("Bakı"),
        Gen.String[Gen.Char['a', 'z'], 1, 10].Select(s => "P" + s));

    private static readonly Gen<string> Moment = Gen.Select(Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1, 2025]), Sentence, Place.Array[1, 3])
        .Select((date, summary, places) =>
            $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Item1)} {date.Item2}, {date.Item3}\n{summary}\n{string.Join(" | ", places)}");

    private static readonly Gen<string> CardText = Gen.Select(Sentence, Date, Place.Array[0, 2], Sentence, Moment.Array[0, 3], Sentence.Array[0, 3],
        Gen.OneOf(Gen.Const("en.wikipedia.org"), Gen.Const("https://de.wikipedia.org/wiki/Baku"), Gen.Const("britannica.com")).Array[1, 2])
        .Select((title, date, places, summary, moments, narrative, sources) =>
            string.Join('\n', new[] { "T " + title, places.Length > 0 ? $"{date} · {string.Join(" | ", places)}" : date, summary }
                .Concat(moments).Concat(narrative.Select(p => "N " + p)).Concat(sources.Select(s => "Source: " + s))));

    [Fact]
    public void EventCard_AnyCardTheReaderReads_RoundTripsThroughJson() =>
        CardText.Sample(text =>
        {
            EventCard card = CardReader.Parse(text, new CardReaderOptions { SourceName = "gen.txt" }).Value;
            string json = JsonSerializer.Serialize(card, HistoricalEventsJson.Context.EventCard);
            EventCard back = JsonSerializer.Deserialize(json, HistoricalEventsJson.Context.EventCard)!;
            Assert.Equal(card, back);
            Assert.Equal((card.File, card.Position), (back.File, back.Position));
            Assert.Equal(card.Events.Select(e => (e.Date.Calendar, e.Date.Precision, e.Date.Part)), back.Events.Select(e => (e.Date.Calendar, e.Date.Precision, e.Date.Part)));
            Assert.Equal(card.Events.Select(e => e.Origin), back.Events.Select(e => e.Origin));
            // A card read from JSON is always one the card format holds.
            Assert.Equal(card, CardReader.Parse(back.ToCardText()).Value);
            Assert.Equal(json, JsonSerializer.Serialize(back, HistoricalEventsJson.Context.EventCard));
        }, iter: 300);
}
