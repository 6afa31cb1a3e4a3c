using NodaTime;

namespace HistoricalEvents.Tests.Models;

public class HistoricalDateTests
{
    [Fact]
    public void FromDay_IdesOfMarch44BC_IsJulianWithGregorianBound()
    {
        HistoricalDate ides = HistoricalDate.FromDay(-43, 3, 15);
        Assert.Equal(HistoricalCalendar.Julian, ides.Calendar);
        Assert.Equal(new LocalDate(-43, 3, 13), ides.Earliest);
        Assert.Equal(44, ides.YearOfEra);
        Assert.Equal(new AnnualDate(3, 15), ides.AnnualDate);
    }

    [Fact]
    public void FromYear_1991_SpansTheYear()
    {
        HistoricalDate d = HistoricalDate.FromYear(1991);
        Assert.Equal((new LocalDate(1991, 1, 1), new LocalDate(1991, 12, 31)), (d.Earliest, d.Latest));
        Assert.Equal(DatePrecision.Year, d.Precision);
        Assert.Null(d.AnnualDate);
    }

    [Fact]
    public void FromDay_February30_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HistoricalDate.FromDay(1920, 2, 30));

    // Fields are stored narrow (a 16-bit year, 8-bit month and day): values beyond them must fail, never wrap.
    [Theory]
    [InlineData(1920, 1, 257)]
    [InlineData(1920, 257, 1)]
    [InlineData(1920, 0, 1)]
    [InlineData(1920, 1, 0)]
    [InlineData(1920, -255, 1)]
    [InlineData(10000, 1, 1)]
    [InlineData(-9999, 1, 1)]
    [InlineData(65536 + 1920, 4, 28)]
    [InlineData(-65536 + 1920, 4, 28)]
    [InlineData(int.MaxValue, 1, 1)]
    [InlineData(int.MinValue, 1, 1)]
    public void FromDay_FieldBeyondItsRange_Throws(int year, int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HistoricalDate.FromDay(year, month, day));

    [Theory]
    [InlineData(1920, 257)]
    [InlineData(1920, 13)]
    [InlineData(65536 + 1920, 4)]
    public void FromMonth_FieldBeyondItsRange_Throws(int year, int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HistoricalDate.FromMonth(year, month));

    [Theory]
    [InlineData(-9998)]
    [InlineData(9999)]
    public void FromYear_EdgeOfTheAxis_KeepsTheYear(int year) =>
        Assert.Equal(year, HistoricalDate.FromYear(year, HistoricalCalendar.Gregorian).Year);

    // The days end at -9998-01-01 and 9999-12-31 (Gregorian); Julian -9998 starts in Gregorian -9999 and Julian
    // 9999 ends in Gregorian 10000, years with no days: a year reaches into them, a month there is an error.
    [Theory]
    [InlineData(-9998, -9999L, -9998L)]
    [InlineData(9999, 9999L, 10000L)]
    public void FromYear_JulianYearAtTheEdgeOfTheAxis_ReachesIntoTheYearBeyond(int year, long earliestYear, long latestYear)
    {
        HistoricalDate julian = HistoricalDate.FromYear(year, HistoricalCalendar.Julian);
        Assert.Equal((earliestYear, latestYear), (julian.EarliestYear, julian.LatestYear));
        Assert.False(julian.HasDayBounds);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => HistoricalDate.FromMonth(year, year < 0 ? 1 : 12, HistoricalCalendar.Julian));
        Assert.StartsWith("The date must lie in years -500,000,000 to 500,000,000 for a year or a wider span; a day, month or season between -9998-01-01 and 9999-12-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDay_UndefinedCalendar_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HistoricalDate.FromDay(1920, 4, 28, (HistoricalCalendar)2));

    [Fact]
    public void FromSpan_UndefinedPart_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HistoricalDate.FromSpan(1920, DatePrecision.Decade, (SpanPart)4));

    [Fact]
    public void WithQualifiers_UndefinedQualifiers_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HistoricalDate.FromYear(1920).WithQualifiers((DateQualifiers)4));

    [Theory]
    [InlineData(DateQualifiers.Approximate, SpanPart.Early, HistoricalCalendar.Julian)]
    [InlineData(DateQualifiers.ApproximateAndUncertain, SpanPart.Late, HistoricalCalendar.Gregorian)]
    [InlineData(DateQualifiers.Uncertain, SpanPart.Mid, HistoricalCalendar.Julian)]
    public void FromSpan_EveryTrait_IsKeptApart(DateQualifiers qualifiers, SpanPart part, HistoricalCalendar calendar)
    {
        HistoricalDate d = HistoricalDate.FromSpan(1801, DatePrecision.Century, part, calendar).WithQualifiers(qualifiers);
        Assert.Equal((qualifiers, part, calendar, 1801), (d.Qualifiers, d.Part, d.Calendar, d.Year));
    }

    // Small enough for the JIT to copy with a few moves (the parsers' fast paths depend on it); see DateFields.
    [Fact]
    public void SizeOf_HistoricalDate_Is32Bytes() =>
        Assert.Equal(32, System.Runtime.CompilerServices.Unsafe.SizeOf<HistoricalDate>());

    [Fact]
    public void FromDay_YearZeroLeapDay_IsValidGregorian() =>
        Assert.Equal(new LocalDate(0, 2, 29), HistoricalDate.FromDay(0, 2, 29, HistoricalCalendar.Gregorian).Earliest);

    [Fact]
    public void FromSpan_NineteenthCentury_Is1801To1900()
    {
        HistoricalDate c19 = HistoricalDate.FromSpan(1801, DatePrecision.Century);
        Assert.Equal(new LocalDate(1801, 1, 1), c19.Earliest);
        Assert.Equal(new LocalDate(1900, 12, 31), c19.Latest);
    }

    [Fact]
    public void FromSpan_EarlyDecade_IsFirstFourYears()
    {
        HistoricalDate early1960s = HistoricalDate.FromSpan(1960, DatePrecision.Decade, SpanPart.Early);
        Assert.Equal(new LocalDate(1960, 1, 1), early1960s.Earliest);
        Assert.Equal(new LocalDate(1963, 12, 31), early1960s.Latest);
    }

    [Fact]
    public void CompareTo_EdtfJsOrderingFacts_Hold()
    {
        HistoricalDate y1985 = HistoricalDate.FromYear(1985);
        HistoricalDate jan1985 = HistoricalDate.FromMonth(1985, 1);
        HistoricalDate apr1985 = HistoricalDate.FromMonth(1985, 4);
        Assert.True(y1985.WithQualifiers(DateQualifiers.Uncertain) < apr1985);
        Assert.True(y1985 > jan1985);
    }

    [Fact]
    public void Equals_SameValueDifferentText_IsEqual()
    {
        HistoricalDate a = HistoricalDate.FromDay(1920, 4, 28).WithText("April 28, 1920");
        HistoricalDate b = HistoricalDate.FromDay(1920, 4, 28).WithText("28 April 1920");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(0, a.CompareTo(b));
    }

    [Fact]
    public void Default_IsFirstOfJanuaryAD1()
    {
        HistoricalDate d = default;
        Assert.Equal(new LocalDate(1, 1, 1), d.Earliest);
        Assert.Equal(DatePrecision.Day, d.Precision);
        Assert.Equal(1, d.Year);
    }

    [Fact]
    public void Interval_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => HistoricalDate.Interval(HistoricalDate.FromYear(1918), HistoricalDate.FromYear(1914)));

    [Fact]
    public void IntervalFrom_OpenEnd_ReachesEndOfAxis()
    {
        HistoricalDate open = HistoricalDate.IntervalFrom(HistoricalDate.FromYear(1985));
        Assert.Equal(IntervalEnd.Open, open.EndEnd);
        Assert.Equal(new LocalDate(9999, 12, 31), open.Latest);
        Assert.Throws<InvalidOperationException>(() => open.End);
        Assert.NotEqual(open, HistoricalDate.IntervalFrom(HistoricalDate.FromYear(1985), IntervalEnd.Unknown));
    }
}
