// A consumer of the HistoricalEvents.Parquet package (run.sh builds it outside the repository against the packed
// packages): the seed card to Parquet and back, as docs/scale.md shows.
using HistoricalEvents;
using HistoricalEvents.Interchange;
using HistoricalEvents.Text;

var cards = new List<EventCard>();
foreach (ParseResult<EventCard> result in CardReader.ReadFile("cards.txt"))
{
    cards.Add(result.Success ? result.Value : throw new InvalidOperationException(result.Error!.ToString()));
}
using var file = new MemoryStream();
long rows = HistoricalEventsParquet.Write(file, cards);
file.Position = 0;
List<EventCard> back = [.. HistoricalEventsParquet.ReadCards(file)];
file.Position = 0;
List<HistoricalEvent> events = [.. HistoricalEventsParquet.Read(file)];
Console.WriteLine($"rows written: {rows}");
Console.WriteLine($"cards read back equal: {cards.SequenceEqual(back)}");
foreach (HistoricalEvent e in events)
{
    Console.WriteLine($"{e.Date.ToEdtfString()} {e.Summary[..Math.Min(60, e.Summary.Length)]}");
}
