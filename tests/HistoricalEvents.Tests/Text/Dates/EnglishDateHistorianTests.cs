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
}
