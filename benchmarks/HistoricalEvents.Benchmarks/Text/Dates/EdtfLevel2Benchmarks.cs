using BenchmarkDotNet.Attributes;
using HistoricalEvents.Text;
using NodaTime.Text;

namespace HistoricalEvents.Benchmarks.Text.Dates;

/// <summary>
/// EDTF level 2 forms read after issue #8's second pass: X digits anywhere, qualified components, sets of any size.
/// Baseline: NodaTime's ISO pattern on a plain day, in the same run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EdtfLevel2Benchmarks
{
    private readonly EdtfPattern _edtf = EdtfPattern.Default;

    /// <summary>NodaTime's ISO date pattern on a plain day: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public int NodaTimeIso() => LocalDatePattern.Iso.Parse("1920-04-28").Value.Year;

    /// <summary>A plain day through the fast path, for comparison in the same run.</summary>
    [Benchmark]
    public int PlainDay() => _edtf.TryParse("1920-04-28", out HistoricalDate value) ? value.Year : 0;

    /// <summary>Unspecified digits inside a day: the level 1 reader hands it to the level 2 reader.</summary>
    [Benchmark]
    public int UnspecifiedDigitsInside() => _edtf.TryParse("156X-12-25", out HistoricalDate value) ? value.Year : 0;

    /// <summary>Qualifiers on single components.</summary>
    [Benchmark]
    public int QualifiedComponents() => _edtf.TryParse("?2004-06-~11", out HistoricalDate value) ? value.Year : 0;

    /// <summary>A one-of set of three members with a range, read as a <see cref="HistoricalDateSet"/>.</summary>
    [Benchmark]
    public int SetWithRange() => _edtf.ParseSet("[1667,1668,1670..1672]").Value.Members.Length;
}
