using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using HistoricalEvents.Timelines;
using NodaTime;

namespace HistoricalEvents.Benchmarks.Timeline;

/// <summary>
/// The timeline's queries against a LINQ scan over the same <see cref="List{T}"/> of events computing the same answer
/// (the baseline of each category), on <see cref="SyntheticEvents"/>. Run with <c>--job short</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(SpeedRatioConfig))]
public class TimelineBenchmarks
{
    /// <summary>Shows ratios as "N× faster" against each category's scan.</summary>
    private sealed class SpeedRatioConfig : ManualConfig
    {
        public SpeedRatioConfig() => SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }

    private List<HistoricalEvent> _events = null!;
    private Timelines.Timeline _timeline = null!;
    private HistoricalDate _from, _to;
    private int _fromDay, _toDay;
    private readonly AnnualDate _day = new(4, 28);
    private Place _country = null!;

    /// <summary>The number of events.</summary>
    [Params(1_000_000)]
    public int N { get; set; }

    /// <summary>Generates the events, builds the timeline, and picks a window that holds about 100 events.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _events = SyntheticEvents.Generate(N);
        _timeline = Timelines.Timeline.FromEvents(_events);
        _country = Place.Parse(SyntheticEvents.Country(17));
        // Widen a window from a day in 1500 BC (where the synthetic mix is sparser than in recent centuries) until the timeline finds about 100 events in it.
        _from = HistoricalDate.FromDay(-1499, 6, 1);
        for (int days = 0; ; days++)
        {
            _to = HistoricalDate.FromLocalDate(_from.Earliest.PlusDays(days));
            if (_timeline.Between(_from, _to).Count >= 100)
            {
                break;
            }
        }
        _fromDay = _from.EarliestDay;
        _toDay = _to.LatestDay;
        Console.WriteLine($"// Timeline: {N:N0} events; between {_from} and {_to}: {_timeline.Between(_from, _to).Count} events; " +
            $"on {_day}: {_timeline.OnThisDay(_day).Count}; at {_country} and inside: {_timeline.AtPlace(_country).Count}; " +
            $"index {_timeline.IndexBytes:N0} bytes = {(double)_timeline.IndexBytes / N:F1} bytes per event; " +
            $"{_timeline.Gazetteer.Count:N0} places.");
    }

    /// <summary>Baseline for building: a stable sort of the list by date.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Build")]
    public HistoricalEvent[] Build_SortList() => [.. _events.OrderBy(e => e.Date)];

    /// <summary>Building the timeline with all its indexes.</summary>
    [Benchmark, BenchmarkCategory("Build")]
    public Timelines.Timeline Build_Timeline() => Timelines.Timeline.FromEvents(_events);

    /// <summary>The scan: every event's bounds against the window, with the same certainty.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Between")]
    public List<(HistoricalEvent, Certainty)> Between_Scan() =>
        _events.Where(e => e.Date.EarliestDay <= _toDay && e.Date.LatestDay >= _fromDay)
            .Select(e => (e, e.Date.EarliestDay >= _fromDay && e.Date.LatestDay <= _toDay ? Certainty.Definitely : Certainty.Possibly))
            .ToList();

    /// <summary>The timeline's between query (about 100 matches).</summary>
    [Benchmark, BenchmarkCategory("Between")]
    public IReadOnlyList<TimelineMatch> Between_Timeline() => _timeline.Between(_from, _to);

    /// <summary>The scan: every event's month and day as written.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("OnThisDay")]
    public List<HistoricalEvent> OnThisDay_Scan() => _events.Where(e => e.Date.AnnualDate == _day).ToList();

    /// <summary>The timeline's on-this-day query.</summary>
    [Benchmark, BenchmarkCategory("OnThisDay")]
    public IReadOnlyList<TimelineMatch> OnThisDay_Timeline() => _timeline.OnThisDay(_day);

    /// <summary>The scan: every event's places, within the country or not.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Place")]
    public List<HistoricalEvent> Place_Scan() => _events.Where(e => e.Places.Any(p => p.IsWithin(_country))).ToList();

    /// <summary>The timeline's place query: a country with its regions and cities.</summary>
    [Benchmark, BenchmarkCategory("Place")]
    public IReadOnlyList<TimelineMatch> Place_Timeline() => _timeline.AtPlace(_country);
}
