using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Benchmarks.Timeline;

/// <summary>
/// Events at a place named by an alias (<c>AtPlace("Alias 7.3.2")</c>, the alias of <c>City 7.3.2, Region 7.3,
/// Country 7</c>), through the timeline's gazetteer and place index, against a scan that resolves the alias in a
/// dictionary and tests every event's places (the baseline). <see cref="N"/> <see cref="SyntheticEvents"/>, every
/// one of the 4,000 cities with an alias; the query matches a few hundred. Run with
/// <c>--job short --filter *AliasLookup*</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AliasLookupBenchmarks
{
    private const string CityAlias = "Alias 7.3.2", CountryAlias = "Land 7";
    private List<HistoricalEvent> _events = null!;
    private Dictionary<string, Place> _aliases = null!;
    private Timelines.Timeline _timeline = null!;

    /// <summary>The number of events.</summary>
    [Params(1_000_000)]
    public int N { get; set; }

    /// <summary>Makes the events and aliases and builds the timeline (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _events = SyntheticEvents.Generate(N);
        _aliases = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var builder = new TimelineBuilder().AddRange(_events);
        for (int c = 0; c < SyntheticEvents.Countries; c++)
        {
            string country = SyntheticEvents.Country(c);
            builder.AddPlaceAlias("Land " + c, country);
            _aliases.Add("Land " + c, Place.Parse(country));
            for (int r = 0; r < SyntheticEvents.RegionsPerCountry; r++)
            {
                for (int t = 0; t < SyntheticEvents.CitiesPerRegion; t++)
                {
                    string alias = $"Alias {c}.{r}.{t}", city = $"City {c}.{r}.{t}, Region {c}.{r}, {country}";
                    builder.AddPlaceAlias(alias, city);
                    _aliases.Add(alias, Place.Parse(city));
                }
            }
        }
        _timeline = builder.Build();
        Console.WriteLine($"// AliasLookup: {N:N0} events; {CityAlias}: {_timeline.AtPlace(CityAlias).Count} (scan {Scan(CityAlias)}); {CountryAlias}: {_timeline.AtPlace(CountryAlias).Count} (scan {Scan(CountryAlias)})");
    }

    private int Scan(string alias)
    {
        Place target = _aliases[alias];
        int count = 0;
        foreach (HistoricalEvent e in _events)
        {
            foreach (Place p in e.Places)
            {
                if (p.IsWithin(target))
                {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /// <summary>Scan: the alias resolved in a dictionary, then every event's places tested against its city.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("City")]
    public int CityAliasScan() => Scan(CityAlias);

    /// <summary>The timeline: <c>AtPlace</c> with the city's alias.</summary>
    [Benchmark]
    [BenchmarkCategory("City")]
    public int CityAliasAtPlace() => _timeline.AtPlace(CityAlias).Count;

    /// <summary>Scan: the alias resolved in a dictionary, then every event's places tested against its country.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Country")]
    public int CountryAliasScan() => Scan(CountryAlias);

    /// <summary>The timeline: <c>AtPlace</c> with the country's alias (every event in its regions and cities).</summary>
    [Benchmark]
    [BenchmarkCategory("Country")]
    public int CountryAliasAtPlace() => _timeline.AtPlace(CountryAlias).Count;
}
