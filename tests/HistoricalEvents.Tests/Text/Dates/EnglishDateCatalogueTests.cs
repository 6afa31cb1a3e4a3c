using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>
/// Cataloguing and archival forms of issue #8, section 6 (docs/dates.md, "Catalogue forms"): centuries written with
/// dashes (17--), open dashes (1776–), year-first day ranges and seasons, numeric dates by explicit order, and EDTF
/// 2012 draft u digits.
/// </summary>
public class EnglishDateCatalogueTests
{
    private static readonly EnglishDatePattern English = EnglishDatePattern.Default;

    private static HistoricalDate Read(string text) => English.Parse(text).Value;

    private static LocalDate Day(int year, int month, int day) => new(year, month, day);

    // 17--: a century as catalogues write it (the MARC 21 008/06 examples code [19--] as 19uu), the same as the 1700s.
    [Theory]
    [InlineData("17--", "1700s")]
    [InlineData("19--", "1900s")]
    [InlineData("17--?", "1700s?")]
    [InlineData("c. 17--", "c. 1700s")]
    public void Parse_CenturyWithDashes_IsTheHundredYears(string text, string same) =>
        Assert.Equal(Read(same), Read(text));

    [Fact]
    public void Parse_CenturyWithDashes_Bounds()
    {
        HistoricalDate value = Read("17--");
        Assert.Equal((Day(1700, 1, 1), Day(1799, 12, 31)), (value.Earliest, value.Latest));
        Assert.Equal(DatePrecision.Century, value.Precision);
    }

    // A start and a dash with nothing after: ongoing, as catalogues write a person still living (LCRI 22.17, "1900- ").
    [Theory]
    [InlineData("1776 - ", "1776 – present")]
    [InlineData("1776–", "1776 – present")]
    [InlineData("1776-", "1776 – present")]
    [InlineData("July 1776 –", "July 1776 – present")]
    [InlineData("AD 176 –", "AD 176 – present")]
    [InlineData("c. 1930–", "c. 1930 – present")]
    public void Parse_TrailingDash_IsOpenEnded(string text, string same)
    {
        HistoricalDate value = Read(text);
        Assert.Equal(Read(same), value);
        Assert.Equal(IntervalEnd.Open, value.EndEnd);
    }

