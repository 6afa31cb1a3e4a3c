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
        if ((day > 28 && day > DayNumbers.DaysInMonth(julian, year, month)) ||
            (dayNumber = DayNumbers.FromCalendar(julian, year, month, day)) < DayNumbers.MinDay || dayNumber > DayNumbers.MaxDay)
        {
            result = default;
            return false;
        }
        var fields = new DateFields(year, month, day, DatePrecision.Day, calendar);
        result = new HistoricalDate(fields, fields, 0, dayNumber, dayNumber, text);
        return true;
    }
}
