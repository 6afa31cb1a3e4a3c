using HistoricalEvents.Timelines;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

public class TimelineSpatialTests
{
    private static HistoricalEvent At(string summary, string place) =>
        new(HistoricalDate.FromYear(1900), summary, [Place.Parse(place)]);

    private static readonly TimelineT Battles = new TimelineBuilder()
        .Add(At("actium", "Actium, Greece @ 38.95, 20.75"))
        .Add(At("rome", "Rome @ 41.8933, 12.4828"))
        .Add(At("baku", "Baku, Azerbaijan @ 40.4093, 49.8671"))
        .Add(At("fiji", "Suva, Fiji @ -18.14, 178.44"))
        .Add(At("samoa", "Apia, Samoa @ -13.83, -171.76"))
        .Add(At("nowhere", "Atlantis"))
        .Build();

    private static string[] Summaries(IReadOnlyList<TimelineMatch> matches) => [.. matches.Select(m => m.Event.Summary).Order(StringComparer.Ordinal)];

    [Fact]
    public void Build_SamePathWithAndWithoutCoordinates_EachEventKeepsItsOwn()
    {
        // The first mention of a path is the gazetteer's node; a later mention's coordinates must not be lost to it.
        TimelineT timeline = new TimelineBuilder()
            .Add(At("plain", "Actium, Greece"))
            .Add(At("located", "actium, Greece @ 38.95, 20.75"))
            .Add(At("elsewhere", "Actium, Greece @ 38.96, 20.76"))
            .Build();
        Dictionary<string, Place> places = timeline.ToDictionary(e => e.Summary, e => e.Places[0]);
        Assert.Null(places["plain"].Coordinates);
        Assert.Equal(new GeoCoordinate(38.95, 20.75), places["located"].Coordinates);
        Assert.Equal(new GeoCoordinate(38.96, 20.76), places["elsewhere"].Coordinates);
        Assert.Equal(3, timeline.AtPlace("Actium").Count);
    }

    [Theory]
    [InlineData(41.9, 12.5, 2, "rome")]            // 1.6 km from the coordinates given for Rome
    [InlineData(41.9, 12.5, 800, "actium,rome")]      // Rome to Actium is about 770 km
    [InlineData(41.9, 12.5, 600, "rome")]
    [InlineData(-16, 180, 1200, "fiji,samoa")]        // across the antimeridian
    [InlineData(90, 0, 20000, "actium,baku,fiji,rome,samoa")]
    [InlineData(0, 0, 0, "")]
    public void WithinDistance_Point_FindsEventsByGreatCircleDistance(double lat, double lon, double km, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), Summaries(Battles.WithinDistance(new GeoCoordinate(lat, lon), km)));

    [Theory]
    [InlineData(35, 10, 45, 25, "actium,rome")]
    [InlineData(38.95, 20.75, 38.95, 20.75, "actium")]  // edges included
    [InlineData(-20, 170, -10, -170, "fiji,samoa")]     // west > east: across the antimeridian
    [InlineData(-20, -170, -10, 170, "")]
    public void WithinBox_Box_FindsEventsInside(double s, double w, double n, double e, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), Summaries(Battles.WithinBox(new GeoCoordinate(s, w), new GeoCoordinate(n, e))));

    [Fact]
    public void WithinDistance_BadDistance_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Battles.WithinDistance(new GeoCoordinate(0, 0), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Battles.WithinDistance(new GeoCoordinate(0, 0), double.NaN));
        Assert.Throws<ArgumentException>(() => Battles.WithinBox(new GeoCoordinate(10, 0), new GeoCoordinate(0, 1)));
    }

    [Fact]
    public void WithinDistance_TimelineWithoutCoordinates_FindsNothing() =>
        Assert.Empty(new TimelineBuilder().Add(At("x", "Atlantis")).Build().WithinDistance(new GeoCoordinate(0, 0), 20000));

    [Fact]
    public void WithinDistanceAndBox_RandomPoints_AgreeWithAScan()
    {
        var random = new Random(11);
        var events = new List<HistoricalEvent>();
        for (int i = 0; i < 3000; i++)
        {
            double lat = Math.Round(random.NextDouble() * 180 - 90, 4), lon = Math.Round(random.NextDouble() * 360 - 180, 4);
            events.Add(new HistoricalEvent(HistoricalDate.FromYear(1000 + i % 900), "e" + i,
                [Place.Create("P" + (i % 50)).WithCoordinates(new GeoCoordinate(lat, lon))]));
        }
        TimelineT timeline = TimelineT.FromEvents(events);
        for (int q = 0; q < 200; q++)
        {
            var center = new GeoCoordinate(random.NextDouble() * 180 - 90, random.NextDouble() * 360 - 180);
            double km = random.NextDouble() * 3000;
            string[] expected = [.. events.Where(e => SpatialIndex.DistanceKm(center.Latitude, center.Longitude,
                e.Places[0].Coordinates!.Value.Latitude, e.Places[0].Coordinates!.Value.Longitude) <= km).Select(e => e.Summary).Order(StringComparer.Ordinal)];
            Assert.Equal(expected, Summaries(timeline.WithinDistance(center, km)));

            double s = random.NextDouble() * 180 - 90, n = Math.Min(90, s + random.NextDouble() * 40);
            double w = random.NextDouble() * 360 - 180, east = random.NextDouble() * 360 - 180;
            string[] inBox = [.. events.Where(e =>
            {
                GeoCoordinate c = e.Places[0].Coordinates!.Value;
                bool lonInside = w <= east ? c.Longitude >= w && c.Longitude <= east : c.Longitude >= w || c.Longitude <= east;
                return c.Latitude >= s && c.Latitude <= n && lonInside;
            }).Select(e => e.Summary).Order(StringComparer.Ordinal)];
            Assert.Equal(inBox, Summaries(timeline.WithinBox(new GeoCoordinate(s, w), new GeoCoordinate(n, east))));
        }
    }
}
