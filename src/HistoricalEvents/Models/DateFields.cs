using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;

namespace HistoricalEvents;

/// <summary>Why a set of date fields does not make a date. Parsers turn these into messages with a position.</summary>
internal enum DateFieldsError : byte
{
    None = 0,
    YearOutOfRange,
    MonthOutOfRange,
    DayOutOfRange,
    SeasonOutOfRange,
    PartNotAllowed,
    EndBeforeStart,
}

/// <summary>Extra facts about how one date was written.</summary>
[Flags]
internal enum DateFieldFlags : byte
{
    None = 0,

    /// <summary>Written with EDTF unspecified digits (<c>1985-04-XX</c>, <c>2004-XX</c>): the precision named below it.</summary>
    UnspecifiedDigits = 1,

    /// <summary>Written with both calendars: <c>November 7 [O.S. October 25], 1917</c>.</summary>
    DualDated = 2,

    /// <summary>
    /// An unmarked span that a calendar policy starts in the Julian calendar and ends in the Gregorian:
    /// <c>1582</c>, <c>October 1582</c> or the 16th century under the encyclopedic policy. Its last day is Gregorian.
    /// </summary>
    GregorianEnd = 4,
}

/// <summary>
/// One written date: its fields in the calendar it was written in, precision and qualifiers.
/// Stored so that <c>default</c> is 1 January AD 1 (Gregorian, day precision), like NodaTime's <c>LocalDate</c>.
/// </summary>
internal readonly struct DateFields : IEquatable<DateFields>
{
    // Six bytes, so that HistoricalDate (two of these, two bounds, its shape and its text) stays at 32 bytes: the
    // JIT copies a value that small with a few moves instead of a block-move loop, which the parsers' fast paths feel.
    // Days, months and seasons have years -9998 to 9999 in the 16-bit year; a year outside is kept as year 32768,
    // which TryGetBounds rejects. Years, decades, centuries and millennia use neither month nor day, so their year
    // is 32 bits: the low half in the 16-bit year, the high half (0 for years -32767 to 32768, so such fields are
    // stored exactly as days' are) in the month and day bytes. A year outside ±500,000,000 is kept as a year
    // beyond it, which TryGetBounds rejects.
    private const short OutOfRangeYearMinus1 = short.MaxValue;
    private const int OutOfRangeFarYearMinus1 = 0x7FFF7FFF;
    private const int CalendarShift = 2, PartShift = 3, FlagsShift = 5, FlagsMask = 0b111;

    private readonly short _yearMinus1;
    private readonly byte _monthMinus1;   // for years and wider: bits 16-23 of the year minus 1, less the sign of the low half
    private readonly byte _dayMinus1;     // for years and wider: bits 24-31
    private readonly byte _traits;   // qualifiers (2 bits), calendar (1), part (2), flags (3); 0 for the defaults

    internal readonly DatePrecision Precision;

    // A day already checked (year -9998 to 9999, month 1-12, day 1-31): the plain-day fast paths skip the range tests.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private DateFields(short yearMinus1, byte monthMinus1, byte dayMinus1, byte traits)
    {
        _yearMinus1 = yearMinus1;
        _monthMinus1 = monthMinus1;
        _dayMinus1 = dayMinus1;
        _traits = traits;
        Precision = DatePrecision.Day;
    }

    /// <summary>Fields of a day already checked to exist (year -9998 to 9999), with no qualifiers or flags.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static DateFields CheckedDay(int year, int month, int day, HistoricalCalendar calendar) =>
        new((short)(year - 1), (byte)(month - 1), (byte)(day - 1), (byte)(((int)calendar & 1) << CalendarShift));

    /// <summary>
    /// Creates fields; month and day are ignored (stored as 1) where the precision does not use them, and a year
    /// outside -9998 to 9999 (outside ±500,000,000 for years and wider spans), or a month or day outside 1–255, is
    /// kept only as out of range.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]   // the parsers' fast paths fold the precision tests away
    internal DateFields(int year, int month, int day, DatePrecision precision, HistoricalCalendar calendar,
        DateQualifiers qualifiers = DateQualifiers.None, SpanPart part = SpanPart.Whole, DateFieldFlags flags = DateFieldFlags.None)
    {
        if (precision >= DatePrecision.Year)
        {
            int yearMinus1 = year is >= DayNumbers.MinFarYear and <= DayNumbers.MaxFarYear ? year - 1 : OutOfRangeFarYearMinus1;
            _yearMinus1 = (short)yearMinus1;
            int high = (yearMinus1 - _yearMinus1) >> 16;
            _monthMinus1 = (byte)high;
            _dayMinus1 = (byte)(high >> 8);
        }
        else
        {
            _yearMinus1 = year is >= DayNumbers.MinYear and <= DayNumbers.MaxYear ? (short)(year - 1) : OutOfRangeYearMinus1;
            _monthMinus1 = SmallMinus1(month);
            _dayMinus1 = precision == DatePrecision.Day ? SmallMinus1(day) : (byte)0;
        }
        Precision = precision;
        _traits = (byte)((int)qualifiers & 0b11 | ((int)calendar & 1) << CalendarShift | ((int)part & 0b11) << PartShift | ((int)flags & FlagsMask) << FlagsShift);
    }

    internal DateQualifiers Qualifiers => (DateQualifiers)(_traits & 0b11);

    internal HistoricalCalendar Calendar => (HistoricalCalendar)((_traits >> CalendarShift) & 1);

    internal SpanPart Part => (SpanPart)((_traits >> PartShift) & 0b11);

    internal DateFieldFlags Flags => (DateFieldFlags)((_traits >> FlagsShift) & FlagsMask);

    // 1–255 as stored; anything else as 256, which no month, season or day check accepts (never a wrapped value).
    private static byte SmallMinus1(int value) => (uint)(value - 1) <= 254 ? (byte)(value - 1) : byte.MaxValue;

    /// <summary>Astronomical year in the written calendar (1 BC is 0); for decades and wider, the first year of the span.</summary>
    internal int Year => Precision >= DatePrecision.Year
        ? _yearMinus1 + ((short)(_monthMinus1 | _dayMinus1 << 8) << 16) + 1
        : _yearMinus1 + 1;

    /// <summary>Month 1–12 for day and month precision; the season code (21–41) for season precision; otherwise 1.</summary>
    internal int Month => Precision <= DatePrecision.Season ? _monthMinus1 + 1 : 1;

    /// <summary>Day of month for day precision; otherwise 1.</summary>
    internal int Day => Precision == DatePrecision.Day ? _dayMinus1 + 1 : 1;

    /// <summary>Whether the year has no days on the axis (before -9998 or after 9999): prehistory or the far future.</summary>
    internal bool IsFarYear => !DayNumbers.HasDays(Year);

    internal bool IsJulian => Calendar == HistoricalCalendar.Julian;

    internal DateFields With(DateQualifiers qualifiers) =>
        new(Year, Month, Day, Precision, Calendar, qualifiers, Part, Flags);

    internal DateFields With(DateFieldFlags flags) =>
        new(Year, Month, Day, Precision, Calendar, Qualifiers, Part, flags);

    /// <summary>
    /// Fields written without a calendar mark: <paramref name="policy"/> picks the calendar of the first day, and
    /// a span it starts in the Julian calendar but ends in the Gregorian gets <see cref="DateFieldFlags.GregorianEnd"/>.
    /// </summary>
    internal static DateFields Unmarked(int year, int month, int day, DatePrecision precision, CalendarPolicy policy,
        DateQualifiers qualifiers = DateQualifiers.None, SpanPart part = SpanPart.Whole, DateFieldFlags flags = DateFieldFlags.None)
    {
        HistoricalCalendar calendar = policy.CalendarFor(year, FirstMonth(precision, month), precision == DatePrecision.Day ? day : 1);
        return new DateFields(year, month, day, precision, calendar, qualifiers, part, flags).WithGregorianEndUnder(policy);
    }

    /// <summary>
    /// These fields with <see cref="DateFieldFlags.GregorianEnd"/> set as <paramref name="policy"/> would set it on
    /// an unmarked date: when the span starts Julian and the policy puts its last day in the Gregorian calendar.
    /// </summary>
    internal DateFields WithGregorianEndUnder(CalendarPolicy policy)
    {
        DateFieldFlags flags = Flags & ~DateFieldFlags.GregorianEnd;
        if (IsJulian && Precision != DatePrecision.Day &&
            TryGetSpan(out _, out _, out _, out int lastYear, out int lastMonth) == DateFieldsError.None &&
            policy.CalendarFor(lastYear, lastMonth, DayNumbers.DaysInMonth(false, lastYear, lastMonth)) == HistoricalCalendar.Gregorian)
        {
            flags |= DateFieldFlags.GregorianEnd;
        }
        return flags == Flags ? this : With(flags);
    }

    /// <summary>Whether these fields are what <paramref name="policy"/> gives the same date written without a calendar mark.</summary>
    internal bool IsUnmarkedUnder(CalendarPolicy policy) =>
        Calendar == policy.CalendarFor(Year, FirstMonth(Precision, Month), Day) && Equals(WithGregorianEndUnder(policy));

    /// <summary>
    /// The unit next to these fields, before them (<paramref name="direction"/> -1) or after them (+1): the day,
    /// month, season, year, decade, century or millennium; for a part of a span (<c>mid-1960s</c>, <c>early 1920</c>)
    /// the year or month next to the part. What <c>before 1200</c> and <c>after 1066</c> mean: 1199 and 1067.
    /// </summary>
    /// <param name="direction">-1 or +1.</param>
    /// <param name="policy">For fields written without a calendar mark, the policy that picks the calendar of the
    /// unit found; <see langword="null"/> to keep this calendar.</param>
    /// <param name="next">The unit found, with these qualifiers and without the written-form flags.</param>
    internal DateFieldsError TryGetNext(int direction, CalendarPolicy? policy, out DateFields next)
    {
        // Everything is read from these fields before next is written: a caller may pass them as next.
        DateFieldsError error = TryGetSpan(out int firstYear, out int firstMonth, out int firstDay, out int lastYear, out int lastMonth);
        int year, month = 1, day = 1;
        DatePrecision precision = Precision;
        DateQualifiers qualifiers = Qualifiers;
        HistoricalCalendar calendar = Calendar;
        if (error != DateFieldsError.None)
        {
            next = default;
            return error;
        }
        switch (Precision)
        {
            case DatePrecision.Day:
                int dayNumber = DayNumbers.FromCalendar(calendar == HistoricalCalendar.Julian, firstYear, firstMonth, firstDay) + direction;
                if (policy is not null)
                {
                    // The policy is asked with the Gregorian date: the day before 15 October 1582 is Julian 4 October.
                    DayNumbers.ToGregorian(dayNumber, out int gy, out int gm, out int gd);
                    calendar = policy.CalendarFor(gy, gm, gd);
                }
                if (calendar == HistoricalCalendar.Julian)
                {
                    DayNumbers.ToJulian(dayNumber, out year, out month, out day);
                }
                else
                {
                    DayNumbers.ToGregorian(dayNumber, out year, out month, out day);
                }
                next = new DateFields(year, month, day, DatePrecision.Day, calendar, qualifiers);
                return next.TryGetBounds(out _, out _);
            case DatePrecision.Season when Month is >= 21 and <= 24:
                // Spring, summer, autumn, winter follow each other; winter 1919 comes before spring 1920.
                int season = Month - 21 + direction;
                year = firstYear + (season < 0 ? -1 : season > 3 ? 1 : 0);
                month = 21 + ((season + 4) % 4);
                break;
            case DatePrecision.Season:
                next = default;
                return DateFieldsError.SeasonOutOfRange;
            case DatePrecision.Month:
            case DatePrecision.Year when Part != SpanPart.Whole:
                // The month next to a month, or to the months early, mid or late in a year name.
                int months = (direction < 0 ? firstYear * 12 + firstMonth - 1 : lastYear * 12 + lastMonth - 1) + direction;
                year = months >= 0 ? months / 12 : (months - 11) / 12;
                month = months - year * 12 + 1;
                precision = DatePrecision.Month;
                break;
            case DatePrecision.Year:
                year = firstYear + direction;
                break;
            default:
                if (Part != SpanPart.Whole)
                {
                    // The year next to the years early, mid or late in a decade, century or millennium name.
                    year = (direction < 0 ? firstYear : lastYear) + direction;
                    precision = DatePrecision.Year;
                }
                else
                {
                    year = firstYear + direction * (precision switch { DatePrecision.Decade => 10, DatePrecision.Century => 100, _ => 1000 });
                }
                break;
        }
        next = policy is null
            ? new DateFields(year, month, 1, precision, calendar, qualifiers)
            : Unmarked(year, month, 1, precision, policy, qualifiers);
        return next.TryGetBounds(out _, out _);
    }

    /// <summary>The first month a date's first written day falls in, which a calendar policy looks at.</summary>
    internal static int FirstMonth(DatePrecision precision, int month) =>
        precision == DatePrecision.Season ? SeasonMonths(month, out int first, out _) ? first : 1
        : precision <= DatePrecision.Month ? month
        : 1;

    /// <summary>
    /// Checks the fields and computes the first and last possible value on the common axis: days, or for a year
    /// beyond -9998..9999 (which has no days, and so no calendar) the year's start and end values.
    /// </summary>
    internal DateFieldsError TryGetBounds(out int earliest, out int latest)
    {
        earliest = latest = 0;
        DateFieldsError error = TryGetSpan(out int firstYear, out int firstMonth, out int firstDay, out int lastYear, out int lastMonth);
        if (error != DateFieldsError.None)
        {
            return error;
        }
        bool julian = IsJulian;
        earliest = DayNumbers.HasDays(firstYear)
            ? DayNumbers.FromCalendar(julian, firstYear, firstMonth, firstDay)
            : DayNumbers.FarYearStart(firstYear);
        if (Precision == DatePrecision.Day)
        {
            // A day is its own last day: the parsers' hot path saves the second conversion.
            latest = earliest;
        }
        else if (DayNumbers.HasDays(lastYear))
        {
            bool julianEnd = julian && (Flags & DateFieldFlags.GregorianEnd) == 0;
            latest = DayNumbers.FromCalendar(julianEnd, lastYear, lastMonth, DayNumbers.DaysInMonth(julianEnd, lastYear, lastMonth));
        }
        else
        {
            latest = DayNumbers.FarYearStart(lastYear) + 1;
        }
        // A Julian day of -9998 or 9999 can fall outside the days, in Gregorian -9999 or 10000, which have only a
        // start and an end value. A year or wider span that starts there starts at the end value of -9999 (some time
        // late in that year) and one that ends there ends at the start value of 10000; a day, month or season there
        // has no day to stand on and is out of range.
        if (DayNumbers.HasDays(firstYear) && earliest < DayNumbers.MinDay)
        {
            if (Precision < DatePrecision.Year)
            {
                return DateFieldsError.YearOutOfRange;
            }
            earliest = DayNumbers.MinDay - 1;
        }
        if (DayNumbers.HasDays(lastYear) && latest > DayNumbers.MaxDay)
        {
            if (Precision < DatePrecision.Year)
            {
                return DateFieldsError.YearOutOfRange;
            }
            latest = DayNumbers.MaxDay + 1;
        }
        return DateFieldsError.None;
    }

    /// <summary>Checks the fields and gives the first day and the last month of the span they name, in their calendar.</summary>
    private DateFieldsError TryGetSpan(out int firstYear, out int firstMonth, out int firstDay, out int lastYear, out int lastMonth)
    {
        int year = Year;
        firstYear = lastYear = year;
        firstMonth = 1;
        lastMonth = 12;
        firstDay = 1;
        if (year < DayNumbers.MinYear || year > DayNumbers.MaxYear)
        {
            // Beyond the days only whole years and wider spans of years: no months, seasons or parts of a year.
            if (Precision < DatePrecision.Year || year < DayNumbers.MinFarYear || year > DayNumbers.MaxFarYear ||
                (Precision == DatePrecision.Year && Part != SpanPart.Whole))
            {
                return DateFieldsError.YearOutOfRange;
            }
        }
        switch (Precision)
        {
            case DatePrecision.Day:
            case DatePrecision.Month:
                if (Month is < 1 or > 12)
                {
                    return DateFieldsError.MonthOutOfRange;
                }
                if (Part != SpanPart.Whole)
                {
                    return DateFieldsError.PartNotAllowed;
                }
                firstMonth = lastMonth = Month;
                if (Precision == DatePrecision.Day)
                {
                    if (Day > DayNumbers.DaysInMonth(IsJulian, year, Month))
                    {
                        return DateFieldsError.DayOutOfRange;
                    }
                    firstDay = Day;
                }
                break;
            case DatePrecision.Season:
                if (!SeasonMonths(Month, out firstMonth, out int months) || Part != SpanPart.Whole)
                {
                    return Part != SpanPart.Whole ? DateFieldsError.PartNotAllowed : DateFieldsError.SeasonOutOfRange;
                }
                lastMonth = firstMonth + months - 1;
                if (lastMonth > 12)
                {
                    lastMonth -= 12;
                    lastYear++;
                }
                break;
            case DatePrecision.Year:
                if (Part != SpanPart.Whole)
                {
                    PartOf(12, Part, out int first, out int last);
                    firstMonth = first + 1;
                    lastMonth = last + 1;
                }
                break;
            default:
                int span = Precision switch { DatePrecision.Decade => 10, DatePrecision.Century => 100, _ => 1000 };
                PartOf(span, Part, out int firstOffset, out int lastOffset);
                firstYear = year + firstOffset;
                lastYear = year + lastOffset;
                break;
        }
        return lastYear > (Precision >= DatePrecision.Year ? DayNumbers.MaxFarYear : DayNumbers.MaxYear) ? DateFieldsError.YearOutOfRange : DateFieldsError.None;
    }

    /// <summary>First month and length in months of an EDTF season or sub-year code (21–41).</summary>
    /// <remarks>Seasons are meteorological and northern unless the code says southern: winter 1920 is December 1920 to February 1921.</remarks>
    internal static bool SeasonMonths(int code, out int firstMonth, out int months)
    {
        (firstMonth, months) = code switch
        {
            21 or 25 or 31 => (3, 3),   // spring; northern spring; southern autumn
            22 or 26 or 32 => (6, 3),   // summer; northern summer; southern winter
            23 or 27 or 29 => (9, 3),   // autumn; northern autumn; southern spring
            24 or 28 or 30 => (12, 3),  // winter; northern winter; southern summer
            >= 33 and <= 36 => (1 + (code - 33) * 3, 3),   // quarters
            >= 37 and <= 39 => (1 + (code - 37) * 4, 4),   // quadrimesters
            40 or 41 => (1 + (code - 40) * 6, 6),         // semesters
            _ => (0, 0),
        };
        return months != 0;
    }

    /// <summary>Offsets of the first and last unit of a part of a span of <paramref name="units"/> units (see <see cref="SpanPart"/>).</summary>
    internal static void PartOf(int units, SpanPart part, out int first, out int last)
    {
        (first, last) = part switch
        {
            SpanPart.Early => (0, (units * 4 + 9) / 10 - 1),
            SpanPart.Mid => (units * 3 / 10, (units * 7 + 9) / 10 - 1),
            SpanPart.Late => (units * 6 / 10, units - 1),
            _ => (0, units - 1),
        };
    }

    public bool Equals(DateFields other) =>
        _yearMinus1 == other._yearMinus1 && _monthMinus1 == other._monthMinus1 && _dayMinus1 == other._dayMinus1 &&
        Precision == other.Precision && _traits == other._traits;

    public override bool Equals(object? obj) => obj is DateFields other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_yearMinus1, _monthMinus1, _dayMinus1, Precision, _traits);

    /// <summary>An arbitrary but fixed order that agrees with <see cref="Equals(DateFields)"/>, for tie-breaking. Enums compare as bytes: Enum.CompareTo would box.</summary>
    internal int CompareTo(in DateFields other)
    {
        int c = _yearMinus1.CompareTo(other._yearMinus1);
        if (c != 0) return c;
        if ((c = _monthMinus1.CompareTo(other._monthMinus1)) != 0) return c;
        if ((c = _dayMinus1.CompareTo(other._dayMinus1)) != 0) return c;
        if ((c = ((byte)Precision).CompareTo((byte)other.Precision)) != 0) return c;
        if ((c = ((byte)Calendar).CompareTo((byte)other.Calendar)) != 0) return c;
        if ((c = ((byte)Qualifiers).CompareTo((byte)other.Qualifiers)) != 0) return c;
        if ((c = ((byte)Part).CompareTo((byte)other.Part)) != 0) return c;
        return ((byte)Flags).CompareTo((byte)other.Flags);
    }
}
