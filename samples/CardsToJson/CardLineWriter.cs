using System.Buffers;
using System.Buffers.Text;
using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using HistoricalEvents.Places;
using HistoricalEvents.Text;

namespace HistoricalEvents.Samples.CardsToJson;

/// <summary>
/// Writes cards in CardsToJson's own shape (README.md), one JSON object per line, straight into UTF-8 blocks that go
/// to the stream about 64 KiB at a time.
/// </summary>
/// <remarks>
/// <para>
/// Every card of a large file goes through here. The shape is fixed, so property names, commas and brackets are
/// constant bytes; numbers and EDTF dates are formatted in place; a string with nothing to escape (nearly every one)
/// is transcoded straight into the block (<see cref="RelaxedJsonStrings"/>). A string with something to escape is
/// written by <see cref="Utf8JsonWriter"/> with the same encoder, so every byte is what writing each value through
/// <see cref="Utf8JsonWriter"/> under <see cref="System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// gives (the tests compare the two on every card of the sample files). Compared with writing through
/// <see cref="Utf8JsonWriter"/>, this saves a copy of every string and the writer's bookkeeping for each value.
/// </para>
/// <para>
/// Text that is not valid UTF-16 (a lone surrogate, which a <see cref="TextReader"/> can give) is written as the
/// writer writes it, an escaped U+FFFD. A card is never split between two writes to the stream: the block grows to
/// hold the largest card and shrinks back after it.
/// </para>
/// </remarks>
public sealed class CardLineWriter : IDisposable
{
    private const int BlockSize = 1 << 16;

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly ArrayBufferWriter<byte> _escaped = new(256);
    private readonly Utf8JsonWriter _escaper;
    private byte[] _block = new byte[BlockSize + (BlockSize / 4)];
    private int _length;
    private bool _disposed;

    /// <summary>Writes to <paramref name="output"/>, closing it on <see cref="Dispose"/> unless <paramref name="leaveOpen"/>.</summary>
    public CardLineWriter(Stream output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
        _escaper = new Utf8JsonWriter(_escaped, new JsonWriterOptions { Encoder = RelaxedJsonStrings.Encoder });
    }

    /// <summary>How many cards (lines) have been written.</summary>
    public long LineCount { get; private set; }

    /// <summary>Writes one card as one line, with what <see cref="CardChecker"/> finds in it.</summary>
    public void Write(EventCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        ObjectDisposedException.ThrowIf(_disposed, this);
        WriteCard(card);
        LineCount++;
        if (_length >= BlockSize)
        {
            WriteBlock();
        }
    }

