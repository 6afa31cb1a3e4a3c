using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// Reads and writes dates in English as encyclopedias write them (<c>April 28, 1920</c>, <c>28 April 1920</c>,
/// <c>44 BC</c>, <c>c. 1200</c>, <c>1920s</c>, <c>19th century</c>, <c>1914–1918</c>, <c>404 or 403 BC</c>,
/// <c>before 1200</c>, <c>November 7 [O.S. October 25], 1917</c>), culture-invariant. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Month names are English, full or abbreviated, in any case; eras are BC, BCE, AD and CE (also dotted). There is
/// no year 0: <c>0 BC</c> is an error. Dates written without a calendar mark get the calendar <see cref="Policy"/>
/// picks for their first written day; <c>O.S.</c> and <c>N.S.</c> after a date force Julian or Gregorian.
/// </para>
/// <para>
/// Reading is one linear pass over at most <see cref="MaxTokens"/> tokens without regular expressions; a successful
/// <see cref="TryParse"/> allocates nothing. Errors give the 1-based column, the text found and what was expected.
/// The full list of forms, and of what is rejected and why, is in docs/dates.md.
/// </para>
/// </remarks>
public sealed class EnglishDatePattern : IHistoricalDatePattern
{
    /// <summary>The most words, numbers and signs a date may have; longer text is rejected without being read further.</summary>
    public const int MaxTokens = EnglishDateTokenizer.MaxTokens;

    private EnglishDatePattern(CalendarPolicy policy) => Policy = policy;

    /// <summary>The pattern with the encyclopedic calendar policy.</summary>
    public static EnglishDatePattern Default { get; } = new(CalendarPolicy.Encyclopedic);

    /// <summary>The policy that picks the calendar of unmarked dates (and, when writing, whether a date needs a mark).</summary>
    public CalendarPolicy Policy { get; }

    /// <summary>This pattern with another calendar policy.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public EnglishDatePattern WithCalendarPolicy(CalendarPolicy policy) => new(Preconditions.CheckNotNull(policy));

    /// <inheritdoc />
    /// <remarks>The value keeps <paramref name="text"/> itself as its <see cref="HistoricalDate.Text"/>, without a copy.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]   // builds the result in the caller's buffer: fewer copies of it
    public ParseResult<HistoricalDate> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return EnglishDateFastPath.TryParse(text, text, Policy, out HistoricalDate value)
            ? ParseResult<HistoricalDate>.ForValue(value)
            : ParseFully(text);
    }

    // Out of line, so that callers of Parse that inline it carry none of the full parser's state.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ParseResult<HistoricalDate> ParseFully(string text) =>
        EnglishDateParser.TryParseFull(text, Policy, out HistoricalDate value, out EnglishDateError error)
            ? ParseResult<HistoricalDate>.ForValue(value.WithText(text))
            : ParseResult<HistoricalDate>.ForError(error.ToParseError(text));

    /// <inheritdoc />
    public ParseResult<HistoricalDate> Parse(ReadOnlySpan<char> text) =>
        EnglishDateParser.TryParse(text, Policy, out HistoricalDate value, out EnglishDateError error)
            ? ParseResult<HistoricalDate>.ForValue(value.WithText(text.ToString()))
            : ParseResult<HistoricalDate>.ForError(error.ToParseError(text));

    /// <inheritdoc />
    /// <remarks>The value has no <see cref="HistoricalDate.Text"/>, so that nothing is allocated.</remarks>
    public bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value) =>
        EnglishDateFastPath.TryParse(text, null, Policy, out value) || EnglishDateParser.TryParseFull(text, Policy, out value, out _);

    /// <inheritdoc />
    /// <remarks>
    /// Writes <c>April 28, 1920</c>, <c>March 15, 44 BC</c>, <c>AD 79</c>, <c>c. 1200</c>, <c>1200?</c>,
    /// <c>1920s</c>, <c>mid-1960s</c>, <c>19th century</c> (a century starting in …01) or <c>1800s</c> (…00),
    /// <c>1914–1918</c>, <c>September 2–6, 1666</c>, <c>404 or 403 BC</c>, <c>before 1200</c>, <c>after 1066</c>, <c>until 1200</c>,
    /// <c>April 8, 2012 – present</c>, <c>November 7 [O.S. October 25], 1917</c>, and <c>O.S.</c> or <c>N.S.</c> when the
    /// date's calendar is not the one <see cref="Policy"/> would pick. The few values English cannot express (a
    /// decade starting in 1925, EDTF sub-year groupings, EDTF unspecified digits such as <c>1985-04-XX</c>) are written
    /// as EDTF, which <see cref="HistoricalDate.Parse(string)"/> reads back; this pattern's own <see cref="Parse(string)"/>
    /// reads back every value English expresses, which is every value it reads.
    /// </remarks>
    public string Format(HistoricalDate value) => EnglishDateFormatter.Format(value, Policy);
}
