namespace HistoricalEvents.Text;

/// <summary>
/// The one exception the <c>Parse</c> methods throw for text they cannot read. It carries the <see cref="ParseError"/>
/// with line, column, what was found and what was expected. Use <c>TryParse</c> or a <see cref="ParseResult{T}"/>
/// where bad input is expected.
/// </summary>
public sealed class HistoricalParseException : FormatException
{
    /// <summary>Creates the exception for an error.</summary>
    public HistoricalParseException(ParseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        Error = error;
    }

    /// <summary>Creates the exception with a message only (for serializers' contracts); prefer the error form.</summary>
    public HistoricalParseException()
        : this(new ParseError(new TextPosition(1, 1), "unreadable text", "valid text"))
    {
    }

    /// <summary>Creates the exception with a message only; prefer the error form.</summary>
    public HistoricalParseException(string message)
        : base(message)
    {
        Error = new ParseError(new TextPosition(1, 1), message, "valid text");
    }

    /// <summary>Creates the exception with a message and inner exception; prefer the error form.</summary>
    public HistoricalParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new ParseError(new TextPosition(1, 1), message, "valid text");
    }

    /// <summary>The error, with its position.</summary>
    public ParseError Error { get; }

    /// <summary>The 1-based line of the error.</summary>
    public long Line => Error.Line;

    /// <summary>The 1-based column of the error.</summary>
    public int Column => Error.Column;
}
