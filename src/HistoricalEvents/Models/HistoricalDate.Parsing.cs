using HistoricalEvents.Text;

namespace HistoricalEvents;

public readonly partial struct HistoricalDate
{
    /// <summary>
    /// Reads a date written in English (<c>April 28, 1920</c>, <c>44 BC</c>, <c>19th century</c>) or, failing that,
    /// in EDTF (<c>1920-04-28</c>, <c>-0043</c>, <c>1914/1918</c>), with the encyclopedic calendar policy.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="HistoricalParseException">The text is neither; the exception carries the English error and its column.</exception>
    public static HistoricalDate Parse(string text) => ParseResult(text).Value;

    /// <summary>
    /// Reads a date as <see cref="Parse(string)"/> does, returning the error instead of throwing. English is tried
    /// first, then EDTF; when both fail the error is the English one (the form most text is written in).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<HistoricalDate> ParseResult(string text)
    {
        ParseResult<HistoricalDate> english = HistoricalDatePatterns.English.Parse(text);
        if (english.Success)
        {
            return english;
        }
        ParseResult<HistoricalDate> edtf = HistoricalDatePatterns.Edtf.Parse(text);
        return edtf.Success ? edtf : english;
    }

    /// <summary>
    /// Reads a date as <see cref="Parse(string)"/> does (English, then EDTF); <see langword="false"/> for text that
    /// is neither. Allocates nothing; the value has no <see cref="Text"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value) =>
        HistoricalDatePatterns.English.TryParse(text, out value) || HistoricalDatePatterns.Edtf.TryParse(text, out value);
}
