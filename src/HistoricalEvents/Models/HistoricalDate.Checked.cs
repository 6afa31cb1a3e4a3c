using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;

namespace HistoricalEvents;

public readonly partial struct HistoricalDate
{
    /// <summary>
    /// Creates an unmarked single day, whose calendar <paramref name="policy"/> picks, from a month of 1–12 and a
    /// day of at least 1 that the caller has read: the parsers' fast paths. The day is checked against its month
    /// and placed on the axis once, without the general bounds code of
    /// <see cref="TryCreate(in DateFields, string?, out HistoricalDate)"/>.
    /// </summary>
    /// <returns>
    /// <see langword="false"/> when the day does not exist in that month and calendar or lies outside the axis; the
    /// caller's full reader then says why.
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryCreateDay(int year, int month, int day, CalendarPolicy policy, string? text, out HistoricalDate result)
    {
        HistoricalCalendar calendar = policy.CalendarFor(year, month, day);
        bool julian = calendar == HistoricalCalendar.Julian;
        int dayNumber;
        // The year test keeps a Julian day near the axis's start (-9999 Julian can be after -9998-01-01 Gregorian)
        // out of the 16-bit day fields, as the general constructor does.
        if ((day > 28 && day > DayNumbers.DaysInMonth(julian, year, month)) ||
            (uint)(year - DayNumbers.MinYear) > DayNumbers.MaxYear - DayNumbers.MinYear ||
            (dayNumber = DayNumbers.FromCalendarOnAxis(julian, year, month, day)) < DayNumbers.MinDay || dayNumber > DayNumbers.MaxDay)
        {
            result = default;
            return false;
        }
        DateFields fields = DateFields.CheckedDay(year, month, day, calendar);
        result = new HistoricalDate(fields, fields, 0, dayNumber, dayNumber, text);
        return true;
    }
}
