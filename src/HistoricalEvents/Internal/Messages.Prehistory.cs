namespace HistoricalEvents.Internal;

/// <summary>Messages about years beyond -9998..9999 (prehistory and the far future), which have no days.</summary>
internal static partial class Messages
{
    internal static string NoDayBounds(long year) =>
        $"This bound is the year {year}, which has no days (NodaTime's LocalDate holds years -9998 to 9999); check HasDayBounds and use EarliestYear or LatestYear.";

    internal const string FarYearRange =
        "years -500,000,000 to 500,000,000 for a year or a wider span; a day, month or season between -9998-01-01 and 9999-12-31 on the proleptic Gregorian axis (a Julian date at either end can fall outside it)";
}
