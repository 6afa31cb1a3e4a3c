using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;
using NodaTime;

namespace HistoricalEvents;

/// <summary>
/// Decides the calendar of a date written without a calendar mark (no <c>O.S.</c> or <c>N.S.</c>): Julian before a
/// switch-over day, Gregorian from it on. Immutable.
/// </summary>
/// <remarks>
/// A date is placed by its first written day: <c>1582</c> and <c>October 1582</c> are Julian under the default
/// policy, <c>October 15, 1582</c> is Gregorian. A span that starts Julian and ends after the switch-over day ends on
/// its last Gregorian day: <c>1582</c> runs to 31 December 1582. The switch-over day is written in the Gregorian
/// calendar.
/// </remarks>
public sealed partial class CalendarPolicy : IEquatable<CalendarPolicy>
{
    private readonly int _switchYear, _switchMonth, _switchDay;

    private CalendarPolicy(int year, int month, int day)
    {
        _switchYear = year;
        _switchMonth = month;
        _switchDay = day;
    }

    /// <summary>
    /// The encyclopedias' convention and the default: Julian before 15 October 1582 (the first day of the Gregorian
    /// calendar), Gregorian from then on.
    /// </summary>
    public static CalendarPolicy Encyclopedic { get; } = new(1582, 10, 15);

    /// <summary>Every unmarked date is Gregorian (proleptic before 1582), as ISO 8601 reads dates.</summary>
    public static CalendarPolicy ProlepticGregorian { get; } = new(DayNumbers.MinYear, 1, 1);

    /// <summary>Every unmarked date is Julian.</summary>
    public static CalendarPolicy ProlepticJulian { get; } = new(DayNumbers.MaxYear + 1, 1, 1);

    /// <summary>
    /// Julian before the given Gregorian day, Gregorian from it on: for example 14 September 1752 for Great Britain
    /// and its colonies.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="firstGregorianDay"/> is not in the ISO or Gregorian calendar.</exception>
    public static CalendarPolicy SwitchingOn(LocalDate firstGregorianDay)
    {
        Preconditions.CheckArgument(firstGregorianDay.Calendar == CalendarSystem.Iso || firstGregorianDay.Calendar == CalendarSystem.Gregorian,
            Messages.SwitchDayMustBeGregorian, nameof(firstGregorianDay));
        return new CalendarPolicy(firstGregorianDay.Year, firstGregorianDay.Month, firstGregorianDay.Day);
    }

    /// <summary>The first day of the Gregorian calendar under this policy (ISO calendar); <see langword="null"/> when every date is Julian.</summary>
    public LocalDate? FirstGregorianDay => _switchYear > DayNumbers.MaxYear ? null : new LocalDate(_switchYear, _switchMonth, _switchDay);

    /// <summary>The calendar of an unmarked date whose first written day is the given astronomical year, month and day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HistoricalCalendar CalendarFor(int year, int month, int day)
    {
        bool beforeSwitch = year != _switchYear ? year < _switchYear
            : month != _switchMonth ? month < _switchMonth
            : day < _switchDay;
        return beforeSwitch ? HistoricalCalendar.Julian : HistoricalCalendar.Gregorian;
    }

    /// <inheritdoc />
    public bool Equals(CalendarPolicy? other) =>
        other is not null && _switchYear == other._switchYear && _switchMonth == other._switchMonth && _switchDay == other._switchDay;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CalendarPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_switchYear, _switchMonth, _switchDay);

    /// <summary>Describes the policy: <c>Julian before 1582-10-15</c>.</summary>
    public override string ToString() => FirstGregorianDay is { } day ? $"Julian before {day:uuuu-MM-dd}" : "Julian";
}
