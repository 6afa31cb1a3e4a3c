using HistoricalEvents.Internal;
using HistoricalEvents.Text;
using NodaTime;
using NodaTime.Calendars;

namespace HistoricalEvents;

/// <summary>
/// A date as historians write it: a day, month, season, year, decade, century or millennium, in the Julian or
/// Gregorian calendar, possibly approximate or uncertain; or an interval between two such dates; or one of two
/// alternatives. Immutable and safe to share across threads.
/// </summary>
/// <remarks>
/// <para>
/// Every value has <see cref="Earliest"/> and <see cref="Latest"/> bounds: the first and last day it can mean, as
/// NodaTime ISO dates on one axis (the proleptic Gregorian calendar with astronomical years, so 44 BC is year -43).
/// Any two values can therefore be compared, whatever calendar or precision they were written in. Qualifiers
/// (approximate, uncertain) are kept but do not widen the bounds.
/// </para>
/// <para>
/// The fields a date was written with (<see cref="Year"/>, <see cref="Month"/>, <see cref="Day"/>) are kept in its
/// own <see cref="Calendar"/>: the Ides of March 44 BC is Julian year -43, month 3, day 15, with bounds
/// -0043-03-13 on the Gregorian axis.
/// </para>
/// <para>
/// Order (<see cref="CompareTo(HistoricalDate)"/>): by earliest bound, then by latest bound, so <c>1985-01</c> sorts
/// before <c>1985</c>, which sorts before <c>1985-04</c>; remaining ties are broken by a fixed order of the other
/// fields, so the order is total and agrees with equality. Equality compares the value, not <see cref="Text"/>:
/// <c>April 28, 1920</c> equals <c>28 April 1920</c>.
/// </para>
/// <para>
/// The default value is 1 January AD 1 in the Gregorian calendar, at day precision.
/// </para>
/// </remarks>
public readonly partial struct HistoricalDate : IEquatable<HistoricalDate>, IComparable<HistoricalDate>, IComparable
{
    private const int KindMask = 0b11;
    private const int StartEndShift = 2;
    private const int EndEndShift = 4;

    private readonly DateFields _start;
    private readonly DateFields _end;
    private readonly int _earliest;
    private readonly int _latest;
    private readonly byte _shape;
    // The text read (a string), or for a date EDTF level 2 wrote with unspecified digits inside or qualified
    // components, a DateDetail with those marks and the text: one reference either way, so the value stays 32 bytes.
    private readonly object? _extra;

    private HistoricalDate(in DateFields start, in DateFields end, byte shape, int earliest, int latest, object? extra)
    {
        _start = start;
        _end = end;
        _shape = shape;
        _earliest = earliest;
        _latest = latest;
        _extra = extra;
    }

    /// <summary>The level 2 marks of the start (or of the only date, or of the first alternative); 0 for most dates.</summary>
    internal uint StartMarks => _extra is DateDetail detail ? detail.StartMarks : 0;

    /// <summary>The level 2 marks of the end of an interval, or of the second alternative.</summary>
    internal uint EndMarks => _extra is DateDetail detail ? detail.EndMarks : 0;

    private uint HeadMarks => StartEnd == IntervalEnd.Known ? StartMarks : EndMarks;

    // The extra reference for these marks and this text.
    private static object? Extra(uint startMarks, uint endMarks, string? text) =>
        (startMarks | endMarks) == 0 ? text : new DateDetail(startMarks, endMarks, text);

    /// <summary>Whether this is a single date, an interval or one of two alternatives.</summary>
    public HistoricalDateKind Kind => (HistoricalDateKind)(_shape & KindMask);

    /// <summary>How the start of an interval is known; <see cref="IntervalEnd.Known"/> for single dates and alternatives.</summary>
    public IntervalEnd StartEnd => (IntervalEnd)((_shape >> StartEndShift) & 0b11);

    /// <summary>How the end of an interval is known; <see cref="IntervalEnd.Known"/> for single dates and alternatives.</summary>
    public IntervalEnd EndEnd => (IntervalEnd)((_shape >> EndEndShift) & 0b11);

    /// <summary>The first day this date can mean, on the proleptic Gregorian (ISO) axis.</summary>
    /// <remarks>An open or unknown start gives -9998-01-01, the first day NodaTime holds (the start itself lies
    /// beyond every year; see <see cref="EarliestYear"/>).</remarks>
    /// <exception cref="InvalidOperationException">The date starts in a year beyond -9998..9999, which has no days
    /// (<see cref="HasDayBounds"/> is <see langword="false"/>): use <see cref="EarliestYear"/>.</exception>
    public LocalDate Earliest => BoundDate(_earliest, StartEnd);

    /// <summary>The last day this date can mean, on the proleptic Gregorian (ISO) axis.</summary>
    /// <remarks>An open or unknown end gives 9999-12-31, the last day NodaTime holds.</remarks>
    /// <exception cref="InvalidOperationException">The date ends in a year beyond -9998..9999, which has no days
    /// (<see cref="HasDayBounds"/> is <see langword="false"/>): use <see cref="LatestYear"/>.</exception>
    public LocalDate Latest => BoundDate(_latest, EndEnd);

    /// <summary>
    /// Whether <see cref="Earliest"/> and <see cref="Latest"/> are days: <see langword="false"/> when a bound is a
    /// year of prehistory (before -9998, such as <c>10,000 BC</c> or EDTF <c>Y-170000002</c>) or of the far future
    /// (after 9999), which NodaTime's <see cref="LocalDate"/> cannot hold. Such dates still order and relate with
    /// every other date; their bounds are <see cref="EarliestYear"/> and <see cref="LatestYear"/>.
    /// </summary>
    public bool HasDayBounds =>
        (DayNumbers.IsDay(_earliest) || StartEnd != IntervalEnd.Known) && (DayNumbers.IsDay(_latest) || EndEnd != IntervalEnd.Known);

    /// <summary>
    /// The astronomical year (proleptic Gregorian, 1 BC is 0) of the first day this date can mean; for a year
    /// beyond -9998..9999 the year itself. An open or unknown start gives -500,000,000, the start of the axis.
    /// </summary>
    public long EarliestYear => DayNumbers.YearOf(_earliest);

    /// <summary>
    /// The astronomical year (proleptic Gregorian) of the last day this date can mean; for a year beyond
    /// -9998..9999 the year itself. An open or unknown end gives 500,000,000, the end of the axis.
    /// </summary>
    public long LatestYear => DayNumbers.YearOf(_latest);

    private static LocalDate BoundDate(int value, IntervalEnd end)
    {
        if (DayNumbers.IsDay(value))
        {
            return DayNumbers.ToLocalDate(value);
        }
        if (end != IntervalEnd.Known && (value == DayNumbers.AxisMin || value == DayNumbers.AxisMax))
        {
            return value < 0 ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;
        }
        throw new InvalidOperationException(Messages.NoDayBounds(DayNumbers.YearOf(value)));
    }

    /// <summary>Earliest bound as a day number (day 0 is 0001-01-01 Gregorian); what indexes sort on.</summary>
    internal int EarliestDay => _earliest;

    /// <summary>Latest bound as a day number (day 0 is 0001-01-01 Gregorian).</summary>
    internal int LatestDay => _latest;

    /// <summary>The precision the date (or the start of an interval, or the first alternative) was written with.</summary>
    public DatePrecision Precision => Head.Precision;

    /// <summary>The calendar the date (or the start of an interval) was written in.</summary>
    public HistoricalCalendar Calendar => Head.Calendar;

    /// <summary>The NodaTime calendar system of <see cref="Calendar"/>: <see cref="CalendarSystem.Julian"/> or <see cref="CalendarSystem.Gregorian"/>.</summary>
    public CalendarSystem CalendarSystem => Head.IsJulian ? CalendarSystem.Julian : CalendarSystem.Gregorian;

    /// <summary>
    /// The astronomical year as written (1 BC is 0, 44 BC is -43), in <see cref="Calendar"/>; for a decade, century or
    /// millennium, its first year (1801 for the 19th century, 1920 for the 1920s).
    /// </summary>
    public int Year => Head.Year;

    /// <summary>The era of <see cref="Year"/>: <see cref="Era.BeforeCommon"/> (BC) or <see cref="Era.Common"/> (AD).</summary>
    public Era Era => Head.Year <= 0 ? Era.BeforeCommon : Era.Common;

    /// <summary>The year within its era: 44 for 44 BC, 1991 for AD 1991.</summary>
    public int YearOfEra => Head.Year <= 0 ? 1 - Head.Year : Head.Year;

    /// <summary>The month as written (1–12) for day and month precision; otherwise <see langword="null"/>.</summary>
    public int? Month => Head.Precision <= DatePrecision.Month ? Head.Month : null;

    /// <summary>The day of month as written for day precision; otherwise <see langword="null"/>.</summary>
    public int? Day => Head.Precision == DatePrecision.Day ? Head.Day : null;

    /// <summary>The EDTF season or sub-year code (21 spring … 24 winter; 25–41 in EDTF level 2) for season precision; otherwise <see langword="null"/>.</summary>
    public int? Season => Head.Precision == DatePrecision.Season ? Head.Month : null;

    /// <summary>The part of the span (early, mid, late) the date names, if any.</summary>
    public SpanPart Part => Head.Part;

    /// <summary>Approximate and uncertain qualifiers of the date (or of either end of an interval).</summary>
    /// <remarks>Includes the qualifiers of single components written in EDTF level 2 (<c>?2004-06-11</c> is uncertain);
    /// see <see cref="YearQualifiers"/>, <see cref="MonthQualifiers"/>, <see cref="DayQualifiers"/>.</remarks>
    public DateQualifiers Qualifiers =>
        (DateQualifiers)((byte)_start.Qualifiers | (byte)_end.Qualifiers) | DateMarks.AllQualifiers(StartMarks) | DateMarks.AllQualifiers(EndMarks);

    /// <summary>
    /// The qualifiers of the year of the date (or of the start of an interval): those of the whole date, and those
    /// EDTF level 2 puts on the year alone (<c>?2004-06-11</c>, <c>2004?-06-11</c>).
    /// </summary>
    public DateQualifiers YearQualifiers => Head.Qualifiers | DateMarks.QualifiersOf(HeadMarks, DateMarks.YearQualifierShift);

    /// <summary>The qualifiers of the month (<c>2004-?06-11</c>, <c>2004-06~-11</c>), with those of the whole date; <see cref="DateQualifiers.None"/> without a month.</summary>
    public DateQualifiers MonthQualifiers => Head.Precision <= DatePrecision.Season
        ? Head.Qualifiers | DateMarks.QualifiersOf(HeadMarks, DateMarks.MonthQualifierShift)
        : DateQualifiers.None;

    /// <summary>The qualifiers of the day (<c>2004-06-~11</c>), with those of the whole date; <see cref="DateQualifiers.None"/> without a day.</summary>
    public DateQualifiers DayQualifiers => Head.Precision == DatePrecision.Day
        ? Head.Qualifiers | DateMarks.QualifiersOf(HeadMarks, DateMarks.DayQualifierShift)
        : DateQualifiers.None;

    /// <summary>Whether the date was written as approximate (<c>c. 1200</c>, <c>1200~</c>).</summary>
    public bool IsApproximate => (Qualifiers & DateQualifiers.Approximate) != 0;

    /// <summary>Whether the date was written as uncertain (<c>1200?</c>).</summary>
    public bool IsUncertain => (Qualifiers & DateQualifiers.Uncertain) != 0;

    /// <summary>Whether the date was written in both calendars: <c>November 7 [O.S. October 25], 1917</c>.</summary>
    public bool IsDualDated => (Head.Flags & DateFieldFlags.DualDated) != 0;

    /// <summary>Whether the date was written with EDTF unspecified digits at its precision (<c>1985-04-XX</c>).</summary>
    /// <remarks>Also for EDTF level 2 digits anywhere (<c>156X-12-25</c>, <c>1XXX</c>, <c>XXXX-12</c>): the fields then
    /// hold the earliest possible value, <see cref="Earliest"/> and <see cref="Latest"/> the least and greatest the
    /// digits allow, and the EDTF writer writes the X digits back where they were.</remarks>
    public bool HasUnspecifiedDigits => (Head.Flags & DateFieldFlags.UnspecifiedDigits) != 0 || DateMarks.HasDigits(HeadMarks);

    /// <summary>The text the date was read from, or <see langword="null"/> for a date built in code. Not part of equality.</summary>
    public string? Text => _extra is DateDetail detail ? detail.Text : (string?)_extra;

    /// <summary>The reading relations use unless told otherwise: a span for intervals, a moment otherwise.</summary>
    public DateReading NaturalReading => Kind == HistoricalDateKind.Interval ? DateReading.Span : DateReading.Moment;

    /// <summary>
    /// The month and day as written, for "on this day" matching (the Ides of March 44 BC gives 15 March, though its
    /// Gregorian bound is 13 March); <see langword="null"/> unless this is a single date at day precision.
    /// </summary>
    /// <remarks>29 February gives an <see cref="NodaTime.AnnualDate"/> of 29 February, which NodaTime allows.</remarks>
    public AnnualDate? AnnualDate =>
        Kind == HistoricalDateKind.Single && _start.Precision == DatePrecision.Day ? new AnnualDate(_start.Month, _start.Day) : null;

    /// <summary>
    /// The start of an interval, or the first of two alternatives, as a single date; a single date returns itself
    /// (without its text).
    /// </summary>
    /// <exception cref="InvalidOperationException">The interval's start is open or unknown.</exception>
    public HistoricalDate Start => EndpointOf(_start, StartMarks, StartEnd);

    /// <summary>The end of an interval, or the second of two alternatives, as a single date; a single date returns itself (without its text).</summary>
    /// <exception cref="InvalidOperationException">The interval's end is open or unknown.</exception>
    public HistoricalDate End => EndpointOf(_end, EndMarks, EndEnd);

    // The fields that describe the date as a whole: the start, or the end for an interval open at the start.
    private DateFields Head => StartEnd == IntervalEnd.Known ? _start : _end;

    internal DateFields StartFields => _start;

    internal DateFields EndFields => _end;

    private static HistoricalDate EndpointOf(in DateFields fields, uint marks, IntervalEnd end)
    {
        if (end != IntervalEnd.Known)
        {
            throw new InvalidOperationException(Messages.IntervalEndNotKnown(end));
        }
        DateMarks.TryGetBounds(fields, marks, out int earliest, out int latest);
        return new HistoricalDate(fields, fields, 0, earliest, latest, Extra(marks, marks, null));
    }

    /// <summary>Returns a copy of this date carrying the given source text (as parsers keep it).</summary>
    public HistoricalDate WithText(string? text) => new(_start, _end, _shape, _earliest, _latest, Extra(StartMarks, EndMarks, text));

    /// <summary>Returns a copy with the given qualifiers on the date (on both ends of an interval), in place of any on single components.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifiers"/> is not one of the defined values.</exception>
    public HistoricalDate WithQualifiers(DateQualifiers qualifiers)
    {
        Preconditions.CheckArgumentRange((int)qualifiers, (int)DateQualifiers.None, (int)DateQualifiers.ApproximateAndUncertain, nameof(qualifiers));
        return new(_start.With(qualifiers), _end.With(qualifiers), _shape, _earliest, _latest,
            Extra(StartMarks & ~DateMarks.Qualifiers, EndMarks & ~DateMarks.Qualifiers, Text));
    }

    /// <summary>
    /// This date with every day (of a single date, of each end of an interval, of each alternative) written in
    /// <paramref name="calendar"/>: the same days, so the same bounds, with the fields of the other calendar. Months
    /// and wider spans are kept as they are. What reading EDTF (whose days are ISO days) with a calendar needs.
    /// </summary>
    internal HistoricalDate WithDaysIn(HistoricalCalendar calendar) =>
        new(StartEnd == IntervalEnd.Known && !DateMarks.HasDigits(StartMarks) ? DayIn(_start, calendar) : _start,
            EndEnd == IntervalEnd.Known && !DateMarks.HasDigits(EndMarks) ? DayIn(_end, calendar) : _end,
            _shape, _earliest, _latest, _extra);

    private static DateFields DayIn(in DateFields fields, HistoricalCalendar calendar)
    {
        if (fields.Precision != DatePrecision.Day || fields.Calendar == calendar ||
            fields.TryGetBounds(out int day, out _) != DateFieldsError.None)
        {
            return fields;
        }
        int year, month, dayOfMonth;
        if (calendar == HistoricalCalendar.Julian)
        {
            DayNumbers.ToJulian(day, out year, out month, out dayOfMonth);
        }
        else
        {
            DayNumbers.ToGregorian(day, out year, out month, out dayOfMonth);
        }
        return new DateFields(year, month, dayOfMonth, DatePrecision.Day, calendar, fields.Qualifiers, fields.Part, fields.Flags);
    }

    /// <summary>Formats the date in readable English (<c>44 BC</c>, <c>c. 1200</c>, <c>April 28, 1920</c>), which <see cref="Parse(string)"/> reads back.</summary>
    public override string ToString() => HistoricalDatePatterns.English.Format(this);

    /// <summary>Formats the date as EDTF (ISO 8601-2): <c>1920-04-28</c>, <c>-0043</c>, <c>1200~</c>, <c>1914/1918</c>.</summary>
    public string ToEdtfString() => HistoricalDatePatterns.Edtf.Format(this);

    /// <summary>Whether two dates have the same value (fields, calendar, precision, qualifiers, kind); <see cref="Text"/> is not compared.</summary>
    public bool Equals(HistoricalDate other) =>
        _shape == other._shape && _earliest == other._earliest && _latest == other._latest &&
        _start.Equals(other._start) && _end.Equals(other._end) && StartMarks == other.StartMarks && EndMarks == other.EndMarks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HistoricalDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_earliest, _latest, _shape, _start, _end, StartMarks, EndMarks);

    /// <summary>Orders by earliest bound, then latest bound, then a fixed order of the remaining fields.</summary>
    public int CompareTo(HistoricalDate other)
    {
        int c = _earliest.CompareTo(other._earliest);
        if (c != 0) return c;
        if ((c = _latest.CompareTo(other._latest)) != 0) return c;
        if ((c = _shape.CompareTo(other._shape)) != 0) return c;
        if ((c = _start.CompareTo(other._start)) != 0) return c;
        if ((c = _end.CompareTo(other._end)) != 0) return c;
        if ((c = StartMarks.CompareTo(other.StartMarks)) != 0) return c;
        return EndMarks.CompareTo(other.EndMarks);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        HistoricalDate other => CompareTo(other),
        _ => throw new ArgumentException(Messages.WrongComparisonType(nameof(HistoricalDate)), nameof(obj)),
    };

    /// <summary>Equality of value (see <see cref="Equals(HistoricalDate)"/>).</summary>
    public static bool operator ==(HistoricalDate left, HistoricalDate right) => left.Equals(right);

    /// <summary>Inequality of value.</summary>
    public static bool operator !=(HistoricalDate left, HistoricalDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(HistoricalDate left, HistoricalDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(HistoricalDate left, HistoricalDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(HistoricalDate left, HistoricalDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(HistoricalDate left, HistoricalDate right) => left.CompareTo(right) >= 0;

    // ---- Creation -------------------------------------------------------------------------------------------

    /// <summary>Creates a single date from fields, or reports why they do not make one. Never throws.</summary>
    internal static DateFieldsError TryCreate(in DateFields fields, string? text, out HistoricalDate result) =>
        TryCreate(fields, 0, text, out result);

    /// <summary>Creates a single date from fields and EDTF level 2 marks (see <see cref="DateMarks"/>). Never throws.</summary>
    internal static DateFieldsError TryCreate(in DateFields fields, uint marks, string? text, out HistoricalDate result)
    {
        DateFieldsError error = DateMarks.TryGetBounds(fields, marks, out int earliest, out int latest);
        result = error == DateFieldsError.None ? new HistoricalDate(fields, fields, 0, earliest, latest, Extra(marks, marks, text)) : default;
        return error;
    }

    /// <summary>Creates an interval or a pair of alternatives from two ends, or reports why they do not make one. Never throws.</summary>
    internal static DateFieldsError TryCreate(HistoricalDateKind kind, in DateFields start, IntervalEnd startEnd,
        in DateFields end, IntervalEnd endEnd, string? text, out HistoricalDate result) =>
        TryCreate(kind, start, 0, startEnd, end, 0, endEnd, text, out result);

    /// <summary>Creates an interval or a pair of alternatives from two ends with EDTF level 2 marks. Never throws.</summary>
    internal static DateFieldsError TryCreate(HistoricalDateKind kind, in DateFields start, uint startMarks, IntervalEnd startEnd,
        in DateFields end, uint endMarks, IntervalEnd endEnd, string? text, out HistoricalDate result)
    {
        result = default;
        // An open or unknown end reaches the end of the whole axis, past every year of prehistory.
        int earliest = DayNumbers.AxisMin, latest = DayNumbers.AxisMax;
        DateFieldsError error;
        int startLatest = latest, endEarliest = earliest;
        if (startEnd == IntervalEnd.Known && (error = DateMarks.TryGetBounds(start, startMarks, out earliest, out startLatest)) != DateFieldsError.None)
        {
            return error;
        }
        if (endEnd == IntervalEnd.Known && (error = DateMarks.TryGetBounds(end, endMarks, out endEarliest, out latest)) != DateFieldsError.None)
        {
            return error;
        }
        DateFields first = start, second = end;
        uint firstMarks = startMarks, secondMarks = endMarks;
        if (kind == HistoricalDateKind.OneOf)
        {
            // Alternatives are a set of two, kept in the order CompareTo gives single dates, so that
            // "AD 14 or 44 BC" equals "44 BC or AD 14"; either may be the wider one, and the bounds cover both.
            if (startEnd == IntervalEnd.Known && endEnd == IntervalEnd.Known &&
                CompareSingles(endEarliest, latest, end, earliest, startLatest, start) is var order &&
                (order < 0 || (order == 0 && endMarks < startMarks)))
            {
                (first, second) = (end, start);
                (firstMarks, secondMarks) = (endMarks, startMarks);
            }
            earliest = Math.Min(earliest, endEarliest);
            latest = Math.Max(latest, startLatest);
        }
        if (startEnd == IntervalEnd.Known && endEnd == IntervalEnd.Known && latest < earliest)
        {
            return DateFieldsError.EndBeforeStart;
        }
        byte shape = (byte)((byte)kind | ((byte)startEnd << StartEndShift) | ((byte)endEnd << EndEndShift));
        result = new HistoricalDate(startEnd == IntervalEnd.Known ? first : default, endEnd == IntervalEnd.Known ? second : default,
            shape, earliest, latest, Extra(startEnd == IntervalEnd.Known ? firstMarks : 0, endEnd == IntervalEnd.Known ? secondMarks : 0, text));
        return DateFieldsError.None;
    }

    // CompareTo of two single dates given by their bounds and fields.
    private static int CompareSingles(int earliestA, int latestA, in DateFields a, int earliestB, int latestB, in DateFields b)
    {
        int c = earliestA.CompareTo(earliestB);
        if (c != 0) return c;
        return (c = latestA.CompareTo(latestB)) != 0 ? c : a.CompareTo(b);
    }

    private static HistoricalDate CreateOrThrow(in DateFields fields)
    {
        DateFieldsError error = TryCreate(fields, null, out HistoricalDate result);
        return error == DateFieldsError.None ? result : throw new ArgumentOutOfRangeException(null, Messages.InvalidDateFields(error));
    }

    private static HistoricalCalendar CalendarFor(HistoricalCalendar? calendar, int year, int month, int day)
    {
        if (calendar is { } given)
        {
            Preconditions.CheckArgumentRange((int)given, (int)HistoricalCalendar.Gregorian, (int)HistoricalCalendar.Julian, nameof(calendar));
            return given;
        }
        return CalendarPolicy.Encyclopedic.CalendarFor(year, month, day);
    }

    /// <summary>
    /// A day. <paramref name="year"/> is astronomical (44 BC is -43); with no calendar given, the encyclopedic
    /// convention picks one (Julian before 15 October 1582, Gregorian from then on).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that calendar, the day lies outside -9998-01-01 to 9999-12-31 on the proleptic Gregorian axis (as the first Julian days of -9998 and the last of 9999 do), or <paramref name="calendar"/> is not a defined value.</exception>
    public static HistoricalDate FromDay(int year, int month, int day, HistoricalCalendar? calendar = null) =>
        CreateOrThrow(new DateFields(year, month, day, DatePrecision.Day, CalendarFor(calendar, year, month, day)));

    /// <summary>A calendar month; see <see cref="FromDay"/> for years and calendars.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12, the month does not lie wholly within -9998-01-01 to 9999-12-31 on the proleptic Gregorian axis (as the first Julian months of -9998 and the last of 9999 do not), or <paramref name="calendar"/> is not a defined value.</exception>
    public static HistoricalDate FromMonth(int year, int month, HistoricalCalendar? calendar = null) =>
        CreateOrThrow(Fields(year, month, DatePrecision.Month, SpanPart.Whole, calendar));

    /// <summary>
    /// A year; see <see cref="FromDay"/> for years and calendars. With no calendar given, a span that the convention
    /// starts in the Julian calendar and ends in the Gregorian (<c>1582</c>, and likewise the months, decades and
    /// centuries of <see cref="FromMonth"/> and <see cref="FromSpan"/>) ends on its last Gregorian day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year does not lie wholly within -9998-01-01 to 9999-12-31 on the proleptic Gregorian axis (outside -9998 to 9999, or Julian -9998 or 9999), or <paramref name="calendar"/> is not a defined value.</exception>
    public static HistoricalDate FromYear(int year, HistoricalCalendar? calendar = null) =>
        CreateOrThrow(Fields(year, 1, DatePrecision.Year, SpanPart.Whole, calendar));

    /// <summary>
    /// A span of years at decade, century or millennium precision starting at <paramref name="firstYear"/>
    /// (1920 for the 1920s, 1801 for the 19th century, -499 for the 5th century BC).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The precision is finer than a decade, the span does not lie wholly within -9998-01-01 to 9999-12-31 on the proleptic Gregorian axis, or <paramref name="part"/> or <paramref name="calendar"/> is not a defined value.</exception>
    public static HistoricalDate FromSpan(int firstYear, DatePrecision precision, SpanPart part = SpanPart.Whole, HistoricalCalendar? calendar = null)
    {
        Preconditions.CheckArgumentRange((int)precision, (int)DatePrecision.Decade, (int)DatePrecision.Millennium, nameof(precision));
        Preconditions.CheckArgumentRange((int)part, (int)SpanPart.Whole, (int)SpanPart.Late, nameof(part));
        return CreateOrThrow(Fields(firstYear, 1, precision, part, calendar));
    }

    // A span in the calendar given, or, with none, unmarked under the encyclopedic policy (so 1582 ends on a Gregorian day).
    private static DateFields Fields(int year, int month, DatePrecision precision, SpanPart part, HistoricalCalendar? calendar) =>
        calendar is null
            ? DateFields.Unmarked(year, month, 1, precision, CalendarPolicy.Encyclopedic, part: part)
            : new DateFields(year, month, 1, precision, CalendarFor(calendar, year, month, 1), part: part);

    /// <summary>The day a NodaTime date names, in its calendar (Julian, or Gregorian/ISO).</summary>
    /// <exception cref="ArgumentException">The date is in a calendar other than Julian, Gregorian or ISO.</exception>
    public static HistoricalDate FromLocalDate(LocalDate date)
    {
        HistoricalCalendar calendar = date.Calendar == CalendarSystem.Julian ? HistoricalCalendar.Julian
            : date.Calendar == CalendarSystem.Gregorian || date.Calendar == CalendarSystem.Iso ? HistoricalCalendar.Gregorian
            : throw new ArgumentException(Messages.UnsupportedCalendar(date.Calendar.Id), nameof(date));
        return FromDay(date.Year, date.Month, date.Day, calendar);
    }

    /// <summary>An interval from <paramref name="start"/> to <paramref name="end"/> (single dates; intervals give their outer ends).</summary>
    /// <exception cref="ArgumentException">The end lies wholly before the start.</exception>
    public static HistoricalDate Interval(HistoricalDate start, HistoricalDate end) =>
        Combine(HistoricalDateKind.Interval, start, end);

    /// <summary>An interval open at the start (EDTF <c>../1985</c>) or whose start is unknown (<c>/1985</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="startEnd"/> is <see cref="IntervalEnd.Known"/>.</exception>
    public static HistoricalDate IntervalTo(HistoricalDate end, IntervalEnd startEnd = IntervalEnd.Open)
    {
        Preconditions.CheckArgument(startEnd != IntervalEnd.Known, Messages.IntervalEndMustNotBeKnown, nameof(startEnd));
        return Build(HistoricalDateKind.Interval, default, 0, startEnd, end._end, end.EndMarks, IntervalEnd.Known);
    }

    /// <summary>An interval open at the end (EDTF <c>1985/..</c>, ongoing) or whose end is unknown (<c>1985/</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="endEnd"/> is <see cref="IntervalEnd.Known"/>.</exception>
    public static HistoricalDate IntervalFrom(HistoricalDate start, IntervalEnd endEnd = IntervalEnd.Open)
    {
        Preconditions.CheckArgument(endEnd != IntervalEnd.Known, Messages.IntervalEndMustNotBeKnown, nameof(endEnd));
        return Build(HistoricalDateKind.Interval, start._start, start.StartMarks, IntervalEnd.Known, default, 0, endEnd);
    }

    /// <summary>
    /// One of two alternatives: <c>404 or 403 BC</c>. The two are a set: they are kept earlier first (in the order
    /// of <see cref="CompareTo(HistoricalDate)"/>), so <c>OneOf(a, b)</c> equals <c>OneOf(b, a)</c>, and
    /// <see cref="Start"/> is the earlier.
    /// </summary>
    public static HistoricalDate OneOf(HistoricalDate first, HistoricalDate second) =>
        Combine(HistoricalDateKind.OneOf, first, second);

    private static HistoricalDate Combine(HistoricalDateKind kind, HistoricalDate start, HistoricalDate end) =>
        Build(kind, start._start, start.StartMarks, start.StartEnd, end._end, end.EndMarks, end.EndEnd);

    private static HistoricalDate Build(HistoricalDateKind kind, in DateFields start, uint startMarks, IntervalEnd startEnd,
        in DateFields end, uint endMarks, IntervalEnd endEnd)
    {
        DateFieldsError error = TryCreate(kind, start, startMarks, startEnd, end, endMarks, endEnd, null, out HistoricalDate result);
        return error == DateFieldsError.None ? result : throw new ArgumentException(Messages.InvalidDateFields(error));
    }
}