    // Errors with their column: 176- is a catalogue's decade or AD 176 onwards; a leading dash is no convention (and
    // could be a minus sign).
    [Theory]
    [InlineData("176-", 1)]
    [InlineData("176 -", 1)]
    [InlineData("17 -", 1)]
    [InlineData(" - 1776", 2)]
    [InlineData("–1776", 1)]
    [InlineData("176-?", 6)]
    public void Parse_AmbiguousDash_IsAnErrorWithItsColumn(string text, int column)
    {
        ParseResult<HistoricalDate> result = English.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error.Position.Column);
        Assert.False(English.TryParse(text, out _));
    }

    [Theory]
    [InlineData("1776 4-10 July", "4-10 July 1776")]
    [InlineData("1776 4-10 July?", "4-10 July 1776?")]
    [InlineData("1776 Spring", "Spring 1776")]
    [InlineData("1776 Summer", "Summer 1776")]
    [InlineData("1776 Winter", "Winter 1776")]
    [InlineData("ca. 1776 Fall", "ca. Fall 1776")]
    public void Parse_YearFirstDayRangeOrSeason_IsTheSameDate(string text, string same) =>
        Assert.Equal(Read(same), Read(text));

    // A question mark before a month with its day is doubt about the date (ISO 8601-2 writes ? before what it
    // qualifies); before a month alone it is still an unknown day (? May 2017, a month's span).
    [Theory]
    [InlineData("?July 4 1776?")]
    [InlineData("?July 4 1776")]
    [InlineData("? July 4th, 1776")]
    [InlineData("July 4 1776 [?]")]
    [InlineData("July 4 1776 [ ? ]")]
    public void Parse_QuestionMarkOnADay_IsUncertainDay(string text)
    {
        HistoricalDate value = Read(text);
        Assert.Equal((Day(1776, 7, 4), Day(1776, 7, 4)), (value.Earliest, value.Latest));
        Assert.True(value.IsUncertain);
    }

    [Fact]
    public void Parse_QuestionMarkBeforeMonthAlone_IsStillAnUnknownDay()
    {
        HistoricalDate value = Read("? May 2017");
        Assert.Equal((Day(2017, 5, 1), Day(2017, 5, 31)), (value.Earliest, value.Latest));
    }

    // A thousands separator follows one to three digits: 1776,178 is not the year 1,776,178 (an error as one date).
    [Theory]
    [InlineData("1776,178")]
    [InlineData("1,7760")]
    public void Parse_BadlyGroupedNumber_IsAnError(string text) =>
        Assert.False(English.Parse(text).Success);

    [Theory]
    [InlineData("12,000 BC", -11999)]
    [InlineData("1,000,000 BC", -999999)]
    public void Parse_ThousandsSeparators_StillRead(string text, long year) =>
        Assert.Equal(year, Read(text).EarliestYear);

    // The end of a range of days may carry the year without a comma: May 4 - 10 1776, as May 4 - 10, 1776.
    [Theory]
    [InlineData("May 4 - 10 1776", "May 4 - 10, 1776")]
    [InlineData("May 4 to 10 1776", "May 4 - 10, 1776")]
    [InlineData("May 4 or 5 1776", "May 4 or 5, 1776")]
    public void Parse_DayRangeEndWithYear_IsTheSameDate(string text, string same) =>
        Assert.Equal(Read(same), Read(text));

    // May 4/5 1776 may be the night across both days: not read as one of two days.
    [Theory]
    [InlineData("May 4/5 1776")]
    [InlineData("1776 - 10 1789")]
    public void Parse_DayYearEndWithoutItsShape_IsAnError(string text) =>
        Assert.False(English.Parse(text).Success);

    [Theory]
    [InlineData("1776 4-10")]
    [InlineData("1776 4-40 July")]
    [InlineData("1776 4 - 1789 10 July")]
    public void Parse_YearFirstDayRangeWithoutItsShape_IsAnError(string text) =>
        Assert.False(English.Parse(text).Success);

    // Numeric dates: refused by default, because American and British writing put day and month in opposite order.
    [Theory]
    [InlineData("7/4/1776")]
    [InlineData("07/04/1776")]
    [InlineData("13/4/1776")]
    public void Parse_NumericDateByDefault_IsAnError(string text)
    {
        Assert.False(English.Parse(text).Success);
        Assert.False(English.TryParse(text, out _));
    }

    [Theory]
    [InlineData(NumericDateOrder.MonthDayYear, "7/4/1776", 1776, 7, 4)]
    [InlineData(NumericDateOrder.MonthDayYear, "07/04/1776", 1776, 7, 4)]
    [InlineData(NumericDateOrder.MonthDayYear, "12/31/1999", 1999, 12, 31)]
    [InlineData(NumericDateOrder.DayMonthYear, "7/4/1776", 1776, 4, 7)]
    [InlineData(NumericDateOrder.DayMonthYear, "31/12/1999", 1999, 12, 31)]
    public void Parse_NumericDateWithOrder_IsThatDay(NumericDateOrder order, string text, int year, int month, int day)
    {
        EnglishDatePattern pattern = English.WithNumericDateOrder(order);
        HistoricalDate value = pattern.Parse(text).Value;
        Assert.Equal(HistoricalDate.FromDay(year, month, day), value.WithText(null));
        Assert.True(pattern.TryParse(text, out HistoricalDate viaTry));
        Assert.Equal(value.WithText(null), viaTry);
        Assert.Equal(value.WithText(null), pattern.Parse(pattern.Format(value)).Value.WithText(null));
    }

    [Theory]
    [InlineData(NumericDateOrder.MonthDayYear, "13/4/1776", 1)]
    [InlineData(NumericDateOrder.MonthDayYear, "2/30/1776", 3)]
    [InlineData(NumericDateOrder.DayMonthYear, "4/13/1776", 3)]
    [InlineData(NumericDateOrder.MonthDayYear, "7/4/76", 4)]
    public void Parse_NumericDateOutOfOrder_IsAnErrorWithItsColumn(NumericDateOrder order, string text, int column)
    {
        ParseResult<HistoricalDate> result = English.WithNumericDateOrder(order).Parse(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error.Position.Column);
    }

    [Fact]
    public void WithNumericDateOrder_KeepsPolicyAndIsImmutable()
    {
        EnglishDatePattern julian = English.WithCalendarPolicy(CalendarPolicy.ProlepticJulian);
        EnglishDatePattern american = julian.WithNumericDateOrder(NumericDateOrder.MonthDayYear);
        Assert.Same(CalendarPolicy.ProlepticJulian, american.Policy);
        Assert.Equal(NumericDateOrder.None, julian.NumericOrder);
        Assert.Equal(NumericDateOrder.MonthDayYear, american.NumericOrder);
        Assert.Equal(NumericDateOrder.MonthDayYear, american.WithCalendarPolicy(CalendarPolicy.Encyclopedic).NumericOrder);
        Assert.Throws<ArgumentOutOfRangeException>(() => English.WithNumericDateOrder((NumericDateOrder)3));
    }

    // EDTF 2012 draft u digits read as X (the Library of Congress draft wrote u; EDTF 2019 writes X) and written as X.
    [Theory]
    [InlineData("199u", "199X")]
    [InlineData("19uu", "19XX")]
    [InlineData("1999-uu", "1999-XX")]
    [InlineData("1999-07-uu", "1999-07-XX")]
    public void Parse_EdtfDraftUDigits_AreX(string text, string canonical)
    {
        HistoricalDate value = HistoricalDate.Parse(text);
        Assert.Equal(HistoricalDate.Parse(canonical).WithText(null), value.WithText(null));
        Assert.Equal(canonical, value.ToEdtfString());
    }
}
