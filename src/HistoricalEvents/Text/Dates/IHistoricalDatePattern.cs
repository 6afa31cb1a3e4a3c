namespace HistoricalEvents.Text;

/// <summary>A way of writing historical dates that can be read and written back: English, EDTF.</summary>
/// <remarks>Parsing never throws for bad input: it returns a failed <see cref="ParseResult{T}"/> with the column.</remarks>
public interface IHistoricalDatePattern
{
    /// <summary>Reads a date; the result's <see cref="HistoricalDate.Text"/> is <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    ParseResult<HistoricalDate> Parse(string text);

    /// <summary>Reads a date from a span of text (positions in errors are relative to its start).</summary>
    ParseResult<HistoricalDate> Parse(ReadOnlySpan<char> text);

    /// <summary>Reads a date without allocating on success; <see langword="false"/> for text it cannot read.</summary>
    bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value);

    /// <summary>
    /// Writes a date in this pattern's form; <see cref="Parse(string)"/> reads it back to an equal value. (The English
    /// pattern writes the few values English cannot express as EDTF; see <see cref="EnglishDatePattern.Format"/>.)
    /// </summary>
    string Format(HistoricalDate value);
}

/// <summary>The library's date patterns.</summary>
public static class HistoricalDatePatterns
{
    /// <summary>English as encyclopedias write it (<c>April 28, 1920</c>, <c>44 BC</c>, <c>c. 1200</c>), with the encyclopedic calendar policy.</summary>
    public static EnglishDatePattern English { get; } = EnglishDatePattern.Default;

    /// <summary>EDTF, the Extended Date/Time Format of ISO 8601-2 (<c>1920-04-28</c>, <c>-0043</c>, <c>1200~</c>), with the encyclopedic calendar policy.</summary>
    public static EdtfPattern Edtf { get; } = EdtfPattern.Default;
}
