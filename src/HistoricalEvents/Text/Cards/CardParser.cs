using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// The card grammar as a state machine fed one line at a time, so a stream is read holding only the card being
/// built. Results (cards and errors) are queued in <see cref="Results"/> for the caller to hand out.
/// </summary>
/// <remarks>
/// Recovery (see <c>docs/cards.md</c>): after an error the rest of the bad card is skipped, counted in its one
/// error, until the bad card's <c>Source:</c> lines end, a <c>---</c> line, a blank line followed by a line and a
/// valid headline line, or any line followed by a valid headline line with places (<c>date · places</c>, which no
/// other card line is); the last two start the next card. Every line thus lands in a card or in one card's error,
/// which is held until skipping ends so it can say which lines it covers.
/// </remarks>
internal sealed partial class CardParser
{
    private enum State
    {
        BetweenCards,
        Headline,
        Summary,
        Body,
        MomentSummary,
        MomentPlaces,
        Sources,
        SkipBody,
        SkipAfterBlank,
        SkipCandidate,
        SkipSources,
    }

    private readonly CardReaderOptions _options;
    private readonly EnglishDatePattern _dates;
    private readonly string? _sourceName;
    private readonly List<(HistoricalDate Date, string Summary, Place[] Places, TextPosition Position)> _moments = [];
    private readonly List<string> _narrative = [];
    private readonly List<Source> _sources = [];
    private readonly List<Place> _places = [];
    private State _state = State.BetweenCards;

    private string _title = "";
    private TextPosition _titlePosition;
    private HistoricalDate _headlineDate;
    private Place[] _headlinePlaces = [];
    private TextPosition _headlinePosition;
    private string _headlineSummary = "";
    private HistoricalDate _momentDate;
    private TextPosition _momentPosition;
    private string _momentSummary = "";
    private long _cardLength;
    private int _cardLines;
    private bool _previousLineBlank;
    private bool _lastParagraphAfterBlank;
    private long _lastParagraphLine;
    private string? _candidateTitle;
    private long _candidateLine;
    private bool _candidateStrong;
    private ParseError? _pending;
    private long _pendingFirst;
    private long _lastSkipped;

    internal CardParser(CardReaderOptions options, string? sourceName)
    {
        _options = options;
        _sourceName = sourceName;
        _dates = ReferenceEquals(options.CalendarPolicy, CalendarPolicy.Encyclopedic)
            ? HistoricalDatePatterns.English
            : HistoricalDatePatterns.English.WithCalendarPolicy(options.CalendarPolicy);
    }

    /// <summary>Cards and errors completed so far, in input order; the caller empties it.</summary>
    internal List<ParseResult<EventCard>> Results { get; } = [];

    /// <summary>Whether the text has ended and every result has been queued.</summary>
    internal bool IsFinished { get; private set; }

    /// <summary>
    /// Parses the lines the reader holds until some results are queued (<see langword="true"/>), or the reader needs
    /// more text (<see langword="false"/>: fill it and call again). At the end of the text it queues the last
    /// results and sets <see cref="IsFinished"/>.
    /// </summary>
    internal bool Advance(LineReader lines)
    {
        while (lines.TryReadLine())
        {
            Feed(lines);
            if (Results.Count > 0)
            {
                return true;
            }
        }
        if (lines.IsAtEnd)
        {
            Finish(lines.EndPosition);
            IsFinished = true;
            return true;
        }
        return false;
    }

    /// <summary>Takes the reader's current line.</summary>
    internal void Feed(LineReader lines)
    {
        long lineNumber = lines.LineNumber;
        if (lines.IsTooLong)
        {
            FeedTooLong(lineNumber, lines.TooLongLength);
            return;
        }
        ReadOnlySpan<char> line = lines.Current.TrimEnd();
        if (lines.InvalidColumn > 0)
        {
            FeedInvalid(line, lineNumber, lines.InvalidColumn, lines.InvalidBytes);
            return;
        }
        bool inCard = _state is >= State.Headline and <= State.MomentPlaces || _state == State.Sources && CardSyntax.IsSource(line);
        if (inCard && CountCardLine(lineNumber, lines.Current.Length) is ParseError tooBig)
        {
            Fail(tooBig, line, lineNumber);
            return;
        }
        int stray = StrayCharacter(line);
        if (stray >= 0)
        {
            FeedStrayCharacter(line, lineNumber, stray);
            return;
        }
        Feed(line, lineNumber);
    }