    /// <summary>Writes what is buffered to the stream, and flushes it.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        WriteBlock();
        _output.Flush();
    }

    /// <summary>Flushes, then closes the stream unless it was to be left open.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        Flush();
        _disposed = true;
        _escaper.Dispose();
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    private void WriteBlock()
    {
        if (_length > 0)
        {
            _output.Write(_block, 0, _length);
            _length = 0;
        }
        if (_block.Length > 4 * BlockSize)
        {
            // One very large card made the block grow: let it go.
            _block = new byte[BlockSize + (BlockSize / 4)];
        }
    }

    private void WriteCard(EventCard card)
    {
        HistoricalEvent headline = card.Headline;
        Raw("{\"file\":"u8);
        String(card.File);
        Raw(",\"line\":"u8);
        Number(card.Line);
        Raw(",\"title\":"u8);
        String(card.Title);
        Raw(",\"date\":"u8);
        Edtf(headline.Date);
        Raw(",\"place\":"u8);
        String(headline.Places.Count > 0 ? headline.Places[0].Text : null);
        Raw(",\"summary\":"u8);
        String(headline.Summary);
        Raw(",\"moments\":"u8);
        JsonArray(card.Moments, static (writer, moment) => writer.Moment(moment));
        Raw(",\"narrative\":"u8);
        JsonArray(card.Narrative, static (writer, paragraph) => writer.String(paragraph));
        Raw(",\"sources\":"u8);
        JsonArray(card.Sources, static (writer, source) => writer.String(source.Text));
        Raw(",\"dateText\":"u8);
        String(headline.Date.Text);
        Raw(",\"precision\":"u8);
        Raw(EnumText<DatePrecision>.Of(headline.Date.Precision));
        // Issue #11: what the card checker finds (anachronisms, moments outside the card, future dates), as data.
        Raw(",\"warnings\":"u8);
        JsonArray(CardChecker.Check(card), static (writer, warning) => writer.Warning(warning));
        Raw("}\n"u8);
    }

    private void Moment(HistoricalEvent moment)
    {
        Raw("{\"date\":"u8);
        Edtf(moment.Date);
        Raw(",\"summary\":"u8);
        String(moment.Summary);
        Raw(",\"places\":"u8);
        JsonArray(moment.Places, static (writer, place) => writer.String(place.Text));
        Raw(",\"line\":"u8);
        Number(moment.Origin?.Line ?? 0);
        Raw(",\"dateText\":"u8);
        String(moment.Date.Text);
        Raw("}"u8);
    }

    private void Warning(CardWarning warning)
    {
        Raw("{\"code\":"u8);
        String(warning.Code);
        Raw(",\"message\":"u8);
        String(warning.Message);
        Raw(",\"line\":"u8);
        Number(warning.Line);
        Raw(",\"column\":"u8);
        Number(warning.Column);
        Raw(",\"certainty\":"u8);
        Raw(EnumText<Certainty>.Of(warning.Certainty));
        Raw("}"u8);
    }

    // A JSON array, each item written by `write` (static lambdas: one delegate each, made once).
    private void JsonArray<T>(IReadOnlyList<T> items, Action<CardLineWriter, T> write)
    {
        Raw("["u8);
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Raw(","u8);
            }
            write(this, items[i]);
        }
        Raw("]"u8);
    }

    // Room for at least `bytes` more bytes, growing the block if one card needs it (a card is never split).
    private Span<byte> Free(int bytes)
    {
        if (_block.Length - _length < bytes)
        {
            Array.Resize(ref _block, Math.Max(_block.Length * 2, _length + bytes));
        }
        return _block.AsSpan(_length);
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Free(bytes.Length));
        _length += bytes.Length;
    }

    private void Number(long value)
    {
        Utf8Formatter.TryFormat(value, Free(20), out int written);
        _length += written;
    }

    private void String(string? value)
    {
        if (value is null)
        {
            Raw("null"u8);
        }
        else
        {
            String(value.AsSpan());
        }
    }

    private void String(ReadOnlySpan<char> value)
    {
        // At most three UTF-8 bytes for each UTF-16 unit, and the quotes.
        if (RelaxedJsonStrings.TryQuote(value, Free((value.Length * 3) + 2), out int written))
        {
            _length += written;
            return;
        }
        _escaped.ResetWrittenCount();
        _escaper.Reset(_escaped);
        _escaper.WriteStringValue(value);
        _escaper.Flush();
        Raw(_escaped.WrittenSpan);
    }

    // The date as EDTF (what HistoricalDate.ToEdtfString returns), without making a string of it.
    private void Edtf(HistoricalDate date)
    {
        Span<char> edtf = stackalloc char[64];
        if (HistoricalDatePatterns.Edtf.TryFormat(date, edtf, out int length))
        {
            String(edtf[..length]);
        }
        else
        {
            String(date.ToEdtfString());
        }
    }

    // An enum value's name (its ToString()) as a quoted JSON string, made once per value; names are identifiers,
    // which no encoder escapes.
    private static class EnumText<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<TEnum, byte[]> Quoted =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, Quote);

        internal static ReadOnlySpan<byte> Of(TEnum value) => Quoted.TryGetValue(value, out byte[]? text) ? text : Quote(value);

        private static byte[] Quote(TEnum value) => Encoding.UTF8.GetBytes($"\"{value}\"");
    }
}
