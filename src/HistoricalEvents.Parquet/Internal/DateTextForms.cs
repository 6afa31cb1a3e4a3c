using HistoricalEvents.Text;

namespace HistoricalEvents.Interchange.Internal;

/// <summary>Which text form of a date reads back as the same value, when the date's shape alone settles it.</summary>
internal enum KnownTextForm : byte
{
    /// <summary>The shape does not settle it: the writer re-reads the texts (EDTF, then English) to find out.</summary>
    Unknown = 0,

    /// <summary>The EDTF form reads back as the same value (no English form is kept).</summary>
    Edtf,

    /// <summary>The EDTF form reads back as another value (a Julian day read as the Gregorian day), the English form as the same.</summary>
    English,
}

/// <summary>
/// The date shapes whose text round trip is known without re-reading the text, so the Parquet writer can skip the
/// re-read (a quarter of its time before): plain single days, months and years. Everything else (qualifiers, parts,
/// seasons, decades and wider, intervals, alternatives, dual dating, EDTF level 2 marks, the reform year, far years)
/// is <see cref="KnownTextForm.Unknown"/> and is re-read as before. Property tests over every shape
/// (tests/HistoricalEvents.Parquet.Tests/DateTextFormsTests.cs) check that a known form is only ever claimed when the
/// re-read agrees.
/// </summary>
internal static class DateTextForms
{
    // The year of the first Gregorian day of the patterns' policy (1582, from 15 October): before it the patterns read
    // months and years as Julian, from the year after as Gregorian; the year itself is left to the re-read. When the
    // patterns' policies are not the ones this reasoning assumes, nothing is known (int.MinValue turns every date away).
    private static readonly int SwitchYear = SwitchYearOfPatterns();

    private static int SwitchYearOfPatterns()
    {
        CalendarPolicy policy = HistoricalDatePatterns.Edtf.Policy;
        return policy.Equals(HistoricalDatePatterns.English.Policy) &&
            HistoricalDatePatterns.Edtf.DayPolicy.Equals(CalendarPolicy.ProlepticGregorian) &&
            policy.FirstGregorianDay is { } first
            ? first.Year
            : int.MinValue;
    }

    /// <summary>The text form that reads back as <paramref name="date"/>, when its shape settles it; otherwise <see cref="KnownTextForm.Unknown"/>.</summary>
    internal static KnownTextForm Of(HistoricalDate date)
    {
        int year = date.Year;
        if (date.Kind != HistoricalDateKind.Single || date.Qualifiers != DateQualifiers.None || date.Part != SpanPart.Whole ||
            date.IsDualDated || date.HasUnspecifiedDigits || year is < -9997 or > 9999 || SwitchYear == int.MinValue)
        {
            return KnownTextForm.Unknown;
        }
        HistoricalCalendar calendar = date.Calendar;
        switch (date.Precision)
        {
            case DatePrecision.Day:
                // EDTF days are ISO (proleptic Gregorian) days: a Gregorian day reads back as itself; a Julian day is
                // written as its Gregorian day and reads back as that, never equal (the calendar differs), and a Julian
                // day before the reform year is what the English reader reads Julian.
                return calendar == HistoricalCalendar.Gregorian ? KnownTextForm.Edtf
                    : year < SwitchYear ? KnownTextForm.English
                    : KnownTextForm.Unknown;
            case DatePrecision.Month:
            case DatePrecision.Year:
                // Months and years take the calendar of the policy: Julian before the reform year, Gregorian after it.
                return year != SwitchYear && calendar == (year < SwitchYear ? HistoricalCalendar.Julian : HistoricalCalendar.Gregorian)
                    ? KnownTextForm.Edtf
                    : KnownTextForm.Unknown;
            default:
                return KnownTextForm.Unknown;
        }
    }
}
