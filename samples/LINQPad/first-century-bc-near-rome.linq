<Query Kind="Statements">
  <NuGetReference>HistoricalEvents</NuGetReference>
  <Namespace>HistoricalEvents</Namespace>
  <Namespace>HistoricalEvents.Rendering</Namespace>
  <Namespace>HistoricalEvents.Text</Namespace>
  <Namespace>HistoricalEvents.Timelines</Namespace>
  <Namespace>NodaTime</Namespace>
  <Namespace>NodaTime.Calendars</Namespace>
</Query>

// The bundled cards: samples/data beside this folder (5,138 real events from Wikipedia-derived datasets).
string data = Path.Combine(Path.GetDirectoryName(Util.CurrentQueryPath)!, "..", "data");

// Events in the 1st century BC near Rome, with how certain the date match is.
Timeline timeline = Timeline.FromCards(Directory.EnumerateFiles(data, "*.txt")
    .SelectMany(file => CardReader.ReadFile(file))
    .Where(r => r.Success)
    .Select(r => r.Value));
var rome = new GeoCoordinate(41.8933, 12.4829);

// Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km).
static double Kilometres(GeoCoordinate a, GeoCoordinate b)
{
    static double Rad(double degrees) => degrees * Math.PI / 180;
    double dLat = Rad(b.Latitude - a.Latitude), dLon = Rad(b.Longitude - a.Longitude);
    double h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
    return 2 * 6371 * Math.Asin(Math.Sqrt(h));
}

var near = timeline.InCentury(1, Era.BeforeCommon)
    .Select(m => new { m.Certainty, m.Event, At = m.Event.Places.Select(p => p.Coordinates).FirstOrDefault(c => c is not null) })
    .Where(x => x.At is not null && Kilometres(rome, x.At.Value) <= 500)
    .Select(x => new { x.Certainty, x.Event.Date, x.Event.Title, Km = Math.Round(Kilometres(rome, x.At!.Value)) })
    .ToList();
near.GroupBy(x => x.Certainty).Select(g => new { Certainty = g.Key, Count = g.Count() }).Dump("How certain");
near.Dump("Within 500 km of Rome, 100 BC to 1 BC");
