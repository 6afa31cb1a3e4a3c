using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;

namespace HistoricalEvents;

public readonly partial struct HistoricalDate
{
    /// <summary>
    /// Creates a single date at day precision from fields the caller has already checked (month 1–12, a day of that
    /// month in that calendar) and the day number it has computed for them: the parsers' fast path, which skips the
    /// second bounds computation of <see cref="TryCreate(in DateFields, string?, out HistoricalDate)"/>.
    /// </summary>
    /// <returns><see langword="false"/> when the day lies outside the supported axis.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryCreateCheckedDay(in DateFields fields, int dayNumber, string? text, out HistoricalDate result)
    {
        if (dayNumber < DayNumbers.MinDay || dayNumber > DayNumbers.MaxDay)
        {
            result = default;
            return false;
        }
        result = new HistoricalDate(fields, fields, 0, dayNumber, dayNumber, text);
        return true;
    }
}
