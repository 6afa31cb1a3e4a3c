using CsCheck;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>EDTF level 2 unspecified digits anywhere and qualifiers on single components.</summary>
public class EdtfLevel2Tests
{
    private static readonly EdtfPattern Pattern = EdtfPattern.Default;

    // "J:" marks a bound given as a Julian date (months and years before 1582 follow the encyclopedic policy); the
    // test converts it to the ISO axis with NodaTime. Every level 2 example of the Library of Congress specification
    // for these forms is a row, then other placements.
    [Theory]
    [InlineData("156X-12-25", DatePrecision.Day, "1560-12-25", "1569-12-25", "156X-12-25")]
    [InlineData("15XX-12-25", DatePrecision.Day, "1500-12-25", "1599-12-25", "15XX-12-25")]
    [InlineData("XXXX-12-XX", DatePrecision.Day, "0000-12-01", "9999-12-31", "XXXX-12-XX")]
    [InlineData("1XXX-XX", DatePrecision.Month, "J:1000-01-01", "1999-12-31", "1XXX-XX")]
    [InlineData("1XXX-12", DatePrecision.Month, "J:1000-12-01", "1999-12-31", "1XXX-12")]
    [InlineData("1984-1X", DatePrecision.Month, "1984-10-01", "1984-12-31", "1984-1X")]
    [InlineData("1XXX", DatePrecision.Year, "J:1000-01-01", "1999-12-31", "1XXX")]
    [InlineData("XXXX", DatePrecision.Year, "J:0000-01-01", "9999-12-31", "XXXX")]
    [InlineData("1XX5", DatePrecision.Year, "J:1005-01-01", "1995-12-31", "1XX5")]
    [InlineData("-1XX5", DatePrecision.Year, "J:-1995-01-01", "J:-1005-12-31", "-1XX5")]
    [InlineData("XXXX-12", DatePrecision.Month, "J:0000-12-01", "9999-12-31", "XXXX-12")]
    [InlineData("2004-XX-11", DatePrecision.Day, "2004-01-11", "2004-12-11", "2004-XX-11")]
    [InlineData("2004-06-1X", DatePrecision.Day, "2004-06-10", "2004-06-19", "2004-06-1X")]
    [InlineData("2004-1X-31", DatePrecision.Day, "2004-10-31", "2004-12-31", "2004-1X-31")]
    [InlineData("2004-0X-31", DatePrecision.Day, "2004-01-31", "2004-08-31", "2004-0X-31")]
    [InlineData("2004-X3-11", DatePrecision.Day, "2004-03-11", "2004-03-11", "2004-X3-11")]
    [InlineData("~201X", DatePrecision.Decade, "2010-01-01", "2019-12-31", "201X~")]
    [InlineData("?2004-?XX", DatePrecision.Year, "2004-01-01", "2004-12-31", "2004-XX?")]
    [InlineData("201X-XX", DatePrecision.Month, "2010-01-01", "2019-12-31", "201X-XX")]
    [InlineData("156X-12-25?", DatePrecision.Day, "1560-12-25", "1569-12-25", "156X-12-25?")]
    [InlineData("2004-06-~11", DatePrecision.Day, "2004-06-11", "2004-06-11", "2004-06-~11")]
    [InlineData("2004?-06-11", DatePrecision.Day, "2004-06-11", "2004-06-11", "?2004-06-11")]
    [InlineData("?2004-06-~11", DatePrecision.Day, "2004-06-11", "2004-06-11", "?2004-06-~11")]
    [InlineData("2004-%06-11", DatePrecision.Day, "2004-06-11", "2004-06-11", "2004-%06-11")]
    [InlineData("2004-06~-11", DatePrecision.Day, "2004-06-11", "2004-06-11", "~2004-~06-11")]
    [InlineData("?2004-06", DatePrecision.Month, "2004-06-01", "2004-06-30", "?2004-06")]
    [InlineData("2004-?06-11", DatePrecision.Day, "2004-06-11", "2004-06-11", "2004-?06-11")]
    [InlineData("~2004-~06-~11", DatePrecision.Day, "2004-06-11", "2004-06-11", "2004-06-11~")]
    [InlineData("2004-06?", DatePrecision.Month, "2004-06-01", "2004-06-30", "2004-06?")]
    [InlineData("?156X-1X-~2X", DatePrecision.Day, "1560-10-20", "1569-12-29", "?156X-1X-~2X")]
    // A day that exists only in some of the years the digits allow (the leap day): the first and last such years,
    // searched (edtf.js clamps the latest to 9999-02-28, a day the text does not name; docs/edtf.md).
    [InlineData("XXXX-02-29", DatePrecision.Day, "0000-02-29", "9996-02-29", "XXXX-02-29")]
    [InlineData("190X-02-29", DatePrecision.Day, "1904-02-29", "1908-02-29", "190X-02-29")]
    [InlineData("XX00-02-29", DatePrecision.Day, "0000-02-29", "9600-02-29", "XX00-02-29")]
    [InlineData("2XXX-02-29", DatePrecision.Day, "2000-02-29", "2996-02-29", "2XXX-02-29")]
    [InlineData("189X-02-29", DatePrecision.Day, "1892-02-29", "1896-02-29", "189X-02-29")]
    [InlineData("XXXX-XX-29", DatePrecision.Day, "0000-01-29", "9999-12-29", "XXXX-XX-29")]
    [InlineData("XXXX-02-2X", DatePrecision.Day, "0000-02-20", "9999-02-28", "XXXX-02-2X")]
    [InlineData("19XX-02-X9", DatePrecision.Day, "1900-02-09", "1999-02-19", "19XX-02-X9")]
    public void Parse_Level2Date_BoundsPrecisionAndCanonicalText(string text, DatePrecision precision, string earliest, string latest, string canonical)
    {
        HistoricalDate value = Pattern.Parse(text).Value;
        Assert.Equal(HistoricalDateKind.Single, value.Kind);
        Assert.Equal(precision, value.Precision);
        Assert.Equal(Bound(earliest), value.Earliest);
        Assert.Equal(Bound(latest), value.Latest);
        Assert.Equal(canonical, Pattern.Format(value));
        Assert.Equal(value, Pattern.Parse(canonical).Value);
        Assert.True(Pattern.TryParse(text, out HistoricalDate viaTry));
        Assert.Equal(value, viaTry);
    }

