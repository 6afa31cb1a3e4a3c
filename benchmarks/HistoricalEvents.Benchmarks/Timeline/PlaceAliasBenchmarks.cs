using BenchmarkDotNet.Attributes;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Benchmarks.Timeline;

/// <summary>
/// Adding <see cref="N"/> place aliases to a builder and building the timeline (issue #9, defect 4: aliases were
/// quadratic). Run with <c>--job short --filter *PlaceAlias*</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PlaceAliasBenchmarks
{
    private string[] _aliases = null!;
    private string[] _targets = null!;

    /// <summary>The number of aliases.</summary>
    [Params(20_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Makes the alias and target texts (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _aliases = new string[N];
        _targets = new string[N];
        for (int i = 0; i < N; i++)
        {
            _aliases[i] = "Alias " + i;
            _targets[i] = "Place " + i + ", Region " + (i % 1000) + ", Country " + (i % 50);
        }
    }

    /// <summary>
    /// The baseline: every target path into a case-insensitive hash set, about the least an alias registry must do.
    /// On a shared, loaded machine it shows what one "hash-set insert" costs in the same run.
    /// </summary>
    [Benchmark(Baseline = true)]
    public HashSet<string> HashSetOfTargets()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _targets.Length; i++)
        {
            set.Add(_targets[i]);
        }
        return set;
    }

    /// <summary>Adds every alias.</summary>
    [Benchmark]
    public TimelineBuilder AddPlaceAlias()
    {
        var builder = new TimelineBuilder();
        for (int i = 0; i < _aliases.Length; i++)
        {
            builder.AddPlaceAlias(_aliases[i], _targets[i]);
        }
        return builder;
    }

    /// <summary>Adds every alias and builds the timeline (which interns every target in its gazetteer).</summary>
    [Benchmark]
    public Timelines.Timeline AddPlaceAliasAndBuild() => AddPlaceAlias().Build();
}
