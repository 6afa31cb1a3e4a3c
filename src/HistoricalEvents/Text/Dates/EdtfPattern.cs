using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// Reads and writes EDTF, the Extended Date/Time Format of ISO 8601-2, levels 0, 1 and 2, with years from
/// -500,000,000 to 500,000,000 (<c>Y-170000002</c>): exponents and significant digits (<c>Y-17E7</c>,
/// <c>1950S2</c>), seasons 25–41, unspecified digits anywhere (<c>156X-12-25</c>), qualified components
/// (<c>?2004-06-~11</c>), one-of sets of two dates, and with <see cref="ParseSet(string)"/> sets of any size with
/// ranges. Immutable and thread-safe.
/// See <c>docs/edtf.md</c> for what is read, what is rejected and the canonical output.
/// </summary>
/// <remarks>
/// <para>
/// A day written in EDTF is an ISO (proleptic Gregorian) day, as ISO 8601-2 and every other EDTF tool read it:
/// <c>1066-10-20</c> is Julian 14 October 1066, and a Julian day is written as its Gregorian day. Months, seasons,
/// years and wider spans take the calendar of the pattern's <see cref="Policy"/> (Julian before 1582 by default),
/// so <c>1066</c> is the year historians mean: the calendar matters only at day precision. Data that writes Julian
/// days in EDTF syntax is read with <see cref="WithDayCalendarPolicy"/>.
/// </para>
/// <para>
/// Years are astronomical: <c>0000</c> is 1 BC, <c>-0043</c> is 44 BC, <c>-9999</c> and <c>Y-10000</c> lie in
/// prehistory (years beyond -9998..9999 have no days: see <see cref="HistoricalDate.HasDayBounds"/>). Dates and
/// times (<c>1985-04-12T23:20:30Z</c>) are read as the day written; the time of day is checked and not kept. A day,
/// month or season must lie within -9998-01-01 to 9999-12-31 on the proleptic Gregorian axis.
/// </para>
/// </remarks>
public sealed class EdtfPattern : IHistoricalDatePattern
{
    private EdtfPattern(CalendarPolicy policy, CalendarPolicy dayPolicy)
    {
        Policy = policy;
        DayPolicy = dayPolicy;
    }

    /// <summary>
    /// The pattern with the encyclopedic calendar policy for months, seasons, years and wider, and ISO (proleptic
    /// Gregorian) days, as ISO 8601-2 and every other EDTF reader have them.
    /// </summary>
    public static EdtfPattern Default { get; } = new(CalendarPolicy.Encyclopedic, CalendarPolicy.ProlepticGregorian);

    /// <summary>
    /// The policy that picks the calendar of months, seasons, years and wider spans read (EDTF names no calendar):
    /// Julian before 1582 by default, so <c>1066</c> is the year historians mean. Days follow <see cref="DayPolicy"/>.
    /// </summary>
    public CalendarPolicy Policy { get; }

    /// <summary>
    /// The policy that picks the calendar of days read and written: <see cref="CalendarPolicy.ProlepticGregorian"/>
    /// by default, so <c>1066-10-20</c> is the ISO day (Julian 14 October 1066) whatever <see cref="Policy"/> is, and
    /// a Julian day is written as its Gregorian day. Only readers of data that writes Julian days in EDTF syntax
    /// change it (<see cref="WithDayCalendarPolicy"/>).
    /// </summary>
    public CalendarPolicy DayPolicy { get; }

    /// <summary>This pattern with another calendar policy for months, seasons, years and wider; days keep <see cref="DayPolicy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public EdtfPattern WithCalendarPolicy(CalendarPolicy policy) => new(Preconditions.CheckNotNull(policy), DayPolicy);

    /// <summary>
    /// This pattern with another calendar policy for days: an explicit opt-in for data that writes Julian days in
    /// EDTF syntax (<c>WithDayCalendarPolicy(CalendarPolicy.Encyclopedic)</c> reads <c>1066-10-14</c> as Julian
    /// 14 October 1066). Such text is not EDTF as other tools read it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public EdtfPattern WithDayCalendarPolicy(CalendarPolicy policy) => new(Policy, Preconditions.CheckNotNull(policy));

