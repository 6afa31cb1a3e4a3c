using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>
/// Inputs found by fuzzing (tests/HistoricalEvents.Fuzz, target "english"): values the English pattern read but
/// wrote as text that read back as another value, or as EDTF it does not read.
/// </summary>
public class EnglishDatePatternFuzzRegressionTests
{
    private static readonly EnglishDatePattern Pattern = HistoricalDatePatterns.English;

    [Theory]
    [InlineData("4 or 28BC")]
    [InlineData("1566-06/1567")]
    [InlineData("28 BC – 4 BC")]
    public void Format_ValueRead_ReadsBackEqual(string text)
    {
        HistoricalDate value = Pattern.Parse(text).Value;
        string formatted = Pattern.Format(value);
        Assert.Equal(value, Pattern.Parse(formatted).Value);
    }

    // Fuzz (CI, target "edtf"): the ISO day 1582-10-14 is Gregorian, and "before October 15, 1582" steps back with
    // the encyclopedic policy to Julian October 4, 1582: the same day in the other calendar, so another value. The
    // writer marks the day named when only the mark leads back ("before October 15, 1582 N.S.").
    [Theory]
    [InlineData("/1582-10-14", "before October 15, 1582 N.S.")]
    [InlineData("1582-10-05/", "after October 4, 1582 N.S.")]
    [InlineData("1582-10-15/", "after October 4, 1582")]
    [InlineData("/1582-10-15", "before October 16, 1582")]
    [InlineData("/1582-10-04", "before October 5, 1582 N.S.")]
    [InlineData("/1066-10-20", "before October 21, 1066 N.S.")]
    public void Format_BeforeOrAfterAnIsoDayNearTheSwitch_ReadsBackEqual(string edtf, string english)
    {
        HistoricalDate value = HistoricalDatePatterns.Edtf.Parse(edtf).Value;
        string formatted = Pattern.Format(value);
        Assert.Equal(english, formatted);
        Assert.Equal(value, Pattern.Parse(formatted).Value);
    }

    [Theory]
    [InlineData("before October 15, 1582", "October 4, 1582")]
    [InlineData("before October 15, 1582 N.S.", "October 14, 1582 N.S.")]
    public void Format_BeforeTheFirstGregorianDay_KeepsTheCalendarOfTheDayBefore(string text, string end)
    {
        HistoricalDate value = Pattern.Parse(text).Value;
        Assert.Equal(Pattern.Parse(end).Value, value.End);
        Assert.Equal(text, Pattern.Format(value));
    }

    // Fuzz inputs that once read back as another value: a short number before a longer year is now refused at
    // once (is "04 or 6038BC" AD 4 or 4 BC?), so nothing can be written back wrong.
    [Theory]
    [InlineData("04or 6038BC")]
    [InlineData("C04 or 6038BC")]
    [InlineData("44 or 366BC")]
    public void Parse_ShortNumberOrALongerYear_IsAnErrorAtColumnOne(string text)
    {
        ParseResult<HistoricalDate> result = Pattern.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(1, result.Error!.Column);
    }

    // "10 feb1/ 02" read as a dual year (February 10, AD 1/2) that the writer could not write back as read: dual
    // (Old Style) years are English usage from the 12th century, so a slashed year before 1000 is an error.
    [Theory]
    [InlineData("10 feb1/ 02", 7)]
    [InlineData("10 February 999/1000", 13)]
    public void Parse_DualYearBefore1000_IsAnErrorAtTheYear(string text, int column)
    {
        ParseResult<HistoricalDate> result = Pattern.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error!.Column);
        Assert.Contains("from 1000", result.Error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6038 BC or 4 BC", -6037, -3)]
    [InlineData("6038 BC or c. 4 BC", -6037, -3)]
    [InlineData("28 BC – 4 BC", -27, -3)]
    public void Parse_BothYearsWithTheirEra_AreReadInFull(string text, int first, int second)
    {
        HistoricalDate value = Pattern.Parse(text).Value;
        Assert.Equal((first, second), (value.Start.Year, value.End.Year));
    }

    [Theory]
    [InlineData("305–4 BC", -304, -303)]
    [InlineData("28 or 4 BC", -27, -23)]
    [InlineData("1914–18", 1914, 1918)]
    public void Parse_AbbreviatedSecondYear_StillBorrowsTheLeadingDigits(string text, int first, int second)
    {
        HistoricalDate value = Pattern.Parse(text).Value;
        Assert.Equal((first, second), (value.Start.Year, value.End.Year));
    }

    [Theory]
    [InlineData(-27, -3, "28 BC or 4 BC")]
    [InlineData(-303, -302, "304 or 303 BC")]
    public void Format_TwoYearsBC_WritesTheShorterInFull(int first, int second, string expected)
    {
        HistoricalDate value = HistoricalDate.Parse($"{1 - first} BC or {1 - second} BC");
        Assert.Equal((first, second), (value.Start.Year, value.End.Year));
        Assert.Equal(expected, Pattern.Format(value));
    }

    [Fact]
    public void Format_MonthOrNextYear_WritesTheYearFirstSoItIsNotReadAsDualDating()
    {
        HistoricalDate value = Pattern.Parse("1566-06/1567").Value;
        Assert.Equal(HistoricalDateKind.OneOf, value.Kind);
        Assert.Equal("1567 or June 1566", Pattern.Format(value));
    }
}
