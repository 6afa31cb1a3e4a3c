namespace HistoricalEvents.Tests.Conformance;

/// <summary>
/// The single-date strings of an English archival date parser's test suite with the bounds it expects, for
/// <see cref="EnglishConformanceTests"/>: NYPL's Timetwister (alexduryee/timetwister, spec/dates_spec.rb, the
/// date_start_full and date_end_full it expects). Bounds as in <see cref="EdtfConformanceData"/>; <c>!</c> for a string
/// Timetwister does not read as a date (its "DOES NOT parse" and "undated" cases). A note explains every row where
/// this library deliberately differs.
/// </summary>
internal static class EnglishConformanceData
{
    internal const string Timetwister = "timetwister";

    private const string Seasons = "seasons: Timetwister uses astronomical seasons starting at the equinoxes and solstices (winter 1776 is 1 January to 20 March 1776); this library meteorological ones (winter 1776 is December 1776 to February 1777; docs/dates.md)";
    private const string Parts = "early/mid/late: Timetwister takes the first, middle or last six years of a decade (a half-century of a century); this library 40 % of the span (docs/dates.md), as no convention is agreed";
    private const string Centuries = "ordinal centuries: Timetwister reads the 17th century as 1600-1699; this library as 1601-1700, the strict count (the 1600s are 1600-1699; docs/dates.md)";
    private const string Numeric = "numeric day and month (7/4/1776): refused by default, because American and British writing put them in opposite order (7/1776 is read as a month); read as Timetwister reads them with the explicit opt-in EnglishDatePattern.WithNumericDateOrder(NumericDateOrder.MonthDayYear)";
    private const string Brackets = "a date in square brackets (a cataloguer's 'supplied' date, CONSER 10.4): refused, because HistoricalDate has no mark for 'supplied' and reading [1776] as 1776 would drop that meaning silently; square brackets are also footnote marks in encyclopedia text (docs/dates.md)";
    private const string Swapped = "an ISO interval written end first: EDTF refuses it and English reads A/B as one of two days (docs/dates.md), with the same bounds; Timetwister swaps the ends into an interval";
    private const string DashOpen = "a start and a dash with nothing after (1776 - ): read as ongoing, an open end, as catalogues write a person still living (LCRI 22.17, '1900- '); Timetwister leaves the end unknown (docs/dates.md)";
    private const string DashLeading = "a dash and an end with nothing before ( - 1776): refused, as no convention writes it and a leading dash can be a minus sign; write until 1776 or before 1776 (docs/dates.md)";
    private const string NotEnglish = "month names in French or Spanish: this reader is English";
    private const string FarYears = "a valid day Timetwister rejects as improbable (its years run from 1000 to 2100 or so): read";

