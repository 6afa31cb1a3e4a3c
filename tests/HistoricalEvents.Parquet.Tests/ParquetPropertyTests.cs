using System.Globalization;
using CsCheck;
using HistoricalEvents.Interchange;
using HistoricalEvents.Text;

namespace HistoricalEvents.Parquet.Tests;

/// <summary>Property tests: any card the card reader reads comes back from Parquet equal, with its texts and positions.</summary>
public class ParquetPropertyTests
{
    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.Const("empire"), Gen.Const("Azerbaijan’s"), Gen.Const("\"quoted\""), Gen.Const("back\\slash"), Gen.Const("Bakı"),
        Gen.Const("日本"), Gen.Const("🏛️"), Gen.String[Gen.Char['a', 'z'], 1, 12]);

    private static readonly Gen<string> Sentence = Word.Array[1, 12].Select(words => string.Join(' ', words) + ".");

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.Int[1, 2025].Select(y => y.ToString(CultureInfo.InvariantCulture)),
        Gen.Int[1, 3000].Select(y => $"{y} BC"),
        Gen.Int[10_000, 2_000_000].Select(y => $"{y:N0} BC"),
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1, 2025]).Select((m, d, y) => $"{MonthName(m)} {d}, {y}"),
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1, 2025]).Select((m, d, y) => $"{y:0000}-{m:00}-{d:00}"),
        Gen.Int[1, 20].Select(c => $"early {c}{(c == 1 ? "st" : c == 2 ? "nd" : c == 3 ? "rd" : "th")} century"),
        Gen.Int[500, 1900].Select(y => $"c. {y}"),
        Gen.Select(Gen.Int[1000, 1900], Gen.Int[1, 80]).Select((y, n) => $"{y}–{y + n}"),
        Gen.Int[2, 500].Select(y => $"{y} or {y - 1} BC"),
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 1500]).Select((m, y) => $"{MonthName(m)} {y}"),
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1600, 1900]).Select((m, d, y) => $"{MonthName(m)} {d}, {y} O.S."));

    private static readonly Gen<string> Place = Gen.OneOf(
        Gen.Const("Baku, Azerbaijan"), Gen.Const("Soviet Union"), Gen.Const("Rome, Lazio, Italy"), Gen.Const("Bakı"),
        Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180]).Select((lat, lon) =>
            string.Create(CultureInfo.InvariantCulture, $"Actium, Greece @ {Math.Round(lat, 4)}, {Math.Round(lon, 4)}")),
        Gen.String[Gen.Char['a', 'z'], 1, 10].Select(s => "P" + s));

    private static readonly Gen<string> Moment = Gen.Select(Date, Sentence, Place.Array[1, 3])
        .Select((date, summary, places) => $"{date}\n{summary}\n{string.Join(" | ", places)}");

    private static readonly Gen<string> CardText = Gen.Select(Sentence, Date, Place.Array[0, 2], Sentence, Moment.Array[0, 3], Sentence.Array[0, 3],
        Gen.OneOf(Gen.Const("en.wikipedia.org"), Gen.Const("https://de.wikipedia.org/wiki/Baku"), Gen.Const("britannica.com")).Array[1, 2])
        .Select((title, date, places, summary, moments, narrative, sources) =>
            string.Join('\n', new[] { "T " + title, places.Length > 0 ? $"{date} · {string.Join(" | ", places)}" : date, summary }
                .Concat(moments).Concat(narrative.Select(p => "N " + p)).Concat(sources.Select(s => "Source: " + s))));

    [Fact]
    public void ReadCards_AnyCardsTheReaderReads_RoundTripThroughParquet()
    {
        int written = 0;
        // Both encodings of the integer columns: PLAIN (the default) and DELTA_BINARY_PACKED.
        Gen.Select(CardText.Array[1, 6], Gen.Bool).Sample((texts, delta) =>
        {
            // Only what the card reader accepts: a generated text it rejects is not a card.
            List<EventCard> cards = [.. texts.Select(t => CardReader.Parse(t, new CardReaderOptions { SourceName = "gen.txt" }))
                .Where(r => r.Success).Select(r => r.Value)];
            using var stream = new MemoryStream();
            HistoricalEventsParquet.Write(stream, cards, new HistoricalEventsParquetOptions { RowGroupSize = 3, DeltaEncodeIntegers = delta });
            stream.Position = 0;
            HistoricalEventsParquetTests.AssertSameCards(cards, [.. HistoricalEventsParquet.ReadCards(stream)]);
            Interlocked.Add(ref written, cards.Count);
        }, iter: 200);
        // Most generated texts are cards: the property was tested on many, not on none.
        Assert.True(written > 200, $"only {written} generated cards were read");
    }
}
