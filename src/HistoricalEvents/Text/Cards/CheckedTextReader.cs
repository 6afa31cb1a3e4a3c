using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace HistoricalEvents.Text;

/// <summary>
/// Decodes a byte stream as text the way the card readers need it: UTF-8 unless a UTF-16 byte-order mark says
/// otherwise, a byte-order mark at the start skipped, and each invalid UTF-8 sequence decoded as U+FFFD AND recorded
/// with its offset in the decoded text, so the line reader can report it at its line and column instead of changing
/// the text silently (see <see cref="LineReader"/>).
/// </summary>
internal sealed class CheckedTextReader : TextReader
{
    private const int ByteChunk = 1 << 16;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly bool _recordInvalid;
    private readonly byte[] _bytes = new byte[ByteChunk];
    private readonly Queue<InvalidSequence> _invalid = new();
    private int _byteStart;
    private int _byteEnd;
    private bool _streamEnded;
    private bool _started;
    private Decoder? _utf16;
    private long _charsDecoded;

    /// <param name="stream">The bytes.</param>
    /// <param name="leaveOpen">Whether disposing leaves the stream open.</param>
    /// <param name="recordInvalid">Whether invalid UTF-8 is recorded (else it is only replaced).</param>
    internal CheckedTextReader(Stream stream, bool leaveOpen, bool recordInvalid)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _recordInvalid = recordInvalid;
    }

    /// <summary>One invalid UTF-8 sequence: where its U+FFFD is in the decoded text, and its bytes (up to 3).</summary>
    internal readonly record struct InvalidSequence(long Offset, int Bytes, int Count)
    {
        /// <summary>The bytes, for an error message.</summary>
        internal byte[] ToBytes()
        {
            byte[] bytes = new byte[Count];
            for (int i = 0; i < Count; i++)
            {
                bytes[i] = (byte)(Bytes >> (8 * i));
            }
            return bytes;
        }
    }

    /// <summary>The invalid sequences decoded and not yet taken, in order of offset.</summary>
    internal Queue<InvalidSequence> Invalid => _invalid;

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        while (true)
        {
            if (_byteEnd - _byteStart < 4 && !_streamEnded)
            {
                FillBytes();
                continue;
            }
            if (!_started)
            {
                Start();
            }
            int written = _utf16 is not null ? DecodeUtf16(buffer) : DecodeUtf8(buffer);
            if (written > 0 || _streamEnded && _byteStart == _byteEnd)
            {
                _charsDecoded += written;
                return written;
            }
            if (_streamEnded)
            {
                continue;
            }
            FillBytes();
        }
    }

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        // Reads are from a 64 KiB byte buffer refilled by one stream read; files and pipes answer quickly.
        cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : new(Read(buffer.Span));

    /// <inheritdoc />
    public override int Peek() => throw new NotSupportedException();

    /// <inheritdoc />
    public override int Read() => throw new NotSupportedException();

    private void FillBytes()
    {
        if (_byteStart > 0)
        {
            _bytes.AsSpan(_byteStart, _byteEnd - _byteStart).CopyTo(_bytes);
            _byteEnd -= _byteStart;
            _byteStart = 0;
        }
        int read = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
        if (read == 0)
        {
            _streamEnded = true;
        }
        _byteEnd += read;
    }

    private void Start()
    {
        _started = true;
        ReadOnlySpan<byte> head = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _byteStart += 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            _byteStart += 2;
            _utf16 = Encoding.Unicode.GetDecoder();
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            _byteStart += 2;
            _utf16 = Encoding.BigEndianUnicode.GetDecoder();
        }
    }

    private int DecodeUtf16(Span<char> buffer)
    {
        ReadOnlySpan<byte> bytes = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
        _utf16!.Convert(bytes, buffer, flush: _streamEnded, out int used, out int written, out _);
        _byteStart += used;
        return written;
    }

    private int DecodeUtf8(Span<char> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            ReadOnlySpan<byte> bytes = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
            OperationStatus status = Utf8.ToUtf16(bytes, buffer[total..], out int used, out int written, replaceInvalidSequences: false, isFinalBlock: _streamEnded);
            _byteStart += used;
            total += written;
            if (status != OperationStatus.InvalidData)
            {
                break;
            }
            // One maximal invalid subsequence becomes one U+FFFD, as the standard decoder does.
            bytes = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
            Rune.DecodeFromUtf8(bytes, out _, out int invalidLength);
            invalidLength = Math.Max(1, invalidLength);
            if (_recordInvalid)
            {
                int packed = 0;
                int count = Math.Min(invalidLength, 3);
                for (int i = 0; i < count; i++)
                {
                    packed |= bytes[i] << (8 * i);
                }
                _invalid.Enqueue(new InvalidSequence(_charsDecoded + total, packed, count));
            }
            _byteStart += invalidLength;
            buffer[total++] = '\uFFFD';
        }
        return total;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _stream.Dispose();
        }
        base.Dispose(disposing);
    }
}
