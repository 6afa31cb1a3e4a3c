namespace HistoricalEvents.Text;

/// <summary>Why text could not be read: where, what was found there, and what was expected. Immutable.</summary>
public sealed class ParseError : IEquatable<ParseError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="position">Where the problem is (line and column, 1-based).</param>
    /// <param name="found">What was found there, as the user wrote it (shortened if long), or a description such as <c>end of input</c>.</param>
    /// <param name="expected">What was expected instead.</param>
    /// <remarks>
    /// <paramref name="found"/> and <paramref name="expected"/> are kept to 240 characters (cut with "…") and their
    /// control characters, bidirectional controls and unpaired surrogates are written as <c>\uXXXX</c>, so an error
    /// can go to a terminal, a log or JSON whatever text caused it. The same is done to the source in <see cref="ToString"/>.
    /// </remarks>
    /// <param name="source">The file or stream name, if any.</param>
    public ParseError(TextPosition position, string found, string expected, string? source = null)
    {
        Position = position;
        Found = Internal.Messages.Escape(found ?? throw new ArgumentNullException(nameof(found)));
        Expected = Internal.Messages.Escape(expected ?? throw new ArgumentNullException(nameof(expected)));
        Source = source;
    }

    /// <summary>What a successful <see cref="ParseResult{T}"/> holds in place of an error; never shown.</summary>
    internal static readonly ParseError SuccessMarker = new(new TextPosition(1, 1), "", "");

    /// <summary>The error of a <c>default(ParseResult&lt;T&gt;)</c>, which no parser returned.</summary>
    internal static readonly ParseError NoResult = new(new TextPosition(1, 1), Internal.Messages.NoResultFound, Internal.Messages.NoResultExpected);

    /// <summary>Where the problem is.</summary>
    public TextPosition Position { get; }

    /// <summary>The 1-based line of <see cref="Position"/>.</summary>
    public long Line => Position.Line;

    /// <summary>The 1-based column of <see cref="Position"/>.</summary>
    public int Column => Position.Column;

    /// <summary>What was found, quoted as written, or a description such as <c>end of input</c>.</summary>
    public string Found { get; }

    /// <summary>What was expected instead.</summary>
    public string Expected { get; }

    /// <summary>The file or stream the text came from, if known.</summary>
    public string? Source { get; }

    /// <summary>The message without position: <c>found "1991x", expected a year</c>.</summary>
    public string Message => $"found {Found}, expected {Expected}";

    /// <summary>Returns this error with its position moved by the given lines and columns (for text embedded in larger text).</summary>
    public ParseError Offset(int lines, int columns) =>
        new(new TextPosition(Line + lines, lines == 0 ? Column + columns : Column), Found, Expected, Source);

    /// <summary>Returns this error with its source name set.</summary>
    public ParseError WithSource(string? source) => new(Position, Found, Expected, source);

    /// <summary>Returns this error at another position.</summary>
    public ParseError At(TextPosition position) => new(position, Found, Expected, Source);

    /// <summary>The compiler-style form: <c>SOURCE:LINE:COLUMN: message</c> (without the source when unknown).</summary>
    public override string ToString() => Source is null ? $"{Line}:{Column}: {Message}" : $"{Internal.Messages.Escape(Source)}:{Line}:{Column}: {Message}";

    /// <inheritdoc />
    public bool Equals(ParseError? other) =>
        other is not null && Position == other.Position && Found == other.Found && Expected == other.Expected && Source == other.Source;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParseError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Position, Found, Expected, Source);
}
