using HistoricalEvents.Text;

namespace HistoricalEvents;

public readonly partial struct HistoricalDate
{
    /// <summary>
    /// Reads a date written in EDTF (<c>1920-04-28</c>, <c>-0043</c>, <c>1914/1918</c>) or in English
    /// (<c>April 28, 1920</c>, <c>44 BC</c>, <c>19th century</c>), with the encyclopedic calendar policy.
    /// </summary>
    /// <remarks>
    /// <para>
    /// EDTF is tried first because it is strict: text it reads means the same in English where both read it
    /// (<c>1991</c>, <c>1920-04-28</c>), except <c>A/B</c>, which is an interval in EDTF and the alternatives of
    /// <c>872/3</c> in English. So <c>Parse(date.ToEdtfString())</c> gives back the date, or, for the few spans EDTF
    /// has no notation for (the 19th century, written <c>1801/1900</c>), an interval with the same bounds;
    /// <c>Parse(date.ToString())</c> gives back every value the parsers produce.
    /// </para>
    /// <para>
    /// When neither reads the text, the error is EDTF's if the text looks like EDTF, English's otherwise (see
    /// <see cref="ParseResult(string)"/>).
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="HistoricalParseException">The text is neither; the exception carries the error and its column.</exception>
    public static HistoricalDate Parse(string text) => ParseResult(text).Value;

    /// <summary>
    /// Reads a date as <see cref="Parse(string)"/> does, returning the error instead of throwing.
    /// </summary>
    /// <remarks>
    /// A number of two or three digits, alone or with a qualifier (<c>79</c>, <c>193</c>, <c>19?</c>), is read in English
    /// first: the year AD 79, not the ISO century or decade <see cref="EdtfPattern"/> reads (<c>19</c> is 1900–1999).
    /// When neither EDTF nor English reads the text, the error comes from the pattern the text looks written in.
    /// Text looks like EDTF when it is not empty and every character is ASCII, none is white space, and its only
    /// letters are the upper-case ones EDTF uses (T, Z, X, Y, E, S): <c>1985-13</c>, <c>-9999</c>,
    /// <c>2004?-06-11</c>, <c>[1667,1668,1670]</c> and <c>1985-04-12T24:00:01</c> get EDTF's error;
    /// <c>9999 BC</c>, <c>1991x</c>, <c>45BCX</c>, <c>1990–1985</c> and <c>April 31, 1920</c> get English's.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<HistoricalDate> ParseResult(string text) =>
        ParseAny(text, HistoricalDatePatterns.Edtf, HistoricalDatePatterns.English);

    /// <summary>
    /// Reads a date as <see cref="Parse(string)"/> does (EDTF, then English); <see langword="false"/> for text that
    /// is neither. Allocates nothing; the value has no <see cref="Text"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value) =>
        EdtfReader.IsReducedYear(text, out _)
            ? HistoricalDatePatterns.English.TryParse(text, out value) || HistoricalDatePatterns.Edtf.TryParse(text, out value)
            : HistoricalDatePatterns.Edtf.TryParse(text, out value) || HistoricalDatePatterns.English.TryParse(text, out value);

    /// <summary>
    /// The one "read any date" rule, shared with the JSON converter: EDTF, then English; when both fail, the error
    /// of the pattern the text looks written in (<see cref="LooksLikeEdtf"/>).
    /// </summary>
    internal static ParseResult<HistoricalDate> ParseAny(string text, EdtfPattern edtf, EnglishDatePattern english)
    {
        // A number of two or three digits (79, 193, 19?) is the English year AD 79, as it always was here, before
        // it is the ISO century or decade EDTF's reader takes it for (docs/edtf.md).
        if (EdtfReader.IsReducedYear(text, out _) && english.Parse(text) is { Success: true } year)
        {
            return year;
        }
        ParseResult<HistoricalDate> fromEdtf = edtf.Parse(text);
        if (fromEdtf.Success)
        {
            return fromEdtf;
        }
        ParseResult<HistoricalDate> fromEnglish = english.Parse(text);
        return fromEnglish.Success || !LooksLikeEdtf(text) ? fromEnglish : fromEdtf;
    }

    /// <summary>
    /// Whether text that neither pattern reads was meant as EDTF: not empty, ASCII without white space, and no letter
    /// but EDTF's upper-case T, Z, X, Y, E, S.
    /// </summary>
    // Which error got further says little: English reads 1985-13 as a range to 1913 and fails at the same column
    // as EDTF's month check, with a message about ranges. Text only EDTF could mean gets EDTF's error; a space, a
    // lower-case letter, an era or an en dash means English, whose error names what English expected.
    internal static bool LooksLikeEdtf(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }
        foreach (char c in text)
        {
            // Printable ASCII other than the space, and of the letters only EDTF's.
            if (c is <= ' ' or > '~' || (char.IsAsciiLetter(c) && c is not ('T' or 'Z' or 'X' or 'Y' or 'E' or 'S')))
            {
                return false;
            }
        }
        return true;
    }
}
