using HistoricalEvents.Text;

namespace HistoricalEvents;

public readonly partial struct HistoricalDate
{
    /// <summary>
    /// Reads a date written in EDTF (<c>1920-04-28</c>, <c>-0043</c>, <c>1914/1918</c>) or in English
    /// (<c>April 28, 1920</c>, <c>44 BC</c>, <c>19th century</c>), with the encyclopedic calendar policy.
    /// </summary>
    /// <remarks>
    /// EDTF is tried first because it is strict: text it reads means the same in English where both read it
    /// (<c>1991</c>, <c>1920-04-28</c>), except <c>A/B</c>, which is an interval in EDTF and the alternatives of
    /// <c>872/3</c> in English. So <c>Parse(date.ToEdtfString())</c> gives back the date.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="HistoricalParseException">The text is neither; the exception carries the error and its column.</exception>
    public static HistoricalDate Parse(string text) => ParseResult(text).Value;

    /// <summary>
    /// Reads a date as <see cref="Parse(string)"/> does, returning the error instead of throwing. When neither EDTF
    /// nor English reads the text, the error is the one that got further into it (English on a tie).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<HistoricalDate> ParseResult(string text) =>
        ParseAny(text, HistoricalDatePatterns.Edtf, HistoricalDatePatterns.English);

    /// <summary>
    /// Reads a date as <see cref="Parse(string)"/> does (EDTF, then English); <see langword="false"/> for text that
    /// is neither. Allocates nothing; the value has no <see cref="Text"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value) =>
        HistoricalDatePatterns.Edtf.TryParse(text, out value) || HistoricalDatePatterns.English.TryParse(text, out value);

    /// <summary>The one "read any date" rule, shared with the JSON converter: EDTF, then English.</summary>
    internal static ParseResult<HistoricalDate> ParseAny(string text, EdtfPattern edtf, EnglishDatePattern english)
    {
        ParseResult<HistoricalDate> fromEdtf = edtf.Parse(text);
        if (fromEdtf.Success)
        {
            return fromEdtf;
        }
        ParseResult<HistoricalDate> fromEnglish = english.Parse(text);
        return fromEnglish.Success || fromEnglish.Error.Column >= fromEdtf.Error.Column ? fromEnglish : fromEdtf;
    }
}
