using System.Diagnostics;
using HistoricalEvents.Timelines;
using NodaTime;

namespace HistoricalEvents.Benchmarks.Timeline;

/// <summary>
/// A console run for timelines too large for BenchmarkDotNet (10,000,000 events): generates
/// <see cref="SyntheticEvents"/>, builds the timeline once with a <see cref="Stopwatch"/>, reports the process's peak
/// working set, then times every query against the scan that computes the same answer (medians, same process).
/// <c>dotnet run -c Release --project benchmarks/HistoricalEvents.Benchmarks -- --scale 10000000</c>.
/// </summary>
public static class ScaleRun
{
    /// <summary>Runs with <paramref name="count"/> events; prints one line per figure.</summary>
    public static void Run(int count, int scanRounds = 3, int queryRounds = 200)
    {
        var clock = Stopwatch.StartNew();
        List<HistoricalEvent> events = SyntheticEvents.Generate(count);
        Console.WriteLine($"generated {count:N0} events in {clock.Elapsed.TotalSeconds:F1} s");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long before = GC.GetTotalMemory(false);
        Console.WriteLine($"managed heap with the events: {before / 1048576.0:N0} MB; working set {process.WorkingSet64 / 1048576.0:N0} MB; peak so far {process.PeakWorkingSet64 / 1048576.0:N0} MB");

        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        TimeSpan paused = GC.GetTotalPauseDuration();
        double cpu = process.TotalProcessorTime.TotalSeconds;
        clock.Restart();
        Timelines.Timeline timeline = Timelines.Timeline.FromEvents(events);
        double build = clock.Elapsed.TotalSeconds;
        process.Refresh();
        Console.WriteLine($"build: {build:F2} s wall clock, {process.TotalProcessorTime.TotalSeconds - cpu:F2} s of processor; garbage collections " +
            $"{GC.CollectionCount(0) - gen0} / {GC.CollectionCount(1) - gen1} / {GC.CollectionCount(2) - gen2} (gen 0 / 1 / 2), paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s; " +
            $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine($"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB; " +
            $"index {timeline.IndexBytes / (double)count:F1} bytes per event (text {timeline.TextIndexBytes / (double)count:F1})");

        Place country = Place.Parse(SyntheticEvents.Country(17));
        var day = new AnnualDate(4, 28);
        HistoricalDate from = HistoricalDate.FromDay(-1499, 6, 1), to = from;
        for (int days = 0; timeline.Between(from, to).Count < 100; days++)
        {
            to = HistoricalDate.FromLocalDate(from.Earliest.PlusDays(days));
        }
        int fromDay = from.EarliestDay, toDay = to.LatestDay;

        Compare("between", scanRounds, queryRounds,
            () => events.Count(e => e.Date.EarliestDay <= toDay && e.Date.LatestDay >= fromDay),
            () => timeline.Between(from, to).Count);
        Compare("on this day", scanRounds, queryRounds,
            () => events.Count(e => e.Date.AnnualDate == day),
            () => timeline.OnThisDay(day).Count);
        Compare("place with enclosed", scanRounds, queryRounds,
            () => events.Count(e => e.Places.Any(p => p.IsWithin(country))),
            () => timeline.AtPlace(country).Count);
        foreach (string query in (string[])["4321", "headline 4321", "432"])
        {
            string[] terms = query.Split(' ');
            Compare($"search \"{query}\"", scanRounds, queryRounds,
                () => events.Count(e => terms.All(t => SearchScan.Holds(e, t))),
                () => timeline.Search(query).Count);
        }
        process.Refresh();
        Console.WriteLine($"peak working set of the run: {process.PeakWorkingSet64 / 1048576.0:N0} MB");
        GC.KeepAlive(events);
    }

    private static void Compare(string name, int scanRounds, int queryRounds, Func<int> scan, Func<int> query)
    {
        int expected = scan();
        int found = query();
        if (expected != found)
        {
            throw new InvalidOperationException($"{name}: the scan found {expected}, the timeline {found}.");
        }
        double scanMedian = Median(scanRounds, 1, scan);
        // Each round of the timeline times ten calls (an answer read lazily can take less than the clock's resolution).
        double queryMedian = Median(queryRounds, 10, query);
        Console.WriteLine($"{name}: {found:N0} matches; scan {scanMedian * 1e3:N1} ms, timeline {queryMedian * 1e6:N3} µs, {scanMedian / queryMedian:N0}×");
    }

    private static double Median(int rounds, int calls, Func<int> action)
    {
        var times = new double[rounds];
        for (int r = 0; r < rounds; r++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int c = 0; c < calls; c++)
            {
                action();
            }
            times[r] = Stopwatch.GetElapsedTime(start).TotalSeconds / calls;
        }
        Array.Sort(times);
        return times[rounds / 2];
    }
}

/// <summary>The scan the text index replaced: each term as the start of a word, ignoring case.</summary>
internal static class SearchScan
{
    internal static bool Holds(HistoricalEvent e, string term)
    {
        if (ContainsWordPrefix(e.Summary, term) || e.Title is not null && ContainsWordPrefix(e.Title, term))
        {
            return true;
        }
        foreach (string paragraph in e.Narrative)
        {
            if (ContainsWordPrefix(paragraph, term))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsWordPrefix(string text, string word)
    {
        for (int offset = 0; ;)
        {
            int at = text.AsSpan(offset).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }
            int absolute = offset + at;
            if (absolute == 0 || !char.IsLetterOrDigit(text[absolute - 1]))
            {
                return true;
            }
            offset = absolute + 1;
        }
    }
}
