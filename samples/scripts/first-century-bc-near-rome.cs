#:project ../../src/HistoricalEvents/HistoricalEvents.csproj
// Events of the 1st century BC within 500 km of Rome, with their certainty: dotnet run samples/scripts/first-century-bc-near-rome.cs
using HistoricalEvents;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;
using NodaTime.Calendars;

var rome = new GeoCoordinate(41.8933, 12.4829);
Timeline timeline = Timeline.FromCards(Directory.EnumerateFiles(DataFolder(), "*.txt").SelectMany(f => CardReader.ReadFile(f)).Select(r => r.Value));
int count = 0;
foreach (TimelineMatch m in timeline.InCentury(1, Era.BeforeCommon))
{
    GeoCoordinate? at = m.Event.Places.Select(p => p.Coordinates).FirstOrDefault(c => c is not null);
    if (at is null || Kilometres(rome, at.Value) > 500)
        continue;
    count++;
    Console.WriteLine($"{m.Certainty,-10} {m.Event.Date.Text,-10} {m.Event.Title} ({Kilometres(rome, at.Value):0} km)");
}
Console.WriteLine($"{count} events");
return count > 0 ? 0 : 1;

// Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km).
static double Kilometres(GeoCoordinate a, GeoCoordinate b)
{
    static double Rad(double degrees) => degrees * Math.PI / 180;
    double dLat = Rad(b.Latitude - a.Latitude), dLon = Rad(b.Longitude - a.Longitude);
    double h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
    return 2 * 6371 * Math.Asin(Math.Sqrt(h));
}

// The bundled cards: samples/data, found from the current folder upwards.
static string DataFolder()
{
    for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        string folder = Path.Combine(dir.FullName, "samples", "data");
        if (Directory.Exists(folder))
            return folder;
    }
    throw new DirectoryNotFoundException("samples/data not found above " + Directory.GetCurrentDirectory());
}
