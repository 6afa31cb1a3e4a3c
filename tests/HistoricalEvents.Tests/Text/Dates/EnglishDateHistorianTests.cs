using CsCheck;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>Issue #8, "dates as historians write them": no silently wrong value, and the forms historians use.</summary>
public class EnglishDateHistorianTests
{
    private static readonly EnglishDatePattern English = EnglishDatePattern.Default;

    private static HistoricalDate Read(string text) => English.Parse(text).Value;

    private static void AssertError(string text, int column, string expected)
    {
        ParseResult<HistoricalDate> result = English.Parse(text);
        Assert.False(result.Success, text);
        Assert.Equal(column, result.Error.Column);
        Assert.Contains(expected, result.Error.Expected, StringComparison.Ordinal);
        Assert.False(English.TryParse(text, out _));
    }

    // ---- 1. No silently wrong value -----------------------------------------------------------------------------

    // A short number before a four-digit year is its month with a slash or a tight hyphen, never a second year.
    [Theory]
    [InlineData("7/2008", 2008, 7)]
    [InlineData("12/1066", 1066, 12)]
    [InlineData("11-1978", 1978, 11)]
    [InlineData("07/2008", 2008, 7)]
    public void Parse_MonthNumberSlashYear_IsThatMonth(string text, int year, int month)
    {
        HistoricalDate date = Read(text);
        Assert.Equal((HistoricalDateKind.Single, DatePrecision.Month, year, month), (date.Kind, date.Precision, date.Year, date.Month));
        Assert.Equal(date, Read(English.Format(date)));
    }

    [Theory]
    [InlineData("13/2008", 1)]
    [InlineData("0/2008", 1)]
    [InlineData("11 – 1978", 1)]
    [InlineData("11–1978", 1)]
    [InlineData("7 or 2008", 1)]
    [InlineData("c. 44/1066", 1)]
    public void Parse_ShortNumberBeforeYearThatIsNoMonth_IsAnError(string text, int column) =>
        AssertError(text, column, "a month number 1 to 12 before a four-digit year");

    [Theory]
    [InlineData("872/3", 872, 873)]
    [InlineData("AD 11–1978", 11, 1978)]
    public void Parse_YearsThatAreClearlyYears_StayAsTheyWere(string text, int first, int last)
    {
        HistoricalDate date = Read(text);
        Assert.Equal((first, last), (date.Start.Year, date.End.Year));
    }

    [Theory]
    [InlineData("August 20 – 27", 15)]
    [InlineData("May 5 – 9", 10)]
    [InlineData("5 May – 9", 10)]
    [InlineData("May 5 or 9", 11)]
    public void Parse_DayRangeWithoutYear_IsAnErrorAtTheEnd(string text, int column) =>
        AssertError(text, column, "a year after a range of days");

    [Theory]
    [InlineData("17 BC – 5 BC", -16, -4)]
    [InlineData("539 BC-538 BC", -538, -537)]
    [InlineData("305–4 BC", -304, -303)]
    [InlineData("1914–18", 1914, 1918)]
    public void Parse_EraWrittenOnBothEnds_IsNeverOverridden(string text, int first, int last)
    {
        HistoricalDate date = Read(text);
        Assert.Equal((first, last), (date.Start.Year, date.End.Year));
    }

    [Theory]
    [InlineData("1862 (uncertain)", DateQualifiers.Uncertain)]
    [InlineData("1862 (?)", DateQualifiers.Uncertain)]
    [InlineData("1950 (approximate)", DateQualifiers.Approximate)]
    [InlineData("1950 (c.)", DateQualifiers.Approximate)]
    [InlineData("1950 (approx.)", DateQualifiers.Approximate)]
    [InlineData("1950 (c.) (?)", DateQualifiers.ApproximateAndUncertain)]
    [InlineData("12 March 2013(0 days)", DateQualifiers.None)]
    [InlineData("1 March 2012 (1 month, 1 week, and 4 days)", DateQualifiers.None)]
    public void Parse_ParenthesisedRemark_IsRead(string text, DateQualifiers qualifiers) =>
        Assert.Equal(qualifiers, Read(text).Qualifiers);

