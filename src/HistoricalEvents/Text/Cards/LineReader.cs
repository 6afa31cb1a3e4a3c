namespace HistoricalEvents.Text;

/// <summary>
/// Splits a <see cref="TextReader"/> into lines, reading it in chunks into one buffer, so a line is never held
/// longer than the buffer: a line past the limit is counted and discarded, not stored. Accepts <c>\n</c> and
/// <c>\r\n</c> and skips a byte-order mark at the start of any line (where <c>cat a b</c> leaves one). Over a
/// <see cref="CheckedTextReader"/> it also says which line holds invalid UTF-8, and where. The caller alternates <see cref="TryReadLine"/> (which
/// works on the buffer) with <see cref="Fill"/> or <see cref="FillAsync"/> (which read more of the text), so the
/// synchronous and asynchronous readers share every other step.
/// </summary>
internal sealed class LineReader
{
    private const int ChunkSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly int _maxLineLength;
    private readonly int _maxBuffer;
    private char[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfText;
    private bool _discarding;
    private long _discarded;
    private int _lineStart;
    private int _lineLength;
    private bool _lastEndedWithNewline = true;
    private long _lastLength;
    private long _base;
    private readonly CheckedTextReader? _checked;

    /// <param name="reader">The text.</param>
    /// <param name="maxLineLength">The longest line kept.</param>
    /// <param name="linesBefore">Lines counted before the first (tests use it to reach line numbers past 2³¹).</param>
    internal LineReader(TextReader reader, int maxLineLength, long linesBefore = 0)
    {
        LineNumber = linesBefore;
        _reader = reader;
        _checked = reader as CheckedTextReader;
        _maxLineLength = maxLineLength;
        // Room for the longest line plus its "\r\n", and never less than one chunk.
        _maxBuffer = (int)Math.Min(Array.MaxLength, Math.Max(ChunkSize, (long)maxLineLength + 2));
        _buffer = new char[Math.Min(ChunkSize, _maxBuffer)];
    }

    /// <summary>The 1-based number of the current line.</summary>
    internal long LineNumber { get; private set; }

    /// <summary>The current line, without its line break; empty when <see cref="IsTooLong"/>.</summary>
    internal ReadOnlySpan<char> Current => _buffer.AsSpan(_lineStart, _lineLength);

    /// <summary>Whether the current line is longer than the limit (and so was not kept).</summary>
    internal bool IsTooLong { get; private set; }

    /// <summary>The length of the current line when it is too long.</summary>
    internal long TooLongLength { get; private set; }

    /// <summary>The 1-based column of the first invalid UTF-8 sequence in the current line; 0 when there is none.</summary>
    internal int InvalidColumn { get; private set; }

    /// <summary>The bytes of the first invalid UTF-8 sequence in the current line, when <see cref="InvalidColumn"/> is set.</summary>
    internal byte[] InvalidBytes { get; private set; } = [];

    /// <summary>Whether the whole text has been read and every line returned.</summary>
    internal bool IsAtEnd => _endOfText && _start == _end && !_discarding;

    /// <summary>The position just past the last character of the text.</summary>
    internal TextPosition EndPosition =>
        _lastEndedWithNewline ? new TextPosition(LineNumber + 1, 1) : new TextPosition(LineNumber, (int)Math.Min(int.MaxValue, _lastLength + 1));

    /// <summary>Moves to the next line held in the buffer; <see langword="false"/> when more text must be read first (or the text ended).</summary>
    internal bool TryReadLine()
    {
        while (true)
        {
            ReadOnlySpan<char> pending = _buffer.AsSpan(_start, _end - _start);
            int newline = pending.IndexOf('\n');
            if (_discarding)
            {
                if (newline < 0 && !_endOfText)
                {
                    _discarded += pending.Length;
                    _base += _end;
                    _start = _end = 0;
                    return false;
                }
                int taken = newline < 0 ? pending.Length : newline;
                _discarded += taken;
                bool carriageReturn = taken > 0 && pending[taken - 1] == '\r';
                _start += newline < 0 ? taken : taken + 1;
                _discarding = false;
                DropInvalidBefore(_base + _start);
                SetTooLong(_discarded - (carriageReturn ? 1 : 0), newline >= 0);
                return true;
            }
            if (newline >= 0)
            {
                int length = newline > 0 && pending[newline - 1] == '\r' ? newline - 1 : newline;
                SetLine(_start, length, endedWithNewline: true, _start + newline + 1);
                _start += newline + 1;
                return true;
            }
            if (pending.Length > (long)_maxLineLength + 1)
            {
                // No line break within the limit: count the rest of the line without keeping it.
                _discarding = true;
                _discarded = pending.Length;
                _base += _end;
                _start = _end = 0;
                continue;
            }
            if (_endOfText && pending.Length > 0)
            {
                SetLine(_start, pending.Length, endedWithNewline: false, _end);
                _start = _end;
                return true;
            }
            return false;
        }
    }

    /// <summary>Reads more text into the buffer.</summary>
    internal void Fill()
    {
        MakeRoom();
        int read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        Advance(read);
    }

    /// <summary>Reads more text into the buffer, asynchronously.</summary>
    internal async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        MakeRoom();
        int read = await _reader.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false);
        Advance(read);
    }

    private void MakeRoom()
    {
        if (_start > 0)
        {
            _base += _start;
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length && _buffer.Length < _maxBuffer)
        {
            Array.Resize(ref _buffer, (int)Math.Min(_maxBuffer, 2L * _buffer.Length));
        }
    }

    private void Advance(int read)
    {
        if (read == 0)
        {
            _endOfText = true;
        }
        _end += read;
    }

    private void SetLine(int start, int length, bool endedWithNewline, int next)
    {
        LineNumber++;
        InvalidColumn = 0;
        if (_checked is not null && _checked.Invalid.Count > 0)
        {
            FindInvalid(_base + start, _base + next);
        }
        // A byte-order mark is not text: readers over strings and non-UTF-8 streams pass it on, and concatenated
        // files ("cat a b") put one at the start of a later line.
        if (length > 0 && _buffer[start] == '\uFEFF')
        {
            start++;
            length--;
            if (InvalidColumn > 0)
            {
                InvalidColumn--;
            }
        }
        _lineStart = start;
        _lineLength = length;
        _lastEndedWithNewline = endedWithNewline;
        _lastLength = length;
        IsTooLong = length > _maxLineLength;
        TooLongLength = length;
    }

    /// <summary>Takes the invalid sequences of the line from <paramref name="lineStart"/> to <paramref name="next"/> (absolute offsets).</summary>
    private void FindInvalid(long lineStart, long next)
    {
        Queue<CheckedTextReader.InvalidSequence> invalid = _checked!.Invalid;
        while (invalid.TryPeek(out CheckedTextReader.InvalidSequence sequence) && sequence.Offset < next)
        {
            invalid.Dequeue();
            if (InvalidColumn == 0 && sequence.Offset >= lineStart)
            {
                InvalidColumn = (int)(sequence.Offset - lineStart) + 1;
                InvalidBytes = sequence.ToBytes();
            }
        }
    }

    private void DropInvalidBefore(long offset)
    {
        if (_checked is not null)
        {
            while (_checked.Invalid.TryPeek(out CheckedTextReader.InvalidSequence sequence) && sequence.Offset < offset)
            {
                _checked.Invalid.Dequeue();
            }
        }
    }

    private void SetTooLong(long length, bool endedWithNewline)
    {
        LineNumber++;
        InvalidColumn = 0;
        _lineStart = 0;
        _lineLength = 0;
        _lastEndedWithNewline = endedWithNewline;
        _lastLength = length;
        IsTooLong = true;
        TooLongLength = length;
    }
}
