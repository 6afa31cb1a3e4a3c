using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Benchmarks.Timeline;

/// <summary>
/// Events within a distance of a point and within a box, through the timeline's grid index, against a scan of the
/// same events (the baseline of each pair). <see cref="N"/> events at random points; the queries match a few hundred.
/// Run with <c>--job short --filter *Spatial*</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SpatialBenchmarks
{
    private List<(double Latitude, double Longitude)> _points = null!;
    private Timelines.Timeline _timeline = null!;
    private readonly GeoCoordinate _center = new(48.0, 11.0);
    private const double Km = 250;
    private readonly GeoCoordinate _southWest = new(45.0, 5.0), _northEast = new(50.0, 10.0);

    /// <summary>The number of events.</summary>
    [Params(1_000_000)]
    public int N { get; set; }

    /// <summary>Makes the events and builds the timeline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261203);
        var events = new List<HistoricalEvent>(N);
        _points = new List<(double, double)>(N);
        Place place = Place.Create("Somewhere");
        for (int i = 0; i < N; i++)
        {
            // Uniform over the sphere's surface, so the density is even.
            double lat = Math.Asin(2 * random.NextDouble() - 1) * 180 / Math.PI, lon = random.NextDouble() * 360 - 180;
            _points.Add((lat, lon));
            events.Add(new HistoricalEvent(HistoricalDate.FromYear(1 + i % 2000), "e", [place.WithCoordinates(new GeoCoordinate(lat, lon))]));
        }
        _timeline = Timelines.Timeline.FromEvents(events);
        Console.WriteLine($"// Spatial: {N:N0} events; within {Km} km of {_center}: {_timeline.WithinDistance(_center, Km).Count}; in the box: {_timeline.WithinBox(_southWest, _northEast).Count}");
    }

    /// <summary>Scan: every event's distance.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Distance")]
    public int DistanceScan()
    {
        int count = 0;
        foreach ((double lat, double lon) in _points)
        {
            if (SpatialIndex.DistanceKm(_center.Latitude, _center.Longitude, lat, lon) <= Km)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The timeline's grid index.</summary>
    [Benchmark]
    [BenchmarkCategory("Distance")]
    public int WithinDistance() => _timeline.WithinDistance(_center, Km).Count;

    /// <summary>Scan: every event against the box.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Box")]
    public int BoxScan()
    {
        int count = 0;
        foreach ((double lat, double lon) in _points)
        {
            if (lat >= _southWest.Latitude && lat <= _northEast.Latitude && lon >= _southWest.Longitude && lon <= _northEast.Longitude)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The timeline's grid index.</summary>
    [Benchmark]
    [BenchmarkCategory("Box")]
    public int WithinBox() => _timeline.WithinBox(_southWest, _northEast).Count;
}
