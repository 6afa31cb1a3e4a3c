using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HistoricalEvents.Benchmarks.Text.Cards;
using HistoricalEvents.Serialization;
using HistoricalEvents.Text;

namespace HistoricalEvents.Benchmarks.Serialization;

/// <summary>
/// The library's JSON (source-generated, no reflection) on the 10 MB card corpus, against the card reader reading
/// the same cards from card text (the baseline): JSON Lines read and write, and one JSON array serialized and
/// deserialized.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] _cardText = [];
    private byte[] _jsonLines = [];
    private byte[] _jsonArray = [];
    private List<EventCard> _cards = [];
    private readonly MemoryStream _output = new();

    /// <summary>Reads the corpus once and writes it as JSON Lines and as a JSON array.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cardText = CardCorpus.Instance.CardText;
        _cards = [.. CardReader.ReadAll(new MemoryStream(_cardText)).Select(r => r.Value)];
        var lines = new MemoryStream();
        HistoricalEventsJsonLines.WriteCards(lines, _cards);
        _jsonLines = lines.ToArray();
        _jsonArray = JsonSerializer.SerializeToUtf8Bytes(_cards, HistoricalEventsJson.Context.ListEventCard);
        if (JsonLinesRead() != _cards.Count || JsonDeserializeArray() != _cards.Count)
        {
            throw new InvalidOperationException("The JSON does not read back to every card.");
        }
    }

    /// <summary>The card reader reading the corpus's card text.</summary>
    [Benchmark(Baseline = true)]
    public int CardReaderReadAll()
    {
        int cards = 0;
        foreach (ParseResult<EventCard> result in CardReader.ReadAll(new MemoryStream(_cardText)))
        {
            cards += result.Success ? 1 : -1_000_000;
        }
        return cards;
    }

    /// <summary>Reading the same cards from JSON Lines.</summary>
    [Benchmark]
    public int JsonLinesRead()
    {
        int cards = 0;
        foreach (ParseResult<EventCard> result in HistoricalEventsJsonLines.ReadCards(new MemoryStream(_jsonLines)))
        {
            cards += result.Success ? 1 : -1_000_000;
        }
        return cards;
    }

    /// <summary>Writing every card as JSON Lines.</summary>
    [Benchmark]
    public long JsonLinesWrite()
    {
        _output.SetLength(0);
        return HistoricalEventsJsonLines.WriteCards(_output, _cards);
    }

    /// <summary>Writing every card as JSON Lines, then reading them back (the round trip).</summary>
    [Benchmark]
    public int JsonLinesWriteThenRead()
    {
        _output.SetLength(0);
        HistoricalEventsJsonLines.WriteCards(_output, _cards);
        _output.Position = 0;
        int cards = 0;
        foreach (ParseResult<EventCard> result in HistoricalEventsJsonLines.ReadCards(_output))
        {
            cards += result.Success ? 1 : -1_000_000;
        }
        return cards;
    }

    /// <summary>One JSON array of every card, serialized with the source-generated metadata.</summary>
    [Benchmark]
    public int JsonSerializeArray() => JsonSerializer.SerializeToUtf8Bytes(_cards, HistoricalEventsJson.Context.ListEventCard).Length;

    /// <summary>The same array deserialized.</summary>
    [Benchmark]
    public int JsonDeserializeArray() => JsonSerializer.Deserialize(_jsonArray, HistoricalEventsJson.Context.ListEventCard)!.Count;
}