    private static LocalDate Bound(string text)
    {
        bool julian = text.StartsWith("J:", StringComparison.Ordinal);
        string iso = julian ? text[2..] : text;
        bool negative = iso.StartsWith('-');
        string[] parts = (negative ? iso[1..] : iso).Split('-');
        int year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        int month = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        int day = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        return julian ? new LocalDate(year, month, day, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso) : new LocalDate(year, month, day);
    }

    [Theory]
    [InlineData("2004-06-~11", DateQualifiers.None, DateQualifiers.None, DateQualifiers.Approximate)]
    [InlineData("2004?-06-11", DateQualifiers.Uncertain, DateQualifiers.None, DateQualifiers.None)]
    [InlineData("?2004-06-~11", DateQualifiers.Uncertain, DateQualifiers.None, DateQualifiers.Approximate)]
    [InlineData("2004-%06-11", DateQualifiers.None, DateQualifiers.ApproximateAndUncertain, DateQualifiers.None)]
    [InlineData("2004-06~-11", DateQualifiers.Approximate, DateQualifiers.Approximate, DateQualifiers.None)]
    [InlineData("2004-06-11%", DateQualifiers.ApproximateAndUncertain, DateQualifiers.ApproximateAndUncertain, DateQualifiers.ApproximateAndUncertain)]
    [InlineData("?2004-06-11~", DateQualifiers.ApproximateAndUncertain, DateQualifiers.Approximate, DateQualifiers.Approximate)]
    public void Parse_ComponentQualifiers_ApplyToTheirComponents(string text, DateQualifiers year, DateQualifiers month, DateQualifiers day)
    {
        HistoricalDate value = Pattern.Parse(text).Value;
        Assert.Equal((year, month, day), (value.YearQualifiers, value.MonthQualifiers, value.DayQualifiers));
        Assert.Equal(year | month | day, value.Qualifiers);
    }

    [Fact]
    public void Parse_IntervalOfQualifiedDays_KeepsEachEnd()
    {
        HistoricalDate value = Pattern.Parse("2004-06-~01/2004-06-~20").Value;
        Assert.Equal(HistoricalDateKind.Interval, value.Kind);
        Assert.Equal(DateQualifiers.Approximate, value.Start.DayQualifiers);
        Assert.Equal(DateQualifiers.Approximate, value.End.DayQualifiers);
        Assert.Equal("2004-06-~01/2004-06-~20", Pattern.Format(value));
    }

