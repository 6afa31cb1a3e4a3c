using System.Globalization;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// Reads and writes EDTF, the Extended Date/Time Format of ISO 8601-2. Immutable.
/// </summary>
/// <remarks>PROVISIONAL: the foundation writes years, months and days; issue #3 completes the pattern.</remarks>
public sealed class EdtfPattern : IHistoricalDatePattern
{
    private EdtfPattern(CalendarPolicy policy) => Policy = policy;

    /// <summary>The pattern with the encyclopedic calendar policy.</summary>
    public static EdtfPattern Default { get; } = new(CalendarPolicy.Encyclopedic);

    /// <summary>The policy that picks the calendar of dates read (EDTF names no calendar).</summary>
    public CalendarPolicy Policy { get; }

    /// <summary>This pattern with another calendar policy.</summary>
    public EdtfPattern WithCalendarPolicy(CalendarPolicy policy) => new(Preconditions.CheckNotNull(policy));

    /// <inheritdoc />
    public ParseResult<HistoricalDate> Parse(string text) => Parse(Preconditions.CheckNotNull(text).AsSpan());

    /// <inheritdoc />
    public ParseResult<HistoricalDate> Parse(ReadOnlySpan<char> text) =>
        ParseResult<HistoricalDate>.ForError(new ParseError(new TextPosition(1, 1), Messages.Quote(text), "EDTF (not yet implemented)"));

    /// <inheritdoc />
    public bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value)
    {
        value = default;
        return false;
    }

    /// <inheritdoc />
    public string Format(HistoricalDate value)
    {
        int year = value.Year;
        string y = year < 0 ? "-" + (-year).ToString("D4", CultureInfo.InvariantCulture) : year.ToString("D4", CultureInfo.InvariantCulture);
        return value.Precision switch
        {
            DatePrecision.Day => FormattableString.Invariant($"{y}-{value.Month:D2}-{value.Day:D2}"),
            DatePrecision.Month => FormattableString.Invariant($"{y}-{value.Month:D2}"),
            _ => y,
        };
    }
}