    internal static readonly (string Origin, string Text, string Earliest, string Latest, string? Note)[] Rows =
    [
        (Timetwister, "1776-07-04", "1776-07-04", "1776-07-04", null),
        (Timetwister, "1776-07-04/1789-03-01", "1776-07-04", "1789-03-01", null),
        (Timetwister, "1789-03-01/1776-07-04", "1776-07-04", "1789-03-01", Swapped),
        (Timetwister, "1776", "1776-01-01", "1776-12-31", null),
        (Timetwister, "ca. 1776", "1776-01-01", "1776-12-31", null),
        (Timetwister, "[1776]", "1776-01-01", "1776-12-31", Brackets),
        (Timetwister, "July 4 1776 - March 1 1789", "1776-07-04", "1789-03-01", null),
        (Timetwister, "4 July 1776 - 1 March 1789", "1776-07-04", "1789-03-01", null),
        (Timetwister, "1776 July 4 - 1789 March 1", "1776-07-04", "1789-03-01", null),
        (Timetwister, "1776 4 July - 1789 1 March", "1776-07-04", "1789-03-01", null),
        (Timetwister, "1776 4 July to 1789 1 March", "1776-07-04", "1789-03-01", null),
        (Timetwister, "July 1776 - March 1789", "1776-07-01", "1789-03-31", null),
        (Timetwister, "1776 July - 1789 March", "1776-07-01", "1789-03-31", null),
        (Timetwister, "1776 - 1789", "1776-01-01", "1789-12-31", null),
        (Timetwister, "1770's - 1780s", "1770-01-01", "1789-12-31", null),
        (Timetwister, "1770's - 1787", "1770-01-01", "1787-12-31", null),
        (Timetwister, "1776 - 1780's", "1776-01-01", "1789-12-31", null),
        (Timetwister, "1771 - 76", "1771-01-01", "1776-12-31", null),
        (Timetwister, "1776 - ", "1776-01-01", "unknown", DashOpen),
        (Timetwister, " - 1776", "unknown", "1776-12-31", DashLeading),
        (Timetwister, "n.d.", "!", "", null),
        (Timetwister, "undated", "!", "", null),
        (Timetwister, "no date", "!", "", null),
        (Timetwister, "1770's", "1770-01-01", "1779-12-31", null),
        (Timetwister, "July 4 1776", "1776-07-04", "1776-07-04", null),
        (Timetwister, "4 July 1776", "1776-07-04", "1776-07-04", null),
        (Timetwister, "1776 July 4", "1776-07-04", "1776-07-04", null),
        (Timetwister, "1776 4 July", "1776-07-04", "1776-07-04", null),
        (Timetwister, "December 1776", "1776-12-01", "1776-12-31", null),
        (Timetwister, "1776 December", "1776-12-01", "1776-12-31", null),
        (Timetwister, "Dec 1776", "1776-12-01", "1776-12-31", null),
        (Timetwister, "1776 Dec", "1776-12-01", "1776-12-31", null),
        (Timetwister, "July-September 1776", "1776-07-01", "1776-09-30", null),
        (Timetwister, "1776 July-September", "1776-07-01", "1776-09-30", null),
        (Timetwister, "4-10 July 1776", "1776-07-04", "1776-07-10", null),
        (Timetwister, "1776 July 4-10", "1776-07-04", "1776-07-10", null),
        (Timetwister, "July 4-10, 1776", "1776-07-04", "1776-07-10", null),
        (Timetwister, "1776 4-10 July", "1776-07-04", "1776-07-10", null),
        (Timetwister, "early 1770's", "1770-01-01", "1775-12-31", Parts),
        (Timetwister, "mid 1770's", "1773-01-01", "1778-12-31", Parts),
        (Timetwister, "late 1770's", "1775-01-01", "1779-12-31", Parts),
        (Timetwister, "17--", "1700-01-01", "1799-12-31", null),
        (Timetwister, "4 May - 10 July 1776", "1776-05-04", "1776-07-10", null),
        (Timetwister, "1776 May 4 - July 10", "1776-05-04", "1776-07-10", null),
        (Timetwister, "May 4 - July 10 1776", "1776-05-04", "1776-07-10", null),
        (Timetwister, "4 May to 10 July 1776", "1776-05-04", "1776-07-10", null),
        (Timetwister, "4 July 1776 - March 1789", "1776-07-04", "1789-03-31", null),
        (Timetwister, "1776 July 4 - 1789 March", "1776-07-04", "1789-03-31", null),
        (Timetwister, "1776 July 4 to 1789 March", "1776-07-04", "1789-03-31", null),
        (Timetwister, "July 1776 - March 1, 1789", "1776-07-01", "1789-03-01", null),
        (Timetwister, "1776 July - 1789 March 1", "1776-07-01", "1789-03-01", null),
        (Timetwister, "1776 - March 1789", "1776-01-01", "1789-03-31", null),
        (Timetwister, "1776 - 1789 March", "1776-01-01", "1789-03-31", null),
        (Timetwister, "1776 to 1789 March", "1776-01-01", "1789-03-31", null),
        (Timetwister, "1776 July - 1789", "1776-07-01", "1789-12-31", null),
        (Timetwister, "July 1776 - 1789", "1776-07-01", "1789-12-31", null),
        (Timetwister, "7/4/1776", "1776-07-04", "1776-07-04", Numeric),
        (Timetwister, "07/4/1776", "1776-07-04", "1776-07-04", Numeric),
        (Timetwister, "7/04/1776", "1776-07-04", "1776-07-04", Numeric),
        (Timetwister, "07/04/1776", "1776-07-04", "1776-07-04", Numeric),
        (Timetwister, "Winter 1776", "1776-01-01", "1776-03-20", Seasons),
        (Timetwister, "1776 Spring", "1776-03-20", "1776-06-21", Seasons),
        (Timetwister, "1776 Summer", "1776-06-21", "1776-09-23", Seasons),
        (Timetwister, "Fall 1776", "1776-09-23", "1776-12-22", Seasons),
        (Timetwister, "July 4 1776?", "1776-07-04", "1776-07-04", null),
        (Timetwister, "July 4 1776 [?]", "1776-07-04", "1776-07-04", null),
        (Timetwister, "July 4? 1776", "1776-07-04", "1776-07-04", null),
        (Timetwister, "?July 4 1776?", "1776-07-04", "1776-07-04", null),
        (Timetwister, "[July] 4 1776?", "1776-07-04", "1776-07-04", Brackets),
        (Timetwister, "ca. 1776 - 1777", "1776-01-01", "1777-12-31", null),
        (Timetwister, "1776 - circa 1777", "1776-01-01", "1777-12-31", null),
        (Timetwister, "ca 1776-77", "1776-01-01", "1777-12-31", null),
        (Timetwister, "circa 1776 - 1777", "1776-01-01", "1777-12-31", null),
        (Timetwister, "ca. December 1776", "1776-12-01", "1776-12-31", null),
        (Timetwister, "circa 1776 Dec", "1776-12-01", "1776-12-31", null),
        (Timetwister, "ca 1776 December", "1776-12-01", "1776-12-31", null),
        (Timetwister, "ca. January 1776 - February 1777", "1776-01-01", "1777-02-28", null),
        (Timetwister, "January 1776 - circa February 1777", "1776-01-01", "1777-02-28", null),
        (Timetwister, "ca. 1776-77", "1776-01-01", "1777-12-31", null),
        (Timetwister, "ca. January - February 1776", "1776-01-01", "1776-02-29", null),
        (Timetwister, "ca. early 1770's", "1770-01-01", "1775-12-31", Parts),
        (Timetwister, "ca. 01/01/1776", "1776-01-01", "1776-01-01", Numeric),
        (Timetwister, "Approximately July 4, 1776", "1776-07-04", "1776-07-04", null),
        (Timetwister, "[July 4, 1776]", "1776-07-04", "1776-07-04", Brackets),
        (Timetwister, "July 4?, 1776", "1776-07-04", "1776-07-04", null),
        (Timetwister, "1771 - 76?", "1771-01-01", "1776-12-31", null),
        (Timetwister, "July 4", "!", "", null),
        (Timetwister, "June - July", "!", "", null),
        (Timetwister, "January 12 - July 4", "!", "", null),
        (Timetwister, "July 4 2776", "!", "", FarYears),
        (Timetwister, "July 4 776", "!", "", FarYears),
        (Timetwister, "July 4 1776 - July 4 7776", "!", "", FarYears),
        (Timetwister, "1897-19??", "!", "", null),
        (Timetwister, "1776, 1789, 1812", "1776-01-01", "1812-12-31", null),
        (Timetwister, "July 1776 - August 1789, 1812 - 1820, 1900", "1776-07-01", "1900-12-31", null),
        (Timetwister, "July twenty-first 1776", "1776-07-21", "1776-07-21", null),
        (Timetwister, "July twenty-first, 1776", "1776-07-21", "1776-07-21", null),
        (Timetwister, "July 21st, 1776", "1776-07-21", "1776-07-21", null),
        (Timetwister, "July 21st 1776", "1776-07-21", "1776-07-21", null),
        (Timetwister, "august 4 1776", "1776-08-04", "1776-08-04", null),
        (Timetwister, "août 4 1776", "1776-08-04", "1776-08-04", NotEnglish),
        (Timetwister, "agosto 4 1776", "1776-08-04", "1776-08-04", NotEnglish),
        (Timetwister, "july 4 and 5 1776", "1776-07-04", "1776-07-05", null),
        (Timetwister, "4 & 5 july 1776", "1776-07-04", "1776-07-05", null),
        (Timetwister, "july and august 1776", "1776-07-01", "1776-08-31", null),
        (Timetwister, "ca. mid 19th century", "1830-01-01", "1880-12-31", Parts),
        (Timetwister, "17th century", "1600-01-01", "1699-12-31", Centuries),
        (Timetwister, "199u", "1990-01-01", "1999-12-31", null),
        (Timetwister, "19uu", "1900-01-01", "1999-12-31", null),
    ];
}