    [Fact]
    public void Parse_UnspecifiedDigitsAtAnEnd_WidenTheEnd()
    {
        HistoricalDate value = Pattern.Parse("156X-12-25/1570").Value;
        Assert.Equal(new LocalDate(1569, 12, 25), value.Start.Latest);
        Assert.True(value.Start.HasUnspecifiedDigits);
        Assert.Equal("156X-12-25/1570", Pattern.Format(value));
        Assert.Equal(Certainty.Possibly, Pattern.Parse("156X-12-25").Value.IsBefore(Pattern.Parse("1565").Value));
    }

    [Fact]
    public void Parse_Level2MembersOfSets_RoundTrip()
    {
        Assert.Equal("[156X-12-25,?2004-06]", Pattern.Format(Pattern.Parse("[2004?-06,156X-12-25]").Value));
        HistoricalDateSet set = Pattern.ParseSet("{1XXX,2004-06-~11..2004-07}").Value;
        Assert.Equal("{1XXX,2004-06-~11..2004-07}", Pattern.FormatSet(set));
    }

    [Theory]
    [InlineData("2004-02-3X", 9)]
    [InlineData("XXXX-02-30", 9)]
    [InlineData("XXX1-02-29", 9)]
    [InlineData("19X1-02-29", 9)]
    [InlineData("1900-02-29", 9)]
    [InlineData("2004-2X", 6)]
    [InlineData("2004-X-11", 6)]
    [InlineData("1X5", 1)]
    [InlineData("?1984?~", 6)]
    [InlineData("1XXX-12-XXT10:00:00", 11)]
    [InlineData("1XXXX", 1)]
    [InlineData("-XXXX-01", 1)]
    public void Parse_MalformedLevel2_IsAnErrorAtTheColumn(string text, int column)
    {
        ParseResult<HistoricalDate> result = Pattern.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error!.Column);
    }

    [Fact]
    public void EnglishFormat_Level2Date_IsWrittenAsEdtfAndReadsBack()
    {
        HistoricalDate value = Pattern.Parse("156X-12-25").Value;
        string english = HistoricalDatePatterns.English.Format(value);
        Assert.Equal("156X-12-25", english);
        Assert.Equal(value, HistoricalDate.Parse(english));
    }

    [Fact]
    public void WithQualifiers_Level2Date_ReplacesComponentQualifiers()
    {
        HistoricalDate value = Pattern.Parse("?2004-06-~11").Value.WithQualifiers(DateQualifiers.Approximate);
        Assert.Equal("2004-06-11~", Pattern.Format(value));
    }

    private static readonly Gen<string> Level2Text =
        Gen.Select(Gen.Int[0, 9999], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 255], Gen.Int[0, 63], Gen.Int[0, 2])
            .Select((year, month, day, mask, qualifiers, precision) =>
            {
                static string Q(int q) => q switch { 1 => "~", 2 => "?", 3 => "%", _ => "" };
                static string Digits(string digits, int mask, int first) =>
                    string.Concat(digits.Select((c, i) => (mask & (1 << (first + i))) != 0 ? 'X' : c));
                string y = Q(qualifiers & 3) + Digits(year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), mask, 0);
                string m = "-" + Q((qualifiers >> 2) & 3) + Digits(month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), mask, 4);
                string d = "-" + Q((qualifiers >> 4) & 3) + Digits(day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), mask, 6);
                return precision switch { 0 => y, 1 => y + m, _ => y + m + d };
            });

    [Fact]
    public void Parse_RandomLevel2Dates_RoundTripAndBoundHoldTheDigits() =>
        Level2Text.Sample(text =>
        {
            ParseResult<HistoricalDate> result = Pattern.Parse(text);
            Assert.True(result.Success, text);
            HistoricalDate value = result.Value;
            string canonical = Pattern.Format(value);
            HistoricalDate back = Pattern.Parse(canonical).Value;
            Assert.Equal(value, back);
            Assert.Equal(canonical, Pattern.Format(back));
            Assert.True(value.EarliestDay <= value.LatestDay, text);
        }, iter: 5_000);
}
