namespace HistoricalEvents.Tests.Models;

/// <summary>Relations of alternatives and explicit readings, and parsing of EDTF through HistoricalDate.Parse.</summary>
public class HistoricalDateReviewTests
{
    public static TheoryData<string, string, Certainty> OneOfOverlaps => new()
    {
        { "1964 or 2008", "1990", Certainty.Not },        // bounds meet 1990, neither alternative does
        { "1964 or 2008", "1964", Certainty.Possibly },
        { "1964 or 2008", "1960s", Certainty.Possibly },
        { "404 or 403 BC", "5th century BC", Certainty.Possibly },
    };

    [Theory]
    [MemberData(nameof(OneOfOverlaps))]
    public void Overlaps_Alternatives_TakeEachAlternativeOnItsOwn(string alternatives, string other, Certainty expected) =>
        Assert.Equal(expected, HistoricalDate.Parse(alternatives).Overlaps(HistoricalDate.Parse(other)));

    [Fact]
    public void IsDuring_BothAlternativesInside_IsDefinitely() =>
        Assert.Equal(Certainty.Definitely, HistoricalDate.Parse("404 or 403 BC").IsDuring(HistoricalDate.Parse("5th century BC")));

    [Fact]
    public void OneOf_UnorderedWideAlternatives_BoundsCoverBoth()
    {
        HistoricalDate wide = HistoricalDate.OneOf(HistoricalDate.FromSpan(1901, DatePrecision.Century), HistoricalDate.FromYear(1950));
        Assert.Equal(new NodaTime.LocalDate(1901, 1, 1), wide.Earliest);
        Assert.Equal(new NodaTime.LocalDate(2000, 12, 31), wide.Latest);
    }

    [Theory]
    [InlineData(AllenRelation.During, Certainty.Not)]      // one day is never strictly inside another day
    [InlineData(AllenRelation.Equals, Certainty.Possibly)]
    public void Relate_IntervalsReadAsMoments_AreSingleDays(AllenRelation relation, Certainty expected)
    {
        HistoricalDate a = HistoricalDate.Parse("2000-01-24/2001-02-23");
        HistoricalDate b = HistoricalDate.Parse("2000-01-04/2001-03-22");
        Assert.Equal(expected, a.Relate(b, relation, DateReading.Moment, DateReading.Moment));
    }

    [Theory]
    [InlineData("1964/2008")]
    [InlineData("2004-02-01/2005-02")]
    [InlineData("1582/1583")]
    [InlineData("../1985")]
    public void Parse_EdtfInterval_IsAnInterval(string text) =>
        Assert.Equal(HistoricalDateKind.Interval, HistoricalDate.Parse(text).Kind);

    public static TheoryData<HistoricalDate> CodeBuilt => new()
    {
        HistoricalDate.Interval(HistoricalDate.FromYear(1914), HistoricalDate.FromYear(1918)),
        HistoricalDate.Interval(HistoricalDate.FromDay(1920, 4, 28), HistoricalDate.FromMonth(1991, 8)),
        HistoricalDate.OneOf(HistoricalDate.FromYear(-403), HistoricalDate.FromYear(-402)),
        HistoricalDate.FromDay(-43, 3, 15),
    };

    [Theory]
    [MemberData(nameof(CodeBuilt))]
    public void Parse_EdtfOfAnyDate_GivesItBackWithIsoDays(HistoricalDate date) =>
        Assert.Equal(date.WithDaysIn(HistoricalCalendar.Gregorian), HistoricalDate.Parse(date.ToEdtfString()));

    [Theory]
    [InlineData("305–4 BC", -304, -303)]      // 305 BC to 304 BC: the end borrows the start's digits, counting down
    [InlineData("1914–18", 1914, 1918)]
    public void Parse_ShortenedEndYear_BorrowsDigitsInTheRightDirection(string text, int startYear, int endYear)
    {
        HistoricalDate range = HistoricalDate.Parse(text);
        Assert.Equal(HistoricalDateKind.Interval, range.Kind);
        Assert.Equal((startYear, endYear), (range.Start.Year, range.End.Year));
    }
}
