using BenchmarkDotNet.Attributes;
using HistoricalEvents.Benchmarks.Timeline;
using HistoricalEvents.Interchange;
using HistoricalEvents.Serialization;
using Parquet;

namespace HistoricalEvents.Benchmarks.Interchange;

/// <summary>
/// Parquet (HistoricalEvents.Parquet) write and read of 1,000,000 synthetic events, against the library's JSON Lines
/// writer on the same events (the baseline). The setup prints the file's size per event, with and without the text
/// columns (title, summary, date texts, places, narrative, sources, card, file, role).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParquetBenchmarks
{
    /// <summary>How many events each operation writes or reads.</summary>
    public const int Events = 1_000_000;

    private static readonly HashSet<string> TextColumns = new(StringComparer.Ordinal)
    {
        "title", "summary", "date", "edtf", "date_english", "places", "narrative", "sources", "card", "file", "role", "card_file",
    };

    private List<HistoricalEvent> _events = [];
    private byte[] _parquet = [];
    private readonly MemoryStream _output = new();

    /// <summary>Generates the events, writes them once, checks they read back, and prints the sizes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // The synthetic BC decades (such as the ten years from -700) have no text form, EDTF or English, that reads
        // back as the same value, so HistoricalEventsParquet refuses them rather than write another date; they
        // become their first year here (1.5% of the events). Dates the parsers produce always have such a form.
        _events = [.. SyntheticEvents.Generate(Events).Select(e => HasTextForm(e.Date) ? e
            : new HistoricalEvent(HistoricalDate.FromYear(e.Date.Year), e.Summary, e.Places, e.Title))];
        _parquet = ParquetWrite() is Events ? _output.ToArray() : throw new InvalidOperationException("Not every event was written.");
        if (ParquetRead() != Events)
        {
            throw new InvalidOperationException("The Parquet file does not read back to every event.");
        }
        long jsonLines = JsonLinesWrite();
        (long total, long text) = ColumnBytes(_parquet);
        Console.WriteLine($"// Parquet file: {_parquet.Length:N0} bytes, {_parquet.Length / (double)Events:F1} bytes/event; " +
            $"without the text columns {total - text:N0} bytes of column chunks, {(total - text) / (double)Events:F1} bytes/event; " +
            $"text columns {text / (double)Events:F1} bytes/event. JSON Lines: {jsonLines:N0} bytes, {jsonLines / (double)Events:F1} bytes/event.");
    }

    private static bool HasTextForm(HistoricalDate date) =>
        HistoricalEvents.Text.HistoricalDatePatterns.Edtf.TryParse(date.ToEdtfString(), out HistoricalDate back) && back == date ||
        HistoricalEvents.Text.HistoricalDatePatterns.English.TryParse(date.ToString(), out back) && back == date;

    /// <summary>The compressed bytes of every column chunk, and of the text columns alone, from the file's metadata.</summary>
    private static (long Total, long Text) ColumnBytes(byte[] file)
    {
        ParquetReader reader = ParquetReader.CreateAsync(new MemoryStream(file)).GetAwaiter().GetResult();
        long total = 0, text = 0;
        foreach (var group in reader.Metadata!.RowGroups)
        {
            foreach (var column in group.Columns)
            {
                long bytes = column.MetaData!.TotalCompressedSize;
                total += bytes;
                if (TextColumns.Contains(column.MetaData.PathInSchema[0]))
                {
                    text += bytes;
                }
            }
        }
        reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return (total, text);
    }

    /// <summary>The library's JSON Lines writer on the same events.</summary>
    [Benchmark(Baseline = true)]
    public long JsonLinesWrite()
    {
        _output.SetLength(0);
        HistoricalEventsJsonLines.WriteEvents(_output, _events);
        return _output.Length;
    }

    /// <summary>Writing the events to Parquet in row groups of the default size (16,384), integers PLAIN (the default).</summary>
    [Benchmark]
    public long ParquetWrite()
    {
        _output.SetLength(0);
        return HistoricalEventsParquet.Write(_output, _events);
    }

    /// <summary>Reading them back, one row group at a time.</summary>
    [Benchmark]
    public int ParquetRead()
    {
        int count = 0;
        foreach (HistoricalEvent _ in HistoricalEventsParquet.Read(new MemoryStream(_parquet)))
        {
            count++;
        }
        return count;
    }
}
