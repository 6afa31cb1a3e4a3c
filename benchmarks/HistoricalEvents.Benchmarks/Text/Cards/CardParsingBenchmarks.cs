using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using HistoricalEvents.Text;

namespace HistoricalEvents.Benchmarks.Text.Cards;

/// <summary>
/// Reading a ≥10 MB corpus of generated cards, side by side with the limit (decoding the same UTF-8 bytes and
/// splitting them into line strings) and with System.Text.Json deserializing the same events from JSON.
/// Goals: card parsing at least as fast as <see cref="JsonDeserialize"/> and at least 40% of the limit's speed.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ThroughputConfig))]
public class CardParsingBenchmarks
{
    private byte[] _cards = [];
    private byte[] _json = [];

    /// <summary>Generates the corpus (deterministic).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cards = CardCorpus.Instance.CardText;
        _json = CardCorpus.Instance.Json;
        // Both paths must read every event, or the comparison means nothing.
        if (CardReaderReadAll() != CardCorpus.Instance.CardCount || JsonDeserialize() != CardCorpus.Instance.CardCount)
        {
            throw new InvalidOperationException("The corpus does not read back as generated.");
        }
    }

    /// <summary>The limit: UTF-8 decoding and splitting into lines, one string per line.</summary>
    [Benchmark(Baseline = true)]
    public int DecodeAndSplitLines()
    {
        using var reader = new StreamReader(new MemoryStream(_cards), Encoding.UTF8);
        int lines = 0;
        while (reader.ReadLine() is not null)
        {
            lines++;
        }
        return lines;
    }

    /// <summary>Reading every card with <see cref="CardReader"/> from a stream.</summary>
    [Benchmark]
    public int CardReaderReadAll()
    {
        int cards = 0;
        foreach (ParseResult<EventCard> result in CardReader.ReadAll(new MemoryStream(_cards)))
        {
            cards += result.Success ? 1 : -1_000_000;
        }
        return cards;
    }

    /// <summary>System.Text.Json deserializing the same events (dates and places stay strings).</summary>
    [Benchmark]
    public int JsonDeserialize() => JsonSerializer.Deserialize<List<CardDto>>(_json)!.Count;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>Input megabytes (10^6 bytes) per second of the median: the card text, or the JSON for the JSON benchmark.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => nameof(MegabytesPerSecondColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Input megabytes (10^6 bytes) read per second, from the median";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
            if (medianNs is null or <= 0)
            {
                return "-";
            }
            long bytes = benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(JsonDeserialize)
                ? CardCorpus.Instance.Json.Length
                : CardCorpus.Instance.CardText.Length;
            return (bytes / 1e6 / (medianNs.Value / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
