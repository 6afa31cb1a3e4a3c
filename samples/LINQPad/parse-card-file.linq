<Query Kind="Statements">
  <NuGetReference>HistoricalEvents</NuGetReference>
  <Namespace>HistoricalEvents</Namespace>
  <Namespace>HistoricalEvents.Rendering</Namespace>
  <Namespace>HistoricalEvents.Text</Namespace>
  <Namespace>HistoricalEvents.Timelines</Namespace>
  <Namespace>NodaTime</Namespace>
</Query>

// Parse a card file and dump its events: each card is a result, a bad card is an error with its line and column.
string data = Path.Combine(Path.GetDirectoryName(Util.CurrentQueryPath)!, "..", "data");
var cards = new List<EventCard>();
foreach (ParseResult<EventCard> result in CardReader.ReadFile(Path.Combine(data, "earthquakes.txt")))
{
    if (result.TryGetValue(out EventCard? card))
        cards.Add(card);
    else
        result.Error.Dump("Could not read");
}
cards.Count.Dump("Cards read");
cards.Take(20).Dump("The first earthquakes (ToDump shows each card as one row)");
cards.SelectMany(c => c.Events)
     .Where(e => e.Places.Any(p => p.Coordinates is not null))
     .Select(e => new { e.Date, e.Title, Place = e.Places[0].Path, e.Places[0].Coordinates })
     .Take(10)
     .Dump("With coordinates");
