using System.Text;
using System.Text.Json;
using HistoricalEvents.Interchange;
using HistoricalEvents.Serialization;

namespace HistoricalEvents.Samples.CardsToJson;

/// <summary>One output format of CardsToJson: it is given every card read, in order, then <see cref="Complete"/>.</summary>
public interface ICardOutput : IDisposable
{
    /// <summary>Writes (or gathers) one card.</summary>
    void Write(EventCard card);

    /// <summary>Writes whatever is left once every card has been read, and flushes.</summary>
    void Complete();
}

/// <summary>The output formats of <c>--to</c>: one small case each.</summary>
public static class CardOutputs
{
    /// <summary>The format without <c>--to</c>: the documented one-object-per-card shape (see README.md).</summary>
    public const string Default = "jsonl";

    /// <summary>Every format name, for the usage text.</summary>
    public static IReadOnlyList<string> Names { get; } = ["jsonl", "cards", "events", "timelinejs", "geojson", "parquet"];

    /// <summary>The output for <paramref name="format"/> writing to <paramref name="output"/>, or null for an unknown format.</summary>
    public static ICardOutput? Create(string format, Stream output) => format switch
    {
        // The sample's own shape (README.md), one card per line.
        "jsonl" => new CardLinesOutput(output),
        // The library's card JSON (HistoricalEventsJson), one card per line: HistoricalEventsJsonLines.ReadCards reads it back.
        "cards" => new JsonLinesOutput(output, static (json, card) => JsonSerializer.Serialize(json, card, HistoricalEventsJson.Context.EventCard)),
        // The library's event JSON, one event per line (headline, then moments), each with its origin.
        "events" => new EventLinesOutput(output),
        // One document for all cards: TimelineJS3's JSON, and a GeoJSON FeatureCollection of the events with coordinates.
        "timelinejs" => new WholeDocumentOutput(output, static (cards, stream) => TimelineJsExporter.Write(cards, stream)),
        "geojson" => new WholeDocumentOutput(output, static (cards, stream) => GeoJsonExporter.Write(cards, stream)),
        // Binary Parquet, one row per event, streamed in row groups (ParquetOutput.cs; HistoricalEvents.Parquet).
        "parquet" => new ParquetOutput(output),
        _ => null,
    };

    private sealed class CardLinesOutput(Stream output) : ICardOutput
    {
        private readonly CardLineWriter _lines = new(output, leaveOpen: true);

        public void Write(EventCard card) => _lines.Write(card);

        public void Complete() => _lines.Flush();

        public void Dispose() => _lines.Dispose();
    }

    private sealed class JsonLinesOutput(Stream output, Action<Utf8JsonWriter, EventCard> write) : ICardOutput
    {
        private readonly JsonLinesWriter _lines = new(output, leaveOpen: true);

        public void Write(EventCard card) => _lines.Write(card, write);

        public void Complete() => _lines.Flush();

        public void Dispose() => _lines.Dispose();
    }

    // These formats are one JSON document, not one line a card, so the cards are gathered and written at the end.
    private sealed class WholeDocumentOutput(Stream output, Action<IReadOnlyList<EventCard>, Stream> write) : ICardOutput
    {
        private readonly List<EventCard> _cards = [];

        public void Write(EventCard card) => _cards.Add(card);

        public void Complete()
        {
            write(_cards, output);
            output.Flush();
        }

        public void Dispose()
        {
        }
    }

    private sealed class EventLinesOutput(Stream output) : ICardOutput
    {
        private readonly JsonLinesWriter _lines = new(output, leaveOpen: true);

        public void Write(EventCard card)
        {
            foreach (HistoricalEvent historicalEvent in card.Events)
            {
                _lines.Write(historicalEvent);
            }
        }

        public void Complete() => _lines.Flush();

        public void Dispose() => _lines.Dispose();
    }
}

/// <summary>A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>, so every output can target a stream.</summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private char[] _chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int needed = _decoder.GetCharCount(buffer, flush: false);
        if (_chars.Length < needed)
        {
            _chars = new char[needed];
        }
        int written = _decoder.GetChars(buffer, _chars, flush: false);
        writer.Write(_chars, 0, written);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
