using BenchmarkDotNet.Attributes;
using HistoricalEvents.Text;
using NodaTime;
using NodaTime.Text;

namespace HistoricalEvents.Benchmarks.Text.Dates;

/// <summary>
/// The English date parser against NodaTime's <c>LocalDatePattern</c> ("MMMM d, uuuu", the baseline) on the same
/// day strings, in one run. Goal: under 150 ns and no allocation for <c>TryParse</c>, at least 3× the baseline.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EnglishDateParsingBenchmarks
{
    private static readonly LocalDatePattern NodaPattern = LocalDatePattern.CreateWithInvariantCulture("MMMM d, uuuu");

    /// <summary>The text parsed.</summary>
    [Params("April 28, 1920", "September 1, 1939")]
    public string Text { get; set; } = "";

    /// <summary>NodaTime's pattern: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public LocalDate NodaTimeLocalDatePattern() => NodaPattern.Parse(Text).Value;

    /// <summary>The English pattern's allocation-free path.</summary>
    [Benchmark]
    public HistoricalDate EnglishTryParseSpan()
    {
        EnglishDatePattern.Default.TryParse(Text.AsSpan(), out HistoricalDate value);
        return value;
    }

    /// <summary>The English pattern's result path (keeps the string as the date's text).</summary>
    [Benchmark]
    public HistoricalDate EnglishParseString() => EnglishDatePattern.Default.Parse(Text).Value;

    /// <summary>The readable formatter, for scale.</summary>
    [Benchmark]
    public string EnglishFormat() => EnglishDatePattern.Default.Format(Parsed);

    private HistoricalDate Parsed => _parsed ??= EnglishDatePattern.Default.Parse(Text).Value;

    private HistoricalDate? _parsed;
}
