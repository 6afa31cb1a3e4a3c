using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>Forms of archival description added for issue #8's conformance on Timetwister's tests.</summary>
public class EnglishDateArchivalTests
{
    private static readonly EnglishDatePattern English = EnglishDatePattern.Default;

    private static HistoricalDate Read(string text) => English.Parse(text).Value;

    // Year, month, day: the order of archival description (DACS 2.4).
    [Theory]
    [InlineData("1776 July 4", "July 4, 1776")]
    [InlineData("1776 December", "December 1776")]
    [InlineData("1776 Dec", "December 1776")]
    [InlineData("circa 1776 Dec", "c. December 1776")]
    [InlineData("1776 July 4 - 1789 March 1", "July 4, 1776 – March 1, 1789")]
    [InlineData("1776 - 1789 March", "1776 – March 1789")]
    [InlineData("1066 October 14", "October 14, 1066")]
    [InlineData("1776 4 July", "July 4, 1776")]
    [InlineData("1776 4 July - 1789 1 March", "July 4, 1776 – March 1, 1789")]
    [InlineData("1776 July 4-10", "July 4–10, 1776")]
    [InlineData("1776 May 4 - July 10", "May 4 – July 10, 1776")]
    [InlineData("1776 July-September", "July–September 1776")]
    public void Parse_YearFirst_IsTheSameDate(string text, string same) =>
        Assert.Equal(Read(same), Read(text));

    // A year-first form that could be read two ways is an error, never a day read as a year.
    [Theory]
    [InlineData("1776 July - 12")]
    [InlineData("1776 40 July")]
    [InlineData("1776 July 4 - 40")]
    public void Parse_YearFirstWithoutItsShape_IsAnError(string text)
    {
        Assert.False(English.Parse(text).Success);
        Assert.False(English.TryParse(text, out _));
    }

    [Theory]
    [InlineData("July 4? 1776")]
    [InlineData("July 4?, 1776")]
    public void Parse_QuestionMarkAfterTheDay_IsUncertainDay(string text)
    {
        HistoricalDate value = Read(text);
        Assert.Equal(Read("July 4, 1776").Earliest, value.Earliest);
        Assert.True(value.IsUncertain);
    }
}
