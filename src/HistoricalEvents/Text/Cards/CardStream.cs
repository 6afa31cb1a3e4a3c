namespace HistoricalEvents.Text;

/// <summary>
/// A text being read as cards: the line reader, the parser and the results not yet handed out. The synchronous and
/// asynchronous readers differ only in how they call <see cref="Fill"/> or <see cref="FillAsync"/>.
/// </summary>
internal sealed class CardStream : IDisposable
{
    private readonly TextReader _reader;
    private readonly bool _disposeReader;
    private readonly LineReader _lines;
    private readonly CardParser _parser;
    private int _next;

    internal CardStream(TextReader reader, CardReaderOptions options, string? sourceName, bool disposeReader, long linesBefore = 0)
    {
        _reader = reader;
        _disposeReader = disposeReader;
        _lines = new LineReader(reader, options.MaxLineLength, linesBefore);
        _parser = new CardParser(options, sourceName);
    }

    /// <summary>Whether every result has been handed out.</summary>
    internal bool IsFinished => _parser.IsFinished && _next >= _parser.Results.Count;

    /// <summary>The next result; <see langword="false"/> when more text must be read first, or the text is finished.</summary>
    internal bool TryTake(out ParseResult<EventCard> result)
    {
        while (true)
        {
            if (_next < _parser.Results.Count)
            {
                result = _parser.Results[_next++];
                return true;
            }
            _parser.Results.Clear();
            _next = 0;
            if (_parser.IsFinished || !_parser.Advance(_lines))
            {
                result = default;
                return false;
            }
        }
    }

    internal void Fill() => _lines.Fill();

    internal ValueTask FillAsync(CancellationToken cancellationToken) => _lines.FillAsync(cancellationToken);

    public void Dispose()
    {
        if (_disposeReader)
        {
            _reader.Dispose();
        }
    }
}
