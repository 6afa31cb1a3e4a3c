namespace HistoricalEvents.Internal;

internal static partial class Messages
{
    internal const string WikidataTimeExpected = "a Wikidata time such as \"+1991-08-30T00:00:00Z\" (sign, 1 to 16 year digits, month and day, which may be 00 below day precision)";

    internal const string WikidataYearZero = "a year other than 0: Wikidata numbers years as historians do (-0044 is 44 BC), and year 0 has no agreed meaning";

    internal const string WikidataPrecisionExpected = "a precision from 0 (billion years) to 11 (day): 12 to 14 (hour to second) are times of day a HistoricalDate does not keep";

    internal const string WikidataCalendarExpected = "calendarmodel http://www.wikidata.org/entity/Q1985727 (Gregorian) or http://www.wikidata.org/entity/Q1985786 (Julian)";

    internal const string WikidataBeforeAfterExpected = "before and after 0: a HistoricalDate has no shape for a value give or take some units (Wikidata itself leaves them 0 and uses qualifiers)";

    internal const string WikidataMonthExpected = "a month 01 to 12 at month or day precision";

    internal const string WikidataDayExpected = "a day that exists in that month and calendar at day precision";

    internal const string WikidataRangeExpected = "a date within -9998-01-01 to 9999-12-31 on the proleptic Gregorian axis";

    internal const string WikidataYearsBlockZeroExpected = "a year of one unit of precision at least (10,000 years at precision 5, a billion at 0): the block of years nearest year 0 would hold year 0, which neither era has";

    internal const string WikidataFarRangeExpected = "a year within 500,000,000 BC to AD 500,000,000 (the years a HistoricalDate holds)";

    internal const string WikidataDecadeZeroExpected = "a decade other than the 0s: Wikidata's decade 0 (AD 1 to 9, or 1 to 9 BC) has nine years, and a HistoricalDate decade has ten";

    internal static string WikidataNotExact(HistoricalDate date, string why) =>
        $"The date {date.ToEdtfString()} cannot be written as a Wikidata time value exactly: {why}.";

    internal const string WikidataNotSingle = "Wikidata time values are single dates; write an interval as start time (P580) and end time (P582)";

    internal const string WikidataNoQualifiers = "Wikidata keeps circa and uncertainty in statement qualifiers (sourcing circumstances, P1480), not in the time value; clear the qualifiers first";

    internal const string WikidataNoSeason = "Wikidata has no season precision";

    internal const string WikidataNoPart = "Wikidata has no early, mid or late part of a span";

    internal const string WikidataNoSpan = "Wikidata decades start at a year ending in 0 and centuries and millennia are ordinal (the 19th century is 1801 to 1900)";

    internal const string WikidataNoFlags = "Wikidata has no unspecified digits or dual dating";

    internal const string WikidataNotSameValue = "Wikidata's value for it reads back as a different date (a span the calendar policy ends on a Gregorian day, such as 1582)";

    internal const string JsonDocumentExpected = "a JSON document";

    internal const string WikidataEntityExpected = "a Wikidata entity (an object with \"id\") or a response with \"entities\"";

    internal const string WikidataEventDateExpected = "a point in time (P585), start time (P580) or inception (P571) with a value";

    internal static string JsonValueExpected(string what) => what;
}

internal static partial class Messages
{
    internal const string OnThisDayFeedExpected = "an on-this-day feed response: an object with \"selected\", \"events\", \"births\", \"deaths\" or \"holidays\"";

    internal const string OnThisDayTextExpected = "an item with a non-empty \"text\"";

    internal const string OnThisDayYearExpected = "a whole \"year\" other than 0 (negative for BC: -39 is 39 BC)";

    internal static string OnThisDayDayExpected(int month, int day) =>
        $"a year that has day {day} of month {month} (within -9998 to 9999)";
}

internal static partial class Messages
{
    internal static string CsvDateColumnExpected(string name) => $"a header row with a \"{name}\" column (or pass the column names in CsvImportOptions.Columns)";

    internal const string CsvDateExpected = "a date";

    internal const string CsvCoordinatesExpected = "coordinates as latitude then longitude in decimal degrees, such as \"31.28194°N 34.48250°E\" or \"31.28, 34.48\"";
}
