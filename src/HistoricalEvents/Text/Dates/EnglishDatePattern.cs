using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// Reads and writes dates in English as encyclopedias write them (<c>April 28, 1920</c>, <c>28 April 1920</c>,
/// <c>44 BC</c>, <c>c. 1200</c>, <c>1920s</c>, <c>19th century</c>, <c>1914–1918</c>, <c>404 or 403 BC</c>,
/// <c>before 1200</c>, <c>November 7 [O.S. October 25], 1917</c>), culture-invariant. Immutable and thread-safe.
/// Lists of dates (<c>1776, 1789, 1812</c>, <c>July 4 and 5, 1776</c>) are read by <see cref="ParseSet(string)"/>;
/// numeric dates (<c>7/4/1776</c>) only in the order named with <see cref="WithNumericDateOrder"/>.
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

    private EnglishDatePattern(CalendarPolicy policy, NumericDateOrder numericOrder)
    {
        Policy = policy;
        NumericOrder = numericOrder;
    }

    /// <summary>The pattern with the encyclopedic calendar policy, refusing numeric dates such as <c>7/4/1776</c>.</summary>
    public static EnglishDatePattern Default { get; } = new(CalendarPolicy.Encyclopedic, NumericDateOrder.None);

    /// <summary>The policy that picks the calendar of unmarked dates (and, when writing, whether a date needs a mark).</summary>
    public CalendarPolicy Policy { get; }

    /// <summary>This pattern with another calendar policy.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public EnglishDatePattern WithCalendarPolicy(CalendarPolicy policy) => new(Preconditions.CheckNotNull(policy), NumericOrder);

    /// <summary>
    /// How numeric dates such as <c>7/4/1776</c> are read: <see cref="NumericDateOrder.None"/> (the default) refuses
    /// them, because American and British writing put day and month in opposite order; an archive that knows its
    /// order names it with <see cref="WithNumericDateOrder"/>.
    /// </summary>
    public NumericDateOrder NumericOrder { get; }

    /// <summary>
    /// This pattern reading numeric dates (one or two digits, a slash, one or two digits, a slash, a four-digit year:
    /// <c>7/4/1776</c>, <c>07/04/1776</c>) in the given order: <see cref="NumericDateOrder.MonthDayYear"/> reads
    /// <c>7/4/1776</c> as 4 July 1776, as American archives (NYPL's Timetwister) do; <see cref="NumericDateOrder.DayMonthYear"/>
    /// as 7 April 1776. Numeric dates are never written: <see cref="Format"/> writes the month's name.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not a defined value.</exception>
    public EnglishDatePattern WithNumericDateOrder(NumericDateOrder order)
    {
        Preconditions.CheckArgumentRange((int)order, (int)NumericDateOrder.None, (int)NumericDateOrder.DayMonthYear, nameof(order));
        return new(Policy, order);
    }

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
        TryParseFull(text, out HistoricalDate value, out EnglishDateError error)
            ? ParseResult<HistoricalDate>.ForValue(value.WithText(text))
            : ParseResult<HistoricalDate>.ForError(error.ToParseError(text));

    /// <inheritdoc />
    public ParseResult<HistoricalDate> Parse(ReadOnlySpan<char> text)
    {
        HistoricalDate value;
        EnglishDateError error = default;
        return EnglishDateFastPath.TryParse(text, null, Policy, out value) || TryParseFull(text, out value, out error)
            ? ParseResult<HistoricalDate>.ForValue(value.WithText(text.ToString()))
            : ParseResult<HistoricalDate>.ForError(error.ToParseError(text));
    }

    /// <inheritdoc />
    /// <remarks>The value has no <see cref="HistoricalDate.Text"/>, so that nothing is allocated.</remarks>
    public bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value) =>
        EnglishDateFastPath.TryParse(text, null, Policy, out value) || TryParseFull(text, out value, out _);

    private bool TryParseFull(ReadOnlySpan<char> text, out HistoricalDate value, out EnglishDateError error) =>
        NumericOrder == NumericDateOrder.None
            ? EnglishDateParser.TryParseFull(text, Policy, out value, out error)
            : EnglishDateParser.TryParseFull(text, Policy, NumericOrder, out value, out error);

    /// <summary>
    /// Reads a list of dates that all hold, as <see cref="HistoricalDateSetKind.AllOf"/> (EDTF <c>{…}</c>):
    /// <c>1776, 1789, 1812</c>; <c>July 4 and 5, 1776</c>; <c>4 &amp; 5 July 1776</c>; <c>July and August 1776</c>;
    /// <c>July 1776 - August 1789, 1812 - 1820, 1900</c>. Members are dates and ranges as <see cref="Parse(string)"/>
    /// reads them; two joined by <c>and</c> or <c>&amp;</c> share the month and year the second writes, as the ends of
    /// a range do. Text that is one date gives a set of that one member.
    /// </summary>
    /// <remarks>
    /// A comma separates members only where the text cannot be read otherwise: <c>July 4, 1776</c> is one date.
    /// A member that is a number of one or two digits (<c>4, 5 July 1776</c>, <c>1776 and 4</c>: a day or a
    /// year?), one of two dates, or a date with an unknown end (<c>before 1776</c>) is an error with its column, as is
    /// a list of three or more joined by <c>and</c> alone (write commas), and a list of more than <see cref="MaxTokens"/>
    /// words, numbers and signs. <see cref="Parse(string)"/> refuses lists,
    /// since a list is not one date. The string itself becomes the set's <see cref="HistoricalDateSet.Text"/>; a set
    /// is written with <see cref="HistoricalDateSet.ToEdtfString"/>. See docs/dates.md, "Lists".
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<HistoricalDateSet> ParseSet(string text)
    {
        Preconditions.CheckNotNull(text);
        return ParseSetFully(text, text);
    }

    /// <summary>Reads a list of dates from a span; see <see cref="ParseSet(string)"/>. The text is copied into the set.</summary>
    public ParseResult<HistoricalDateSet> ParseSet(ReadOnlySpan<char> text) => ParseSetFully(text, null);

    private ParseResult<HistoricalDateSet> ParseSetFully(ReadOnlySpan<char> span, string? text)
    {
        var members = new List<HistoricalDate>();
        if (!EnglishDateParser.TryParseList(span, Policy, NumericOrder, members, out EnglishDateError error))
        {
            return ParseResult<HistoricalDateSet>.ForError(error.ToParseError(span));
        }
        HistoricalDate[] array = members.ToArray();
        if (HistoricalDateSet.Check(array) is string problem)
        {
            // Two members open at the same end (1776 -, 1789 -): not a set EDTF can write.
            return ParseResult<HistoricalDateSet>.ForError(new ParseError(new TextPosition(1, 1), Messages.Quote(span), problem));
        }
        return ParseResult<HistoricalDateSet>.ForValue(HistoricalDateSet.FromChecked(HistoricalDateSetKind.AllOf, array, text ?? span.ToString()));
    }

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

/// <summary>How <see cref="EnglishDatePattern"/> reads a numeric date such as <c>7/4/1776</c>.</summary>
public enum NumericDateOrder : byte
{
    /// <summary>Numeric dates are refused (the default): <c>7/4/1776</c> is 4 July in American and 7 April in British writing.</summary>
    None = 0,

    /// <summary>Month, day, year, as American writing has it: <c>7/4/1776</c> is 4 July 1776.</summary>
    MonthDayYear = 1,

    /// <summary>Day, month, year, as British and most European writing has it: <c>7/4/1776</c> is 7 April 1776.</summary>
    DayMonthYear = 2,
}
