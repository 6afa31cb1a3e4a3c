using System.Runtime.CompilerServices;

namespace HistoricalEvents.Internal;

/// <summary>
/// Calendar arithmetic on one day axis: day 0 is 1 January AD 1 in the proleptic Gregorian calendar,
/// years are astronomical (1 BC is year 0). Hand-written rather than going through NodaTime because
/// parsers and the timeline index call it in their hot paths; the tests check it against NodaTime.
/// </summary>
internal static class DayNumbers
{
    /// <summary>Smallest year accepted in either calendar (NodaTime's ISO range starts at -9998).</summary>
    internal const int MinYear = -9998;

    /// <summary>Largest year accepted in either calendar (NodaTime's ISO range ends at 9999).</summary>
    internal const int MaxYear = 9999;

    /// <summary>Day number of -9998-01-01 (Gregorian), the first day NodaTime's ISO calendar holds.</summary>
    internal static readonly int MinDay = FromGregorian(MinYear, 1, 1);

    /// <summary>Day number of 9999-12-31 (Gregorian), the last day NodaTime's ISO calendar holds.</summary>
    internal static readonly int MaxDay = FromGregorian(MaxYear, 12, 31);

    // ---- The whole axis: days, then years beyond them -----------------------------------------------------------
    //
    // Bounds are ints on one ordered axis. Within -9998-01-01 to 9999-12-31 a value is a day number. Beyond, each
    // year (prehistory before -9998, the far future after 9999) takes two values, its start and its end, so that
    // the relations stay exact: a year read as a span starts and ends on different values, two moments of the same
    // year possibly differ, and a year ends the value before the next starts ("meets"). The years reach
    // ±500,000,000, so every difference of two values fits an int.

    /// <summary>Smallest year a year, decade, century or millennium may name (prehistory).</summary>
    internal const int MinFarYear = -500_000_000;

    /// <summary>Largest year a year, decade, century or millennium may name.</summary>
    internal const int MaxFarYear = 500_000_000;

    /// <summary>The first value of the axis: the start of year <see cref="MinFarYear"/>, where open starts reach.</summary>
    internal static readonly int AxisMin = YearStart(MinFarYear);

    /// <summary>The last value of the axis: the end of year <see cref="MaxFarYear"/>, where open ends reach.</summary>
    internal static readonly int AxisMax = YearEnd(MaxFarYear);

    /// <summary>Whether a year has days on the axis (-9998 to 9999); other years have only a start and an end value.</summary>
    internal static bool HasDays(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>The first value of a year beyond the days (before -9998 or after 9999), in the year's own pair.</summary>
    internal static int FarYearStart(int year) =>
        year < MinYear ? MinDay - 2 * (MinYear - year) : MaxDay + 1 + 2 * (year - MaxYear - 1);

    /// <summary>The first value of any year: its first Gregorian day, or its start value beyond the days.</summary>
    internal static int YearStart(int year) => HasDays(year) ? FromGregorian(year, 1, 1) : FarYearStart(year);

    /// <summary>The last value of any year: its last Gregorian day, or its end value beyond the days.</summary>
    internal static int YearEnd(int year) => HasDays(year) ? FromGregorian(year, 12, 31) : FarYearStart(year) + 1;

    /// <summary>Whether a value of the axis is a day (and not a year beyond the days).</summary>
    internal static bool IsDay(int value) => value >= MinDay && value <= MaxDay;

    /// <summary>The astronomical (Gregorian) year a value of the axis falls in.</summary>
    internal static int YearOf(int value)
    {
        if (value < MinDay)
        {
            return MinYear - (MinDay - value + 1) / 2;
        }
        if (value > MaxDay)
        {
            return MaxYear + 1 + (value - MaxDay - 1) / 2;
        }
        ToGregorian(value, out int year, out _, out _);
        return year;
    }

    // Days from 0001-01-01 back to the internal epoch 0000-03-01 of the era arithmetic below.
    private const int GregorianShift = 306;

    private static readonly int JulianShift = RawJulian(1, 1, 3) - RawGregorian(1, 1, 1) + GregorianShift;

    internal static bool IsLeapYear(bool julian, int year) =>
        julian ? (year & 3) == 0 : (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DaysInMonth(bool julian, int year, int month) => month switch
    {
        2 => IsLeapYear(julian, year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    internal static int FromGregorian(int year, int month, int day) => RawGregorian(year, month, day) - GregorianShift;

    internal static int FromJulian(int year, int month, int day) => RawJulian(year, month, day) - JulianShift;

    internal static int FromCalendar(bool julian, int year, int month, int day) =>
        julian ? FromJulian(year, month, day) : FromGregorian(year, month, day);

    /// <summary>
    /// <see cref="FromCalendar"/> for a year already checked to lie in <see cref="MinYear"/> to <see cref="MaxYear"/>:
    /// shifted by 10,000 years (a whole number of both calendars' cycles) so that every division is unsigned, which
    /// the parsers' fast paths feel.
    /// </summary>
    internal static int FromCalendarOnAxis(bool julian, int year, int month, int day)
    {
        const uint Shift = 10_000;   // 25 Gregorian 400-year cycles, 2,500 Julian 4-year cycles
        uint y = (uint)(year + (int)Shift - (month <= 2 ? 1 : 0));
        uint doy = (153 * (uint)(month > 2 ? month - 3 : month + 9) + 2) / 5 + (uint)day - 1;
        if (julian)
        {
            return (int)(y / 4 * 1461 + y % 4 * 365 + doy) - (int)(Shift / 4 * 1461) - JulianShift;
        }
        uint era = y / 400, yoe = y - era * 400;
        return (int)(era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy) - (int)(Shift / 400 * 146097) - GregorianShift;
    }

    /// <summary>Splits a day number into a proleptic Gregorian year, month and day (Hinnant's civil_from_days).</summary>
    internal static void ToGregorian(int dayNumber, out int year, out int month, out int day)
    {
        int z = dayNumber + GregorianShift;
        int era = (z >= 0 ? z : z - 146096) / 146097;
        int doe = z - era * 146097;
        int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        day = doy - (153 * mp + 2) / 5 + 1;
        month = mp < 10 ? mp + 3 : mp - 9;
        year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    }

    /// <summary>Splits a day number into a Julian year, month and day.</summary>
    internal static void ToJulian(int dayNumber, out int year, out int month, out int day)
    {
        int z = dayNumber + JulianShift;
        int era = (z >= 0 ? z : z - 1460) / 1461;
        int doe = z - era * 1461;
        int yoe = (doe - doe / 1460) / 365;
        int doy = doe - 365 * yoe;
        int mp = (5 * doy + 2) / 153;
        day = doy - (153 * mp + 2) / 5 + 1;
        month = mp < 10 ? mp + 3 : mp - 9;
        year = yoe + era * 4 + (month <= 2 ? 1 : 0);
    }

    internal static NodaTime.LocalDate ToLocalDate(int dayNumber)
    {
        ToGregorian(dayNumber, out int y, out int m, out int d);
        return new NodaTime.LocalDate(y, m, d);
    }

    // Days since 0000-03-01 (Gregorian), Hinnant's days_from_civil without the Unix offset.
    private static int RawGregorian(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe;
    }

    // Days since 0000-03-01 (Julian): the same scheme with a four-year cycle.
    private static int RawJulian(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 3) / 4;
        int yoe = y - era * 4;
        int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        return era * 1461 + yoe * 365 + doy;
    }
}