    /// <inheritdoc />
    /// <remarks>The string itself becomes the value's <see cref="HistoricalDate.Text"/>; it is not copied.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]   // builds the result in the caller's buffer: fewer copies of it
    public ParseResult<HistoricalDate> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return EdtfReader.TryReadPlainDay(text, DayPolicy, text, out HistoricalDate value)
            ? ParseResult<HistoricalDate>.ForValue(value)
            : ParseFully(text, text);
    }

    /// <inheritdoc />
    public ParseResult<HistoricalDate> Parse(ReadOnlySpan<char> text) => ParseFully(text, null);

    /// <inheritdoc />
    /// <remarks>Allocates nothing, except for an EDTF level 2 date with unspecified digits inside or qualified
    /// components (<c>156X-12-25</c>, <c>?2004-06</c>), whose marks are kept in one small object; the value read has no
    /// <see cref="HistoricalDate.Text"/>.</remarks>
    public bool TryParse(ReadOnlySpan<char> text, out HistoricalDate value) =>
        EdtfReader.TryReadPlainDay(text, DayPolicy, out value) || TryParseFully(text, out value);

    // The full reader lives in its own frames so the plain-day fast path does not pay for its state.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryParseFully(ReadOnlySpan<char> text, out HistoricalDate value) => new EdtfReader(text, Policy, DayPolicy).TryRead(null, out value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ParseResult<HistoricalDate> ParseFully(ReadOnlySpan<char> span, string? text)
    {
        var reader = new EdtfReader(span, Policy, DayPolicy);
        if (!reader.TryRead(text, out HistoricalDate value))
        {
            return ParseResult<HistoricalDate>.ForError(reader.ToParseError());
        }
        return ParseResult<HistoricalDate>.ForValue(text is null ? value.WithText(span.ToString()) : value);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Every value can be written, and every value this pattern reads is written as text that reads back equal.
    /// Decades and centuries that X digits name exactly are written with them (<c>192X</c>, <c>-201X</c>, the 5th
    /// century BC as <c>-04XX</c>). Spans EDTF cannot name as one date are written as intervals of years (the 19th
    /// century as <c>1801/1900</c>, the 490s BC as <c>-0498/-0489</c>, the early 1960s as <c>1960/1963</c>),
    /// which read back as intervals with the same bounds. A day in the calendar the policy would not give it (a
    /// dual-dated or Old Style date) is written as the same day in the other calendar.
    /// </remarks>
    public string Format(HistoricalDate value)
    {
        var writer = new EdtfWriter(stackalloc char[EdtfWriter.MaxLength], DayPolicy);
        writer.Write(value);
        return new string(writer.Written);
    }

    /// <summary>
    /// Reads an EDTF level 2 set of any number of dates: one of them (<c>[1667,1668,1670..1672]</c>,
    /// <c>[..1760-12-03]</c>, <c>[1760-01,1760-02,1760-12..]</c>) or all of them (<c>{1960,1961-12}</c>,
    /// <c>{1667,1668,1670..1672}</c>). Members are dates as <see cref="Parse(string)"/> reads them (days are ISO
    /// days, the rest follows <see cref="Policy"/>), without times of day; ranges are read as intervals.
    /// </summary>
    /// <remarks>The string itself becomes the set's <see cref="HistoricalDateSet.Text"/>. A set of two single dates
    /// <c>[1667,1668]</c> is also a <see cref="HistoricalDate"/> of kind <see cref="HistoricalDateKind.OneOf"/>,
    /// which <see cref="Parse(string)"/> reads; any other set is read only here.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<HistoricalDateSet> ParseSet(string text)
    {
        Preconditions.CheckNotNull(text);
        return ParseSetFully(text, text);
    }

    /// <summary>Reads an EDTF set from a span; see <see cref="ParseSet(string)"/>. The text is copied into the set.</summary>
    public ParseResult<HistoricalDateSet> ParseSet(ReadOnlySpan<char> text) => ParseSetFully(text, null);

    private ParseResult<HistoricalDateSet> ParseSetFully(ReadOnlySpan<char> span, string? text)
    {
        var reader = new EdtfReader(span, Policy, DayPolicy);
        if (!reader.TryReadDateSet(text ?? span.ToString(), out HistoricalDateSet? set))
        {
            return ParseResult<HistoricalDateSet>.ForError(reader.ToParseError());
        }
        return ParseResult<HistoricalDateSet>.ForValue(set!);
    }

    /// <summary>
    /// Writes a set as EDTF: <c>[…]</c> or <c>{…}</c> with the members in the set's canonical order; intervals as
    /// ranges (<c>1670..1672</c>, <c>..1760-12-03</c>, <c>1760-12..</c>). Every set <see cref="ParseSet(string)"/>
    /// reads is written as text that reads back equal; a member built in code that EDTF cannot name as one date (the
    /// 19th century) is written as the range of its years (<c>1801..1900</c>), which reads back as an interval.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public string FormatSet(HistoricalDateSet value)
    {
        Preconditions.CheckNotNull(value);
        int length = EdtfWriter.SetLength(value.Members.Length);
        var writer = new EdtfWriter(length <= 1024 ? stackalloc char[length] : new char[length], DayPolicy);
        writer.WriteSet(value);
        return new string(writer.Written);
    }

    /// <summary>Writes a date as EDTF into <paramref name="destination"/>, allocating nothing.</summary>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short (64 characters always suffice).</returns>
    public bool TryFormat(HistoricalDate value, Span<char> destination, out int charsWritten)
    {
        var writer = new EdtfWriter(stackalloc char[EdtfWriter.MaxLength], DayPolicy);
        writer.Write(value);
        charsWritten = 0;
        if (!writer.Written.TryCopyTo(destination))
        {
            return false;
        }
        charsWritten = writer.Written.Length;
        return true;
    }
}