    /// <summary>
    /// The index of a character card text cannot hold, or -1: a carriage return inside a line (lines end with
    /// <c>\n</c> or <c>\r\n</c>, and a writer could not write it back), or U+FEFF at the start of a line (a reader
    /// takes it for a byte-order mark when the line starts a file).
    /// </summary>
    private static int StrayCharacter(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[0] == '\uFEFF' ? 0 : line.IndexOf('\r');

    /// <summary>Reports a line holding a stray character at its column, unless it is skipped as part of a bad card already reported.</summary>
    private void FeedStrayCharacter(ReadOnlySpan<char> line, long lineNumber, int index)
    {
        string found = line[index] == '\r' ? Messages.StrayCarriageReturn : Messages.StrayByteOrderMark;
        FeedUnreadable(line, lineNumber, Error(lineNumber, index + 1, found, line[index] == '\r' ? Messages.LineBreakExpected : Messages.LineStartExpected));
    }

    /// <summary>Ends the text: completes the last card, or reports it cut off.</summary>
    private void Finish(TextPosition end)
    {
        switch (_state)
        {
            case State.Sources:
                Complete();
                break;
            case State.Headline:
                FailAtEnd(end, Messages.HeadlineExpected);
                break;
            case State.Summary:
                FailAtEnd(end, Messages.HeadlineSummaryExpected);
                break;
            case State.Body:
                FailAtEnd(end, Messages.SourceEndingCard(_titlePosition.Line));
                break;
            case State.MomentSummary:
                FailAtEnd(end, Messages.MomentSummaryExpected);
                break;
            case State.MomentPlaces:
                FailAtEnd(end, Messages.MomentPlacesExpected);
                break;
            case State.SkipCandidate:
                _lastSkipped = _candidateLine;
                Release();
                break;
            default:
                // Between cards, or skipping a bad card: its held error is all that is left.
                Release();
                break;
        }
        _state = State.BetweenCards;
    }

    private void Feed(ReadOnlySpan<char> line, long lineNumber)
    {
        bool blank = CardSyntax.IsBlank(line);
        switch (_state)
        {
            case State.BetweenCards:
                if (!blank && !CardSyntax.IsSeparator(line))
                {
                    StartCard(line.ToString(), lineNumber);
                }
                break;
            case State.Headline:
                if (TryReadHeadline(line, lineNumber, out ParseError? headlineError))
                {
                    _state = State.Summary;
                }
                else
                {
                    Fail(headlineError, line, lineNumber);
                    if (_state == State.SkipCandidate)
                    {
                        // The title may have been a stray line: this line may be the next card's title, whatever its headline.
                        _candidateStrong = true;
                    }
                }
                break;
            case State.Summary:
                if (TakeText(line, lineNumber, blank, Messages.HeadlineSummaryExpected) is string summary)
                {
                    _headlineSummary = summary;
                    _state = State.Body;
                }
                break;
            case State.Body:
                FeedBody(line, lineNumber, blank);
                break;
            case State.MomentSummary:
                if (TakeText(line, lineNumber, blank, Messages.MomentSummaryExpected) is string momentSummary)
                {
                    _momentSummary = momentSummary;
                    _state = State.MomentPlaces;
                }
                break;
            case State.MomentPlaces:
                if (IsNotText(line, blank))
                {
                    Fail(Error(lineNumber, 1, Describe(line), Messages.MomentPlacesExpected), line, lineNumber);
                }
                else if (TryReadPlaces(line, 1, lineNumber, out ParseError? placesError))
                {
                    if (!TryDateAtPlaces(ref _momentDate, _places.Count > 0 ? [.. _places] : _headlinePlaces, _momentPosition.Line, out ParseError? dateError))
                    {
                        Fail(dateError, line, lineNumber);
                        break;
                    }
                    _moments.Add((_momentDate, _momentSummary, [.. _places], _momentPosition));
                    _state = State.Body;
                    _previousLineBlank = false;
                }
                else
                {
                    Fail(placesError, line, lineNumber);
                }
                break;
            case State.Sources:
                if (CardSyntax.IsSource(line))
                {
                    AddSource(line, lineNumber);
                }
                else
                {
                    Complete();
                    Feed(line, lineNumber);
                }
                break;
            default:
                Skip(line, lineNumber, blank);
                break;
        }
    }

    private void FeedBody(ReadOnlySpan<char> line, long lineNumber, bool blank)
    {
        if (blank)
        {
            _previousLineBlank = true;
            return;
        }
        if (CardSyntax.IsSeparator(line))
        {
            Fail(Error(lineNumber, 1, Describe(line), Messages.SourceEndingCard(_titlePosition.Line)), line, lineNumber);
        }
        else if (CardSyntax.IsSource(line))
        {
            AddSource(line, lineNumber);
        }
        else if (CardSyntax.LooksLikeDate(line))
        {
            FeedBodyDate(line, lineNumber);
        }
        else
        {
            _narrative.Add(line.ToString());
            _lastParagraphAfterBlank = _previousLineBlank;
            _lastParagraphLine = lineNumber;
        }
        _previousLineBlank = false;
    }

    private void FeedBodyDate(ReadOnlySpan<char> line, long lineNumber)
    {
        if (_narrative.Count > 0)
        {
            // After a blank line, a paragraph followed by a headline line was the next card's title: this card
            // was cut off before its Source: line.
            if (_lastParagraphAfterBlank && _lastParagraphLine == lineNumber - 1)
            {
                string title = _narrative[^1];
                var cutOff = Error(_lastParagraphLine, 1, Messages.Quote(title), Messages.SourceEndingCard(_titlePosition.Line));
                long titleLine = _lastParagraphLine;
                Results.Add(ParseResult<EventCard>.ForError(cutOff));
                StartCard(title, titleLine);
                CountCardLine(lineNumber, line.Length);
                Feed(line, lineNumber);
                return;
            }
            Fail(Error(lineNumber, 1, Messages.Quote(line), Messages.DateAfterNarrative), line, lineNumber);
            return;
        }
        ParseResult<HistoricalDate> date = _dates.Parse(line);
        if (!date.Success)
        {
            Fail(Error(lineNumber, date.Error.Column, date.Error.Found, date.Error.Expected), line, lineNumber);
            return;
        }
        _momentDate = date.Value;
        _momentPosition = new TextPosition(lineNumber, 1);
        _state = State.MomentSummary;
    }

    private void FeedTooLong(long lineNumber, long length)
    {
        if (_state == State.Sources)
        {
            Complete();
        }
        if (_state >= State.SkipBody)
        {
            // Part of a bad card already reported; a line this long cannot start the next card.
            _lastSkipped = lineNumber;
            _state = State.SkipBody;
            return;
        }
        // The line itself is not kept, so it cannot be a boundary: skipping goes on after it.
        Hold(Error(lineNumber, _options.MaxLineLength + 1, Messages.LineTooLong(length), Messages.AtMostLineLength(_options.MaxLineLength)), lineNumber);
        _state = State.SkipBody;
    }

    /// <summary>A line with invalid UTF-8: an error at its column, unless it belongs to a bad card already reported.</summary>
    private void FeedInvalid(ReadOnlySpan<char> line, long lineNumber, int column, byte[] bytes) =>
        FeedUnreadable(line, lineNumber, Error(lineNumber, column, Messages.InvalidUtf8(bytes), Messages.Utf8Expected));

    /// <summary>
    /// A line the card text cannot hold (invalid UTF-8, a stray carriage return or byte-order mark): an error at its
    /// column, unless it belongs to a bad card already reported. It is never kept, so never a title or a headline
    /// (found by fuzzing: recovery once took such a line for the next card's title, which could not be written back).
    /// </summary>
    private void FeedUnreadable(ReadOnlySpan<char> line, long lineNumber, ParseError error)
    {
        bool source = CardSyntax.IsSource(line);
        if (_state == State.Sources && !source)
        {
            Complete();   // the card ended on the line before
        }
        if (_state < State.SkipBody)
        {
            Hold(error, lineNumber);
        }
        // A candidate title not followed by its headline was part of the bad card.
        _candidateTitle = null;
        _lastSkipped = lineNumber;
        // The line is never a title or a headline: it only ends skipping when it is the bad card's Source: line. A
        // bad title line between cards leaves the next line free to be a title, as after a blank line.
        _state = source ? State.SkipSources : _state == State.BetweenCards ? State.SkipAfterBlank : State.SkipBody;
    }

    /// <summary>Adds a line to the card's size; the error when the card grows past the limits.</summary>
    private ParseError? CountCardLine(long lineNumber, int length)
    {
        _cardLength += length + 1;
        _cardLines++;
        return _cardLength <= _options.MaxCardLength && _cardLines <= _options.MaxCardLines
            ? null
            : Error(lineNumber, 1, Messages.CardTooLong(_titlePosition.Line), Messages.AtMostCardLength(_options.MaxCardLength, _options.MaxCardLines));
    }

    private void StartCard(string title, long lineNumber)
    {
        _title = title;
        _titlePosition = new TextPosition(lineNumber, 1);
        _moments.Clear();
        _narrative.Clear();
        _sources.Clear();
        _headlinePlaces = [];
        _previousLineBlank = false;
        _lastParagraphAfterBlank = false;
        _cardLength = title.Length + 1;
        _cardLines = 1;
        _state = State.Headline;
    }

    private bool TryReadHeadline(ReadOnlySpan<char> line, long lineNumber, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ParseError? error)
    {
        int separator = line.IndexOf(CardSyntax.HeadlineSeparator, StringComparison.Ordinal);
        ReadOnlySpan<char> dateText = separator < 0 ? line : line[..separator];
        ParseResult<HistoricalDate> date = _dates.Parse(dateText);
        if (!date.Success)
        {
            error = Error(lineNumber, date.Error.Column, date.Error.Found, Messages.HeadlineDate(date.Error.Expected));
            return false;
        }
        _headlineDate = date.Value;
        _headlinePosition = new TextPosition(lineNumber, 1);
        if (separator < 0)
        {
            _headlinePlaces = [];
            error = null;
            return true;
        }
        int placesStart = separator + CardSyntax.HeadlineSeparator.Length;
        if (!TryReadPlaces(line[placesStart..], placesStart + 1, lineNumber, out error))
        {
            return false;
        }
        _headlinePlaces = [.. _places];
        return TryDateAtPlaces(ref _headlineDate, _headlinePlaces, lineNumber, out error);
    }

    /// <summary>Reads <c>path | path…</c> into <see cref="_places"/>; <paramref name="column"/> is where the text starts.</summary>
    private bool TryReadPlaces(ReadOnlySpan<char> text, int column, long lineNumber, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ParseError? error)
    {
        _places.Clear();
        while (true)
        {
            int separator = text.IndexOf(CardSyntax.PlacesSeparator, StringComparison.Ordinal);
            ReadOnlySpan<char> path = separator < 0 ? text : text[..separator];
            int at = path.IndexOf(Place.CoordinatesSeparator, StringComparison.Ordinal);
            int names = (at < 0 ? path : path[..at]).Count(',') + 1;
            if (names > _options.MaxPlaceDepth)
            {
                error = Error(lineNumber, column, Messages.PlaceTooDeep(names), Messages.AtMostPlaceDepth(_options.MaxPlaceDepth));
                return false;
            }
            ParseResult<Place> place = Place.ParsePath(path.ToString());
            if (!place.Success)
            {
                error = Error(lineNumber, column + place.Error.Column - 1, place.Error.Found, Messages.PlacePathExpected);
                return false;
            }
            _places.Add(place.Value);
            if (separator < 0)
            {
                error = null;
                return true;
            }
            int next = separator + CardSyntax.PlacesSeparator.Length;
            text = text[next..];
            column += next;
        }
    }

    private void AddSource(ReadOnlySpan<char> line, long lineNumber)
    {
        ReadOnlySpan<char> value = line[CardSyntax.SourcePrefix.Length..].Trim();
        if (value.IsEmpty)
        {
            Fail(Error(lineNumber, CardSyntax.SourcePrefix.Length + 1, Messages.EndOfLine, Messages.SourceExpected), line, lineNumber);
            return;
        }
        _sources.Add(Source.Parse(value.ToString()));
        _state = State.Sources;
    }

    private void Complete()
    {
        var origin = new EventOrigin(_title, _sourceName, _headlinePosition);
        var headline = new HistoricalEvent(_headlineDate, _headlineSummary, _headlinePlaces, _title, _narrative, _sources, origin);
        HistoricalEvent[] moments = new HistoricalEvent[_moments.Count];
        for (int i = 0; i < moments.Length; i++)
        {
            (HistoricalDate date, string summary, Place[] places, TextPosition position) = _moments[i];
            moments[i] = new HistoricalEvent(date, summary, places, null, null, _sources, new EventOrigin(_title, _sourceName, position));
        }
        Results.Add(ParseResult<EventCard>.ForValue(new EventCard(headline, moments, _titlePosition, _sourceName)));
        _state = State.BetweenCards;
    }

    /// <summary>Reports the bad card and starts skipping the rest of it; where skipping starts depends on the failing line.</summary>
    private void Fail(ParseError error, ReadOnlySpan<char> line, long lineNumber)
    {
        Hold(error, lineNumber);
        _state = State.SkipBody;
        Skip(line, lineNumber, CardSyntax.IsBlank(line));
    }

    /// <summary>Holds a bad card's error until skipping ends; the card starts at its title, or at this line between cards.</summary>
    private void Hold(ParseError error, long lineNumber)
    {
        _pending = error;
        _pendingFirst = _state is >= State.Headline and <= State.Sources ? _titlePosition.Line : lineNumber;
        _lastSkipped = lineNumber;
    }

    /// <summary>Queues the held error, saying which lines the bad card covered when it is more than one.</summary>
    private void Release()
    {
        if (_pending is not { } error)
        {
            return;
        }
        if (_lastSkipped > _pendingFirst)
        {
            error = new ParseError(error.Position, error.Found, Messages.SkippedLines(error.Expected, _pendingFirst, _lastSkipped), error.Source);
        }
        Results.Add(ParseResult<EventCard>.ForError(error));
        _pending = null;
    }

    private void FailAtEnd(TextPosition end, string expected) =>
        Results.Add(ParseResult<EventCard>.ForError(new ParseError(end, Messages.EndOfInput, expected, _sourceName)));

    private void Skip(ReadOnlySpan<char> line, long lineNumber, bool blank)
    {
        if (_state == State.SkipCandidate)
        {
            if (!blank && CardSyntax.LooksLikeDate(line) && (_candidateStrong || line.Contains(CardSyntax.HeadlineSeparator, StringComparison.Ordinal))
                && TryStartCandidate(line, lineNumber))
            {
                return;
            }
            // A candidate not followed by its headline was part of the bad card.
            _lastSkipped = _candidateLine;
            _candidateTitle = null;
            _state = State.SkipBody;
        }
        if (CardSyntax.IsSeparator(line))
        {
            Release();
            _state = State.BetweenCards;
        }
        else if (CardSyntax.IsSource(line))
        {
            _lastSkipped = lineNumber;
            _state = State.SkipSources;
        }
        else if (_state == State.SkipSources)
        {
            Release();
            _state = State.BetweenCards;
            Feed(line, lineNumber);
        }
        else if (blank)
        {
            _state = State.SkipAfterBlank;
        }
        else
        {
            // Any line may be the next card's title: after a blank line whatever headline follows, else only a
            // headline with places ("1991 · Baku"), which no moment, summary or paragraph line of a card is.
            SetCandidate(line, lineNumber, strong: _state == State.SkipAfterBlank);
        }
    }

    /// <summary>Starts the candidate as a card when this line is its headline; else the candidate is skipped.</summary>
    private bool TryStartCandidate(ReadOnlySpan<char> line, long lineNumber)
    {
        string title = _candidateTitle!;
        long titleLine = _candidateLine;
        long lastSkipped = _lastSkipped;
        StartCard(title, titleLine);
        CountCardLine(lineNumber, line.Length);
        if (!TryReadHeadline(line, lineNumber, out _))
        {
            // Not a headline after all: both lines belong to the bad card already reported.
            _state = State.SkipCandidate;
            _candidateTitle = title;
            _candidateLine = titleLine;
            _lastSkipped = lastSkipped;
            return false;
        }
        _candidateTitle = null;
        _lastSkipped = Math.Min(lastSkipped, titleLine - 1);
        Release();
        _state = State.Summary;
        return true;
    }

    private void SetCandidate(ReadOnlySpan<char> line, long lineNumber, bool strong)
    {
        _candidateTitle = line.ToString();
        _candidateLine = lineNumber;
        _candidateStrong = strong;
        _state = State.SkipCandidate;
    }

    /// <summary>Whether a line cannot be a summary or places line: blank, a separator or a source.</summary>
    private static bool IsNotText(ReadOnlySpan<char> line, bool blank) =>
        blank || CardSyntax.IsSeparator(line) || CardSyntax.IsSource(line);

    /// <summary>A summary line's text, or <see langword="null"/> after reporting a line that cannot be one.</summary>
    private string? TakeText(ReadOnlySpan<char> line, long lineNumber, bool blank, string expected)
    {
        if (!IsNotText(line, blank))
        {
            return line.ToString();
        }
        Fail(Error(lineNumber, 1, Describe(line), expected), line, lineNumber);
        return null;
    }

    private ParseError Error(long line, int column, string found, string expected) =>
        new(new TextPosition(line, column), found, expected, _sourceName);

    private static string Describe(ReadOnlySpan<char> line) =>
        CardSyntax.IsBlank(line) ? Messages.BlankLine : CardSyntax.IsSeparator(line) ? Messages.SeparatorLine : Messages.Quote(line);
}
