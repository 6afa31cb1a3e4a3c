namespace HistoricalEvents.Serialization;

/// <summary>
/// Splits UTF-8 bytes (or UTF-16 chars) into lines in one reused buffer that never grows past the longest allowed
/// line: a longer line is reported once as too long and its bytes are dropped as they arrive. Accepts <c>\n</c> and
/// <c>\r\n</c> and skips a byte-order mark. The caller alternates <see cref="Next"/> with filling
/// <see cref="FreeSpace"/> from its source and calling <see cref="Filled"/>, so sync and async readers share it.
/// </summary>
internal sealed class JsonLineSplitter<T>
    where T : unmanaged, IEquatable<T>
{
    private const int ChunkSize = 1 << 16;

    private readonly T _newline;
    private readonly T _carriageReturn;
    private readonly int _maxLineLength;
    private T[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfInput;
    private bool _skipping;

    internal JsonLineSplitter(int maxLineLength, T newline, T carriageReturn)
    {
        _maxLineLength = maxLineLength;
        _newline = newline;
        _carriageReturn = carriageReturn;
        _buffer = new T[Math.Min(ChunkSize, maxLineLength + 2)];
    }

    internal enum Step
    {
        Line,
        TooLong,
        NeedInput,
        End,
    }

    /// <summary>The 1-based number of the line <see cref="Next"/> last returned.</summary>
    internal int LineNumber { get; private set; }

    /// <summary>The next line: <see cref="Step.Line"/> with the line in <paramref name="line"/>, a too-long line, a request for more input, or the end.</summary>
    internal Step Next(out ReadOnlySpan<T> line)
    {
        while (true)
        {
            ReadOnlySpan<T> pending = _buffer.AsSpan(_start, _end - _start);
            int newline = pending.IndexOf(_newline);
            if (newline < 0 && !_endOfInput)
            {
                if (_skipping)
                {
                    _start = _end = 0;
                }
                else if (pending.Length > _maxLineLength + 1)
                {
                    _skipping = true;
                    _start = _end = 0;
                    LineNumber++;
                    line = default;
                    return Step.TooLong;
                }
                line = default;
                return Step.NeedInput;
            }
            if (newline < 0 && pending.IsEmpty)
            {
                line = default;
                return Step.End;
            }
            int length = newline < 0 ? pending.Length : newline;
            _start += newline < 0 ? length : length + 1;
            if (_skipping)
            {
                _skipping = false;
                continue;
            }
            line = pending[..length];
            if (!line.IsEmpty && line[^1].Equals(_carriageReturn))
            {
                line = line[..^1];
            }
            LineNumber++;
            if (line.Length > _maxLineLength)
            {
                line = default;
                return Step.TooLong;
            }
            if (LineNumber == 1)
            {
                line = SkipByteOrderMark(line);
            }
            return Step.Line;
        }
    }

    private static ReadOnlySpan<T> SkipByteOrderMark(ReadOnlySpan<T> line)
    {
        if (typeof(T) == typeof(byte))
        {
            ReadOnlySpan<byte> bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(line);
            return bytes.StartsWith("\uFEFF"u8) ? line[3..] : line;
        }
        ReadOnlySpan<char> chars = System.Runtime.InteropServices.MemoryMarshal.Cast<T, char>(line);
        return chars.StartsWith('\uFEFF') ? line[1..] : line;
    }

    /// <summary>Where the next input goes (after moving what is pending to the front, and growing up to the limit).</summary>
    internal Memory<T> FreeSpace()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(Math.Min(Array.MaxLength, _maxLineLength + 2L), 2L * _buffer.Length));
        }
        return _buffer.AsMemory(_end);
    }

    /// <summary>Records that <paramref name="count"/> items were read into <see cref="FreeSpace"/>; 0 ends the input.</summary>
    internal void Filled(int count)
    {
        if (count == 0)
        {
            _endOfInput = true;
        }
        _end += count;
    }
}
