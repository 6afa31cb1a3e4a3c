namespace HistoricalEvents;

/// <summary>How finely a <see cref="HistoricalDate"/> was written, from a single day to a millennium.</summary>
/// <remarks>Ordered from finest to coarsest, so precisions can be compared.</remarks>
public enum DatePrecision : byte
{
    /// <summary>A single day: <c>April 28, 1920</c>.</summary>
    Day = 0,

    /// <summary>A calendar month: <c>April 1920</c>.</summary>
    Month = 1,

    /// <summary>A season or other named part of a year (EDTF codes 21 to 41): <c>Spring 1920</c>.</summary>
    Season = 2,

    /// <summary>A calendar year: <c>1991</c>, <c>44 BC</c>.</summary>
    Year = 3,

    /// <summary>A decade: <c>1920s</c> (1920 to 1929).</summary>
    Decade = 4,

    /// <summary>A century: <c>19th century</c> (1801 to 1900) or <c>1800s</c> (1800 to 1899).</summary>
    Century = 5,

    /// <summary>A millennium: <c>2nd millennium BC</c>.</summary>
    Millennium = 6,
}

/// <summary>The calendar a date was written in. Bounds are always on the proleptic Gregorian axis.</summary>
public enum HistoricalCalendar : byte
{
    /// <summary>The Gregorian calendar (proleptic before 15 October 1582). NodaTime: <see cref="NodaTime.CalendarSystem.Gregorian"/>.</summary>
    Gregorian = 0,

    /// <summary>The Julian calendar (Old Style). NodaTime: <see cref="NodaTime.CalendarSystem.Julian"/>.</summary>
    Julian = 1,
}

/// <summary>What a historian added to a date: approximate (<c>c. 1200</c>, EDTF <c>~</c>), uncertain (<c>?</c>), or both (<c>%</c>).</summary>
[Flags]
public enum DateQualifiers : byte
{
    /// <summary>Stated plainly.</summary>
    None = 0,

    /// <summary>Approximate: <c>c.</c>, <c>circa</c>, <c>ca.</c>, EDTF <c>~</c>.</summary>
    Approximate = 1,

    /// <summary>Uncertain: EDTF <c>?</c>.</summary>
    Uncertain = 2,

    /// <summary>Both approximate and uncertain: EDTF <c>%</c>.</summary>
    ApproximateAndUncertain = Approximate | Uncertain,
}

/// <summary>A part of a year, decade, century or millennium: <c>early 19th century</c>, <c>mid-1960s</c>.</summary>
/// <remarks>
/// The parts are fuzzy thirds that overlap, because writers do not agree where "early" ends:
/// early is the first 40% of the span, mid the middle 40% (30% to 70%), late the last 40%.
/// For the 1960s that is 1960–1963, 1963–1966 and 1966–1969; for a year, January–May, April–September and August–December.
/// </remarks>
public enum SpanPart : byte
{
    /// <summary>The whole span.</summary>
    Whole = 0,

    /// <summary>The first 40% of the span.</summary>
    Early = 1,

    /// <summary>The middle 40% of the span.</summary>
    Mid = 2,

    /// <summary>The last 40% of the span.</summary>
    Late = 3,
}

/// <summary>Whether a <see cref="HistoricalDate"/> is one date, an interval between two, or one of two alternatives.</summary>
public enum HistoricalDateKind : byte
{
    /// <summary>One date at some precision: <c>1991</c>, <c>April 28, 1920</c>.</summary>
    Single = 0,

    /// <summary>A span from a start to an end: <c>1914–1918</c>, EDTF <c>1914/1918</c>.</summary>
    Interval = 1,

    /// <summary>One of two alternatives: <c>404 or 403 BC</c>, EDTF <c>[-0403,-0402]</c>.</summary>
    OneOf = 2,
}

/// <summary>How one end of an interval is known.</summary>
public enum IntervalEnd : byte
{
    /// <summary>The end is a date.</summary>
    Known = 0,

    /// <summary>The interval is open at this end (EDTF <c>..</c>): it extends without limit, or is ongoing.</summary>
    Open = 1,

    /// <summary>The end exists but is not known (EDTF: the empty end of <c>1985/</c>).</summary>
    Unknown = 2,
}

/// <summary>The answer of a relation between fuzzy dates: not, possibly, or definitely.</summary>
public enum Certainty : byte
{
    /// <summary>The relation cannot hold for any reading of the bounds.</summary>
    Not = 0,

    /// <summary>The relation holds for some reading of the bounds, not for all.</summary>
    Possibly = 1,

    /// <summary>The relation holds for every reading of the bounds.</summary>
    Definitely = 2,
}

/// <summary>How a date is read when two dates are related.</summary>
public enum DateReading : byte
{
    /// <summary>
    /// The date is one unknown day somewhere inside its bounds (an event dated <c>1991</c> happened on some day of 1991).
    /// The natural reading of single dates and of alternatives.
    /// </summary>
    Moment = 0,

    /// <summary>
    /// The date is a stretch of time covering its whole extent (the year 1991 as a whole; the war of 1914–1918).
    /// The natural reading of intervals, whose ends may themselves be fuzzy.
    /// </summary>
    Span = 1,
}

/// <summary>Allen's thirteen interval relations, on whole days (an interval is its first to its last day inclusive).</summary>
public enum AllenRelation : byte
{
    /// <summary>A ends at least a day before B starts, with a gap.</summary>
    Before,

    /// <summary>A ends the day before B starts.</summary>
    Meets,

    /// <summary>A starts before B, and ends inside B.</summary>
    Overlaps,

    /// <summary>A and B start on the same day; A ends first.</summary>
    Starts,

    /// <summary>A lies strictly inside B.</summary>
    During,

    /// <summary>A and B end on the same day; A starts later.</summary>
    Finishes,

    /// <summary>A and B start and end on the same days.</summary>
    Equals,

    /// <summary>Inverse of <see cref="Finishes"/>.</summary>
    FinishedBy,

    /// <summary>Inverse of <see cref="During"/>.</summary>
    Contains,

    /// <summary>Inverse of <see cref="Starts"/>.</summary>
    StartedBy,

    /// <summary>Inverse of <see cref="Overlaps"/>.</summary>
    OverlappedBy,

    /// <summary>Inverse of <see cref="Meets"/>.</summary>
    MetBy,

    /// <summary>Inverse of <see cref="Before"/>.</summary>
    After,
}

/// <summary>Whether a <see cref="HistoricalDateSet"/> means one of its members or all of them.</summary>
public enum HistoricalDateSetKind : byte
{
    /// <summary>One of the members, not known which: EDTF <c>[1667,1668,1670..1672]</c>.</summary>
    OneOf = 0,

    /// <summary>All of the members: EDTF <c>{1667,1668,1670..1672}</c>.</summary>
    AllOf = 1,
}
