using HistoricalEvents.Text;

namespace HistoricalEvents;

public readonly partial struct HistoricalDate
{
    /// <summary>
    /// Reads a date written in English (<c>April 28, 1920</c>, <c>44 BC</c>) or EDTF (<c>1920-04-28</c>), with the
    /// encyclopedic calendar policy.
    /// </summary>
    /// <exception cref="HistoricalParseException">The text is not a date; the exception carries the column.</exception>
    public static HistoricalDate Parse(string text) => ParseResult(text).Value;

    /// <summary>Reads a date as <see cref="Parse(string)"/> does, returning the error (with its column) instead of throwing.</summary>
    public static ParseResult<HistoricalDate> ParseResult(string text) => HistoricalDatePatterns.English.Parse(text);

    /// <summary>Reads a date as <see cref="Parse(string)"/> does; <see langword="false"/> for text that is not a date.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value) => HistoricalDatePatterns.English.TryParse(text, out value);
}
