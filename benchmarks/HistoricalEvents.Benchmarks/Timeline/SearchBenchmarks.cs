using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Benchmarks.Timeline;

/// <summary>
/// Full-text search through the timeline's index against the scan it replaced (every event's title, summary and
/// narrative read for each word as the start of a word, ignoring case; the baseline of each category), on
/// <see cref="SyntheticEvents"/>. Run with <c>--job short</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(SpeedRatioConfig))]
public class SearchBenchmarks
{
    /// <summary>Shows ratios as "N× faster" against each category's scan.</summary>
    private sealed class SpeedRatioConfig : ManualConfig
    {
        public SpeedRatioConfig() => SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }

    private Timelines.Timeline _timeline = null!;

    /// <summary>The number of events.</summary>
    [Params(1_000_000)]
    public int N { get; set; }

    /// <summary>Generates the events and builds the timeline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _timeline = Timelines.Timeline.FromEvents(SyntheticEvents.Generate(N));
        Console.WriteLine($"// Search: {N:N0} events; \"4321\": {_timeline.Search("4321").Count} matches, \"432\": {_timeline.Search("432").Count}, " +
            $"\"headline 4321\": {_timeline.Search("headline 4321").Count}; text index {_timeline.TextIndexBytes:N0} bytes = " +
            $"{(double)_timeline.TextIndexBytes / N:F1} bytes per event.");
    }

    /// <summary>The scan for one word.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("OneWord")]
    public List<HistoricalEvent> OneWord_Scan() => Scan(["4321"]);

    /// <summary>The index for one word (about 70 matches).</summary>
    [Benchmark, BenchmarkCategory("OneWord")]
    public IReadOnlyList<TimelineMatch> OneWord_Index() => _timeline.Search("4321");

    /// <summary>The scan for a prefix.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Prefix")]
    public List<HistoricalEvent> Prefix_Scan() => Scan(["432"]);

    /// <summary>The index for a prefix of 11 words (about 1,700 matches).</summary>
    [Benchmark, BenchmarkCategory("Prefix")]
    public IReadOnlyList<TimelineMatch> Prefix_Index() => _timeline.Search("432");

    /// <summary>The scan for two words, one of them in a third of the events.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("TwoWords")]
    public List<HistoricalEvent> TwoWords_Scan() => Scan(["headline", "4321"]);

    /// <summary>The index for two words.</summary>
    [Benchmark, BenchmarkCategory("TwoWords")]
    public IReadOnlyList<TimelineMatch> TwoWords_Index() => _timeline.Search("headline 4321");

    private List<HistoricalEvent> Scan(string[] terms)
    {
        var matches = new List<HistoricalEvent>();
        foreach (HistoricalEvent e in _timeline)
        {
            bool all = true;
            foreach (string term in terms)
            {
                if (!SearchScan.Holds(e, term))
                {
                    all = false;
                    break;
                }
            }
            if (all)
            {
                matches.Add(e);
            }
        }
        return matches;
    }
}
