using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>
/// ISO 8601 forms other EDTF readers (edtf.js, python-edtf) read, added for issue #8's conformance: reduced
/// centuries and decades, spaces around the commas of sets, fractions of seconds, basic zone offsets, 24:00:00.
/// </summary>
public class EdtfIsoFormsTests
{
    private static readonly EdtfPattern Pattern = EdtfPattern.Default;

    [Theory]
    [InlineData("19", "19XX")]
    [InlineData("00", "00XX")]
    [InlineData("-04", "-04XX")]
    [InlineData("193", "193X")]
    [InlineData("000", "000X")]
    [InlineData("-193", "-193X")]
    [InlineData("197~", "197X~")]
    [InlineData("19?", "19XX?")]
    [InlineData("197%", "197X%")]
    public void Parse_ReducedCenturyOrDecade_IsTheSpanItsXFormNames(string text, string same)
    {
        HistoricalDate value = Pattern.Parse(text).Value;
        Assert.Equal(Pattern.Parse(same).Value, value);
        Assert.Equal(same, Pattern.Format(value));
        Assert.True(Pattern.TryParse(text, out HistoricalDate viaTry));
        Assert.Equal(value, viaTry);
    }

    [Theory]
    [InlineData("-00", 1)]
    [InlineData("-000", 1)]
    [InlineData("1", 1)]
    [InlineData("19X", 1)]
    public void Parse_MalformedReducedYear_IsAnErrorAtTheColumn(string text, int column)
    {
        ParseResult<HistoricalDate> result = Pattern.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error.Column);
    }

    // HistoricalDate.Parse (and JSON) keep reading a short number as the English year, as before.
    [Theory]
    [InlineData("79", 79, DatePrecision.Year)]
    [InlineData("193", 193, DatePrecision.Year)]
    [InlineData("19?", 19, DatePrecision.Year)]
    [InlineData("-04", -499, DatePrecision.Century)]
    [InlineData("197%", 1970, DatePrecision.Decade)]
    public void HistoricalDateParse_ShortNumber_IsTheEnglishYearFirst(string text, int year, DatePrecision precision)
    {
        HistoricalDate value = HistoricalDate.Parse(text);
        Assert.Equal((year, precision), (value.Year, value.Precision));
        Assert.True(HistoricalDate.TryParse(text, out HistoricalDate viaTry));
        Assert.Equal(value, viaTry);
    }

    [Theory]
    [InlineData("[1667, 1668]", "[1667,1668]")]
    [InlineData("[1667 ,1668]", "[1667,1668]")]
    public void Parse_SetWithSpacesAroundCommas_ReadsAsWithout(string text, string same) =>
        Assert.Equal(Pattern.Parse(same).Value, Pattern.Parse(text).Value);

    [Theory]
    [InlineData("{1960 ,  1961-12}", "{1960,1961-12}")]
    [InlineData("[1667, 1668, 1670..1672]", "[1667,1668,1670..1672]")]
    public void ParseSet_SpacesAroundCommas_ReadsAsWithoutAndWritesWithout(string text, string canonical)
    {
        HistoricalDateSet set = Pattern.ParseSet(text).Value;
        Assert.Equal(Pattern.ParseSet(canonical).Value, set);
        Assert.Equal(canonical, Pattern.FormatSet(set));
    }

    [Theory]
    [InlineData("2016-05-02T16:54:59.042")]
    [InlineData("2016-05-02T16:54:59.042Z")]
    [InlineData("2016-05-02T16:54:59+0230")]
    [InlineData("2016-05-02T16:54:59-1200")]
    [InlineData("2016-05-02T16:54:59+14")]
    [InlineData("2016-05-02T24:00:00")]
    public void Parse_IsoTimeForms_GiveTheDayWritten(string text)
    {
        HistoricalDate value = Pattern.Parse(text).Value;
        Assert.Equal((new LocalDate(2016, 5, 2), new LocalDate(2016, 5, 2)), (value.Earliest, value.Latest));
        Assert.Equal("2016-05-02", Pattern.Format(value));
    }
}
