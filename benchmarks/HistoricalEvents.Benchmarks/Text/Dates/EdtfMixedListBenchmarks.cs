using BenchmarkDotNet.Attributes;
using HistoricalEvents.Text;

namespace HistoricalEvents.Benchmarks.Text.Dates;

/// <summary>
/// EDTF on a mixed list of levels 0, 1 and 2 (the same 34 strings that <c>benchmarks/README.md</c> times edtf.js on).
/// Goal: at least 1000× faster than edtf.js on the list, allocating nothing with TryParse.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EdtfMixedListBenchmarks
{
    /// <summary>Every string is valid EDTF that both this library and edtf.js 4.11 read.</summary>
    internal static readonly string[] List =
    [
        "1985-04-12", "1985-04", "1985", "1985-04-12T23:20:30Z", "1964/2008", "2004-02-01/2005-02-08", "2004-02-01/2005",
        "Y170000002", "Y-170000002", "2001-21", "1984?", "2004-06~", "2004-06-11%", "201X", "20XX", "2004-XX", "1985-04-XX", "1985-XX-XX",
        "1985-04-12/..", "../1985", "1985/", "/1985-04", "1984~/2004-06", "1984-06-02?/2004-08-08~", "-1985",
        "Y-17E7", "1950S2", "Y171010000S3", "2001-34", "[1667,1668]", "[1667,1760-12]", "2004-06-XX/2004-07-03", "-9999", "Y-10000",
    ];

    private readonly EdtfPattern _edtf = EdtfPattern.Default;

    /// <summary>Checks that every string of the list is read, so the benchmark never times error paths.</summary>
    [GlobalSetup]
    public void Setup()
    {
        foreach (string text in List)
        {
            if (!_edtf.TryParse(text, out _))
            {
                throw new InvalidOperationException("Not read: " + text);
            }
        }
    }

    /// <summary>TryParse of the whole list (34 strings): the figure set beside edtf.js's.</summary>
    [Benchmark(Baseline = true)]
    public int TryParseList()
    {
        int sum = 0;
        foreach (string text in List)
        {
            _edtf.TryParse(text, out HistoricalDate value);
            sum += value.Year;
        }
        return sum;
    }

    /// <summary>Parse of the whole list to results that keep their text.</summary>
    [Benchmark]
    public int ParseList()
    {
        int sum = 0;
        foreach (string text in List)
        {
            sum += _edtf.Parse(text).Value.Year;
        }
        return sum;
    }

    /// <summary>Format of every value of the list back to canonical EDTF.</summary>
    [Benchmark]
    public int ParseAndFormatList()
    {
        int length = 0;
        foreach (string text in List)
        {
            length += _edtf.Format(_edtf.Parse(text).Value).Length;
        }
        return length;
    }
}