    [Theory]
    [InlineData("June 1815 (O.S.)", "June 1815 O.S.", HistoricalCalendar.Julian)]
    [InlineData("June 1815 (N.S.)", "June 1815", HistoricalCalendar.Gregorian)]
    [InlineData("1500 (N.S.)", "1500 N.S.", HistoricalCalendar.Gregorian)]
    [InlineData("October 25, 1917 (O.S.)", "October 25, 1917 O.S.", HistoricalCalendar.Julian)]
    public void Parse_CalendarMarkInParentheses_IsTheMark(string text, string same, HistoricalCalendar calendar)
    {
        HistoricalDate date = Read(text);
        Assert.Equal(calendar, date.Calendar);
        Assert.Equal((Read(same).Earliest, Read(same).Latest), (date.Earliest, date.Latest));
    }

    [Theory]
    [InlineData("December 22, 856AD (aftershocks for about a year)", 20, "a remark the reader understands")]
    [InlineData("1920 (first phase)", 6, "a remark the reader understands")]
    [InlineData("June 1815 O.S. (N.S.)", 16, "one calendar mark")]
    public void Parse_OtherParenthesisedText_IsAnError(string text, int column, string expected) =>
        AssertError(text, column, expected);

    // Old Style dual years: the Julian day in the later (modern) year. Julian 11 February 1732 = Gregorian 22 February.
    [Theory]
    [InlineData("11 February 1731/32", 1732, 2, 11, 1732, 2, 22)]
    [InlineData("February 11, 1731/2", 1732, 2, 11, 1732, 2, 22)]
    [InlineData("11 February 1731/1732", 1732, 2, 11, 1732, 2, 22)]
    [InlineData("1 January 1699/1700", 1700, 1, 1, 1700, 1, 11)]
    [InlineData("24 March 1700/01", 1701, 3, 24, 1701, 4, 4)]
    [InlineData("29 February 1731/32", 1732, 2, 29, 1732, 3, 11)]
    public void Parse_DualYear_IsOneJulianDayInTheLaterYear(string text, int year, int month, int day, int gy, int gm, int gd)
    {
        HistoricalDate date = Read(text);
        Assert.Equal((HistoricalDateKind.Single, HistoricalCalendar.Julian, true), (date.Kind, date.Calendar, date.IsDualDated));
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        Assert.Equal((new LocalDate(gy, gm, gd), new LocalDate(gy, gm, gd)), (date.Earliest, date.Latest));
        Assert.Equal(date, Read(English.Format(date)));
    }

    [Theory]
    [InlineData("11 February 1731/32", "February 11, 1731/32")]
    [InlineData("January 1731/32", "January 1731/32")]
    [InlineData("1 January 1699/1700", "January 1, 1699/1700")]
    public void Format_DualYear_IsWrittenAsDualYear(string text, string written) => Assert.Equal(written, English.Format(Read(text)));

    [Fact]
    public void Parse_DualYearMonth_IsTheJulianMonthInTheLaterYear()
    {
        HistoricalDate date = Read("January 1731/32");
        Assert.Equal((DatePrecision.Month, 1732, HistoricalCalendar.Julian, true), (date.Precision, date.Year, date.Calendar, date.IsDualDated));
    }

    [Theory]
    [InlineData("12 July 1731/32", 1, "a day from 1 January to 24 March")]
    [InlineData("25 March 1731/32", 1, "a day from 1 January to 24 March")]
    [InlineData("11 February 1731/33", 18, "the next year after a dual")]
    [InlineData("11 February 1731/1733", 18, "the next year after a dual")]
    public void Parse_DualYearThatCannotBeOldStyle_IsAnError(string text, int column, string expected) =>
        AssertError(text, column, expected);

    // ---- 6. The English forms historians use: every family as a table (bounds on the Gregorian axis, by hand) ----------

    // text, earliest, latest ("" for an open or unknown end), kind, qualifiers
    [Theory]
    // qualifier words
    [InlineData("about 1200", "1200-01-08", "1201-01-07", HistoricalDateKind.Single, DateQualifiers.Approximate)]
    [InlineData("around 1850", "1850-01-01", "1850-12-31", HistoricalDateKind.Single, DateQualifiers.Approximate)]
    [InlineData("approximately 1066", "1066-01-07", "1067-01-06", HistoricalDateKind.Single, DateQualifiers.Approximate)]
    [InlineData("approx. 1850", "1850-01-01", "1850-12-31", HistoricalDateKind.Single, DateQualifiers.Approximate)]
    [InlineData("ca. 1850", "1850-01-01", "1850-12-31", HistoricalDateKind.Single, DateQualifiers.Approximate)]
    [InlineData("circa 1850", "1850-01-01", "1850-12-31", HistoricalDateKind.Single, DateQualifiers.Approximate)]
    [InlineData("probably 1850", "1850-01-01", "1850-12-31", HistoricalDateKind.Single, DateQualifiers.Uncertain)]
    [InlineData("possibly 1200 BC", "-1200-12-21", "-1199-12-20", HistoricalDateKind.Single, DateQualifiers.Uncertain)]
    [InlineData("perhaps 1850", "1850-01-01", "1850-12-31", HistoricalDateKind.Single, DateQualifiers.Uncertain)]
    [InlineData("1850?", "1850-01-01", "1850-12-31", HistoricalDateKind.Single, DateQualifiers.Uncertain)]
    [InlineData("fl. 1150", "1150-01-08", "1151-01-07", HistoricalDateKind.Single, DateQualifiers.Approximate)]
    [InlineData("floruit 1150", "1150-01-08", "1151-01-07", HistoricalDateKind.Single, DateQualifiers.Approximate)]
    [InlineData("probably c. 1850", "1850-01-01", "1850-12-31", HistoricalDateKind.Single, DateQualifiers.ApproximateAndUncertain)]
    // "the", ordinal days
    [InlineData("the 1990s", "1990-01-01", "1999-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the 12th century", "1101-01-08", "1201-01-07", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the year 1066", "1066-01-07", "1067-01-06", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("July 4th, 1776", "1776-07-04", "1776-07-04", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the 4th of July, 1776", "1776-07-04", "1776-07-04", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("4th July 1776", "1776-07-04", "1776-07-04", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("12th January 1606", "1606-01-12", "1606-01-12", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the fourth of July, 1776", "1776-07-04", "1776-07-04", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the twenty-first of June 1944", "1944-06-21", "1944-06-21", HistoricalDateKind.Single, DateQualifiers.None)]
    // before and after words
    [InlineData("prior to 1600", "", "1599-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("pre-1600", "", "1599-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("post-1945", "1946-01-01", "", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("since 1945", "1945-01-01", "", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("by 1850", "", "1850-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("no later than 1850", "", "1850-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("not after 1850", "", "1850-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("not before 1850", "1850-01-01", "", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("no earlier than 1850", "1850-01-01", "", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("until 1918", "", "1918-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("till 1918", "", "1918-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("1600 or later", "1600-01-01", "", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("1600 or earlier", "", "1600-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    // centuries and their parts
    [InlineData("19c", "1801-01-01", "1900-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("19th c.", "1801-01-01", "1900-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("12th cent.", "1101-01-08", "1201-01-07", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("fifth century", "0401-01-02", "0501-01-02", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("fifth century BC", "-0500-12-27", "-0400-12-26", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("twenty-first century", "2001-01-01", "2100-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("7th–8th century", "0601-01-04", "0801-01-04", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("12th–13th centuries", "1101-01-08", "1301-01-08", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("2nd or 3rd century", "0100-12-31", "0301-01-01", HistoricalDateKind.OneOf, DateQualifiers.None)]
    [InlineData("late 4th or early 3rd century BC", "-0340-12-27", "-0260-12-27", HistoricalDateKind.OneOf, DateQualifiers.None)]
    [InlineData("first half of the 14th century", "1301-01-09", "1351-01-08", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("second quarter of the 9th century", "0826-01-05", "0851-01-04", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("second half of the 1960s", "1965-01-01", "1969-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("early June 1944", "1944-06-01", "1944-06-12", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("mid-June 1944", "1944-06-10", "1944-06-21", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("late February 1900", "1900-02-17", "1900-02-28", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("mid-1950s", "1953-01-01", "1956-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    // spelled decades and eras
    [InlineData("the sixties", "1960-01-01", "1969-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the nineteen-sixties", "1960-01-01", "1969-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the eighteen nineties", "1890-01-01", "1899-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the eighteen hundreds", "1800-01-01", "1899-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("1066 Anno Domini", "1066-01-07", "1067-01-06", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("Anno Domini 1066", "1066-01-07", "1067-01-06", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("44 Before Christ", "-0044-12-30", "-0043-12-29", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("44 B.C.E.", "-0044-12-30", "-0043-12-29", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("44 Before Common Era", "-0044-12-30", "-0043-12-29", HistoricalDateKind.Single, DateQualifiers.None)]
    // ranges
    [InlineData("1914 through 1918", "1914-01-01", "1918-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("1914 until 1918", "1914-01-01", "1918-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("from 1914 until 1918", "1914-01-01", "1918-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("from 1914 to 1918", "1914-01-01", "1918-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("winter 1941–42", "1941-12-01", "1942-02-28", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("winter 1941/42", "1941-12-01", "1942-02-28", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("1950s–60s", "1950-01-01", "1969-12-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    [InlineData("December 1941 – January 1942", "1941-12-01", "1942-01-31", HistoricalDateKind.Interval, DateQualifiers.None)]
    // feasts (Easter by the computus of the date's calendar) and Roman dates
    [InlineData("Easter 1900", "1900-04-15", "1900-04-15", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("Easter Sunday, 2000", "2000-04-23", "2000-04-23", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("Easter 1066", "1066-04-22", "1066-04-22", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("Good Friday 1916", "1916-04-21", "1916-04-21", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("Pentecost 1900", "1900-06-03", "1900-06-03", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("Christmas Day 1066", "1066-12-31", "1066-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("Michaelmas 1215", "1215-10-06", "1215-10-06", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("All Saints' Day 1500", "1500-11-11", "1500-11-11", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("New Year's Day 1900", "1900-01-01", "1900-01-01", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("Lady Day 1700", "1700-03-25", "1700-03-25", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("Ides of March, 44 BC", "-0043-03-13", "-0043-03-13", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the Kalends of January 1066", "1066-01-07", "1066-01-07", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the Nones of May, 1200", "1200-05-14", "1200-05-14", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("the Ides of January 1200", "1200-01-20", "1200-01-20", HistoricalDateKind.Single, DateQualifiers.None)]
    // quarters and halves
    [InlineData("Q2 1944", "1944-04-01", "1944-06-30", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("H2 1944", "1944-07-01", "1944-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("second half of 1944", "1944-07-01", "1944-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("first quarter of 1944", "1944-01-01", "1944-03-31", HistoricalDateKind.Single, DateQualifiers.None)]
    [InlineData("fourth quarter of 1944", "1944-10-01", "1944-12-31", HistoricalDateKind.Single, DateQualifiers.None)]
    public void Parse_HistorianForm_GivesHandCheckedBoundsAndReadsBack(string text, string earliest, string latest, HistoricalDateKind kind, DateQualifiers qualifiers)
    {
        HistoricalDate date = Read(text);
        Assert.Equal(kind, date.Kind);
        Assert.Equal(qualifiers, date.Qualifiers);
        if (earliest.Length > 0)
        {
            Assert.Equal(earliest, date.Earliest.ToString("uuuu-MM-dd", null));
        }
        else
        {
            Assert.NotEqual(IntervalEnd.Known, date.StartEnd);
        }
        if (latest.Length > 0)
        {
            Assert.Equal(latest, date.Latest.ToString("uuuu-MM-dd", null));
        }
        else
        {
            Assert.NotEqual(IntervalEnd.Known, date.EndEnd);
        }
        Assert.Equal(date, Read(English.Format(date)));
    }

    // Before/after words: exclusive ("prior to", "pre-", "post-") like before/after, inclusive ("by", "not before",
    // "or later") with the date named, open ("since", "till") like "– present"/"until".
    [Theory]
    [InlineData("prior to 1600", "before 1600")]
    [InlineData("pre-1600", "before 1600")]
    [InlineData("post-1945", "after 1945")]
    [InlineData("by 1850", "before 1851")]
    [InlineData("not before 1850", "after 1849")]
    [InlineData("1600 or later", "after 1599")]
    [InlineData("since 1945", "1945 – present")]
    [InlineData("till 1918", "until 1918")]
    [InlineData("up to 1918", "until 1918")]
    public void Parse_BeforeAfterWord_EqualsItsPlainForm(string text, string plain) => Assert.Equal(Read(plain), Read(text));

    [Fact]
    public void Parse_Easter_UsesTheComputusOfItsCalendar()
    {
        // Easter 1752 in Britain (still Julian): Julian 29 March 1752 = Gregorian 9 April; under the default policy
        // 1752 is Gregorian and Easter is Gregorian 2 April.
        HistoricalDate britain = English.WithCalendarPolicy(CalendarPolicy.GreatBritain).Parse("Easter 1752").Value;
        HistoricalDate rome = Read("Easter 1752");
        Assert.Equal((HistoricalCalendar.Julian, new LocalDate(1752, 4, 9)), (britain.Calendar, britain.Earliest));
        Assert.Equal((HistoricalCalendar.Gregorian, new LocalDate(1752, 4, 2)), (rome.Calendar, rome.Earliest));
    }

    [Theory]
    [InlineData("Kalends of January", 19, "a year such as 1920")]
    [InlineData("Easter 200", 8, "a year from AD 326 on for Easter")]
    [InlineData("fifth half of 1944", 1, "first or second before 'half'")]
    [InlineData("first half 1944", 12, "'of', as in first half")]
    [InlineData("first half of June 1944", 1, "a year, decade, century or millennium after 'half of'")]
    [InlineData("early June or July 1944", 1, "a single day, month, season")]
    [InlineData("7th–8th", 8, "'century' or 'millennium'")]
    [InlineData("summer 1941–42", 13, "an end that is not before the start")]
    public void Parse_HistorianFormThatCannotBeRead_IsAnError(string text, int column, string expected) =>
        AssertError(text, column, expected);

    // Forms from another historical-date parser's test suite: python-edtf's natural-language table
    // (ixc/python-edtf, edtf/natlang/tests.py), each with the value this library gives. Forms that library reads
    // wrongly or by dropping text ("1863 or 1864" as 1863, "1851-1852; printed 1853-1854") are errors or kept whole
    // here; "90" is AD 90 here, not 1990 (no implied century); "10/7/2008" is an error (day and month order unknown).
    [Theory]
    [InlineData("1860", "1860", "1860")]
    [InlineData("the year 1800", "1800", "1800")]
    [InlineData("January 12, 1940", "January 12, 1940", "January 12, 1940")]
    [InlineData("1862 (uncertain)", "1862", "1862?")]
    [InlineData("maybe 1862", "1862", "1862?")]
    [InlineData("1862 maybe", "1862", "1862?")]
    [InlineData("uncertain: 1862", "1862", "1862?")]
    [InlineData("~ Feb 1812", "February 1812", "c. February 1812")]
    [InlineData("circa Feb 1812", "February 1812", "c. February 1812")]
    [InlineData("Feb 1812 approx", "February 1812", "c. February 1812")]
    [InlineData("c1860", "1860", "c. 1860")]
    [InlineData("c.1860", "1860", "c. 1860")]
    [InlineData("ca1860", "1860", "c. 1860")]
    [InlineData("ca.1860", "1860", "c. 1860")]
    [InlineData("1860 approx", "1860", "c. 1860")]
    [InlineData("1860 approximately", "1860", "c. 1860")]
    [InlineData("about Spring 1849", "Spring 1849", "c. Spring 1849")]
    [InlineData("ca. 1860s?", "1860s", "c. 1860s?")]
    [InlineData("uncertain: approx 1862", "1862", "c. 1862?")]
    [InlineData("7/2008", "July 2008", "July 2008")]
    [InlineData("Fall 1872", "Autumn 1872", "Autumn 1872")]
    [InlineData("earlier than 1928", "before 1928", "before 1928")]
    [InlineData("later than 1928", "after 1928", "after 1928")]
    [InlineData("before 18 January 1928", "before January 18, 1928", "before January 18, 1928")]
    [InlineData("after about the 1920s", "after c. 1920s", "after c. 1920s")]
    [InlineData("before the 1900s", "before 1900s", "before 1900s")]
    [InlineData("10c", "10th century", "10th century")]
    [InlineData("15c.", "15th century", "15th century")]
    [InlineData("~19c", "19th century", "c. 19th century")]
    [InlineData("c.19c?", "19th century", "c. 19th century?")]
    [InlineData("c64 BCE", "64 BC", "c. 64 BC")]
    [InlineData("2nd century bce", "2nd century BC", "2nd century BC")]
    [InlineData("2nd century ad", "2nd century", "2nd century")]
    [InlineData("1851-52", "1851–1852", "1851–1852")]
    [InlineData("1856-ca. 1865", "1856–1865", "1856 – c. 1865")]
    [InlineData("1857-mid 1860s", "1857–1866", "1857–mid-1860s")]
    [InlineData("1860s-1870s", "1860s–1870s", "1860s–1870s")]
    [InlineData("active 1910-30", "1910–1930", "c. 1910 – 1930")]
    [InlineData("1868-1871?", "1868–1871", "1868–1871?")]
    [InlineData("1920s -early 1930s", "1920–1933", "1920s – early 1930s")]
    [InlineData("active late 17th-19th centuries", "17th century–19th century", "c. late 17th century – 19th century")]
    public void Parse_PythonEdtfNaturalLanguageForm_IsReadWithItsQualifiers(string text, string plain, string formatted)
    {
        HistoricalDate date = Read(text);
        Assert.Equal(formatted, English.Format(date));
        HistoricalDate unqualified = Read(plain);
        Assert.Equal(unqualified.Latest, date.Latest);
        Assert.Equal(date, Read(English.Format(date)));
    }

    [Theory]
    [InlineData("10/7/2008")]
    [InlineData("January 12")]
    [InlineData("1861-67 (later print)")]
    [InlineData("1851-1852; printed 1853-1854")]
    [InlineData("1915 late - autumn 1916")]
    public void Parse_PythonEdtfFormThatWouldNeedAGuess_IsAnError(string text) => Assert.False(English.Parse(text).Success);

    // The word tables are looked up by span: reading the new forms allocates nothing either.
    [Theory]
    [InlineData("Christmas Day 1066")]
    [InlineData("All Saints' Day 1500")]
    [InlineData("about the 1990s")]
    [InlineData("the 4th of July, 1776")]
    [InlineData("second quarter of the 9th century")]
    [InlineData("the nineteen-sixties")]
    [InlineData("11 February 1731/32")]
    [InlineData("1862 (uncertain)")]
    [InlineData("Easter 1900")]
    [InlineData("no later than 1850")]
    public void TryParse_TableForm_AllocatesNothing(string text)
    {
        Assert.True(English.TryParse(text, out _));
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = English.TryParse(text, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(ok);
        Assert.Equal(0, allocated);
    }

    // Every parenthesised remark, word and phrase table row reads; an unknown word in the same place does not.
    [Theory]
    [InlineData("1850 (sic)")]
    [InlineData("Christmass 1066")]
    [InlineData("Saint Crispin's Day 1415")]
    [InlineData("the 4th of Julyy, 1776")]
    [InlineData("nineteen-sixty")]
    [InlineData("3rd quarter of the 9th century BC AD")]
    public void Parse_NearMissOfATableWord_IsAnError(string text) => Assert.False(English.Parse(text).Success);

    // ---- Properties ---------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_AnyMonthNumberSlashYear_IsThatMonthAndAnyOtherNumberIsAnError() =>
        Gen.Select(Gen.Int[0, 99], Gen.Int[1000, 9999], Gen.Bool).Sample((number, year, slash) =>
        {
            string text = number.ToString(System.Globalization.CultureInfo.InvariantCulture) + (slash ? "/" : "-") +
                year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ParseResult<HistoricalDate> result = English.Parse(text);
            if (number is >= 1 and <= 12)
            {
                HistoricalDate date = result.Value;
                return date.Kind == HistoricalDateKind.Single && date.Precision == DatePrecision.Month && date.Month == number && date.Year == year;
            }
            return !result.Success && result.Error.Column == 1;
        });

    // Any day from 1 January to 24 March with a dual year is the Julian day in the later year; written back, it reads
    // back equal; any later day is an error.
    [Fact]
    public void Parse_AnyDualYearDay_IsTheJulianDayInTheLaterYearAndReadsBack() =>
        Gen.Select(Gen.Int[101, 9998], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Bool).Sample((year, month, day, shortForm) =>
        {
            string later = shortForm && year / 100 == (year + 1) / 100
                ? ((year + 1) % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture)
                : (year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string text = $"{day} {HistoricalEvents.Internal.Messages.MonthNames[month - 1]} {year}/{later}";
            ParseResult<HistoricalDate> result = English.Parse(text);
            if (year < 1000 || month > 3 || month == 3 && day > 24)
            {
                return !result.Success;
            }
            HistoricalDate date = result.Value;
            return date.IsDualDated && date.Calendar == HistoricalCalendar.Julian && (date.Year, date.Month, date.Day) == (year + 1, month, day) &&
                English.Parse(English.Format(date)).Value == date;
        });

    // JSON keeps what EDTF cannot say (the dual year, the Julian Easter) through the readable English form.
    [Theory]
    [InlineData("11 February 1731/32")]
    [InlineData("January 1731/32")]
    [InlineData("Q2 1944")]
    [InlineData("second half of 1944")]
    [InlineData("first half of the 14th century")]
    [InlineData("early June 1944")]
    [InlineData("Easter 1066")]
    [InlineData("by 1850")]
    public void Json_HistorianForm_RoundTripsEqual(string text)
    {
        HistoricalDate date = Read(text);
        string json = System.Text.Json.JsonSerializer.Serialize(date, HistoricalEvents.Serialization.HistoricalEventsJson.Options);
        Assert.Equal(date, System.Text.Json.JsonSerializer.Deserialize<HistoricalDate>(json, HistoricalEvents.Serialization.HistoricalEventsJson.Options));
    }

    // "17-19th Centuries" read as AD 17 to 1900 (silently wrong): a bare one- or two-digit number before an ordinal
    // century or millennium is the ordinal of that unit, as "17th–19th centuries" is.
    [Theory]
    [InlineData("17-19th Centuries", "17th–19th centuries")]
    [InlineData("17 to 19th century", "17th to 19th century")]
    [InlineData("between 17 and 19th century", "between 17th and 19th century")]
    [InlineData("7 or 8th century", "7th or 8th century")]
    [InlineData("1-2nd millennium", "1st–2nd millennium")]
    [InlineData("5-4th century BC", "5th–4th century BC")]
    public void Parse_BareNumberBeforeAnOrdinalCentury_IsThatCentury(string text, string same)
    {
        HistoricalDate value = Read(text);
        Assert.Equal(Read(same), value);
        Assert.Equal(DatePrecision.Century == Read(same).Start.Precision ? DatePrecision.Century : DatePrecision.Millennium, value.Start.Precision);
    }

    // BP: years before present, counted from 1950 (the radiocarbon convention): the year 1950 - n, astronomical.
    [Theory]
    [InlineData("11,700 BP", -9750, DateQualifiers.None)]
    [InlineData("c. 2500 BP", -550, DateQualifiers.Approximate)]
    [InlineData("1950 BP", 0, DateQualifiers.None)]
    [InlineData("12,000 bp", -10050, DateQualifiers.None)]
    public void Parse_YearsBeforePresent_CountFrom1950(string text, long astronomicalYear, DateQualifiers qualifiers)
    {
        HistoricalDate value = Read(text);
        // The year written, in its calendar (a Julian year of the days starts late in the Gregorian year before).
        Assert.Equal((DatePrecision.Year, astronomicalYear), (value.Precision, (long)value.Year));
        Assert.Equal(astronomicalYear, value.LatestYear);
        Assert.Equal(qualifiers, value.Qualifiers);
        Assert.Equal(value, Read(English.Format(value)));   // written with BC, which reads back as the same year
    }

    [Theory]
    [InlineData("11,700 BP – 10,000 BP", 20)]
    [InlineData("11,700 BP or 1200", 8)]
    [InlineData("before 11,700 BP", 15)]
    [InlineData("June 11,700 BP", 13)]
    public void Parse_BeforePresentNotOnAYearAlone_IsAnErrorAtBP(string text, int column) =>
        AssertError(text, column, "BP (before present");
}
