using HistoricalEvents.Text;
using NodaTime;
using NodaTime.Calendars;

namespace HistoricalEvents.Tests.Models;

/// <summary>Calendar facts, year zero, edtf.js's ordering facts and relations on fuzzy bounds, through the public API.</summary>
public class HistoricalDateCorrectnessTests
{
    private static readonly EdtfPattern Gregorian = EdtfPattern.Default.WithCalendarPolicy(CalendarPolicy.ProlepticGregorian);
    private static readonly EdtfPattern Julian = EdtfPattern.Default.WithCalendarPolicy(CalendarPolicy.ProlepticJulian).WithDayCalendarPolicy(CalendarPolicy.ProlepticJulian);

    private static HistoricalDate Edtf(string text) => EdtfPattern.Default.Parse(text).Value;

    // The same day in both calendars: the Gregorian reform (Julian 4 October 1582 was followed by Gregorian
    // 15 October), the October Revolution (25 October Old Style), the Ides of March 44 BC.
    public static TheoryData<int, int, int, int, int, int> JulianGregorianPairs => new()
    {
        { 1582, 10, 4, 1582, 10, 14 },
        { 1582, 10, 5, 1582, 10, 15 },
        { 1917, 10, 25, 1917, 11, 7 },
        { -43, 3, 15, -43, 3, 13 },
    };

    [Theory]
    [MemberData(nameof(JulianGregorianPairs))]
    public void FromDay_JulianAndGregorianPair_IsTheSameDay(int jy, int jm, int jd, int gy, int gm, int gd)
    {
        HistoricalDate julian = HistoricalDate.FromDay(jy, jm, jd, HistoricalCalendar.Julian);
        HistoricalDate gregorian = HistoricalDate.FromDay(gy, gm, gd, HistoricalCalendar.Gregorian);
        Assert.Equal(new LocalDate(gy, gm, gd), julian.Earliest);
        Assert.Equal((gregorian.Earliest, gregorian.Latest), (julian.Earliest, julian.Latest));
        // NodaTime agrees.
        Assert.Equal(new LocalDate(gy, gm, gd), new LocalDate(jy, jm, jd, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso));
        // The fields stay as written; only the bounds are on the common axis.
        Assert.Equal((jy, jm, jd), (julian.Year, julian.Month!.Value, julian.Day!.Value));
        Assert.NotEqual(julian, gregorian);
        Assert.Equal(0, julian.EarliestDay - gregorian.EarliestDay);
    }

    [Theory]
    [MemberData(nameof(JulianGregorianPairs))]
    public void EdtfParse_JulianAndGregorianPolicies_GiveTheSameDay(int jy, int jm, int jd, int gy, int gm, int gd)
    {
        string julianText = Iso(jy, jm, jd), gregorianText = Iso(gy, gm, gd);
        HistoricalDate julian = Julian.Parse(julianText).Value;
        HistoricalDate gregorian = Gregorian.Parse(gregorianText).Value;
        Assert.Equal(HistoricalCalendar.Julian, julian.Calendar);
        Assert.Equal(HistoricalCalendar.Gregorian, gregorian.Calendar);
        Assert.Equal(gregorian.Earliest, julian.Earliest);
        Assert.Equal(julianText, Julian.Format(julian));
        Assert.Equal(gregorianText, Gregorian.Format(gregorian));
    }

    [Fact]
    public void EdtfParse_DefaultPolicy_ReadsTheIdesOfMarchAsTheIsoDay()
    {
        // EDTF days are ISO days: the Julian Ides of March 44 BC is written -0043-03-13.
        HistoricalDate ides = Edtf("-0043-03-13");
        Assert.Equal(HistoricalCalendar.Gregorian, ides.Calendar);
        Assert.Equal(new LocalDate(-43, 3, 13), ides.Earliest);
        Assert.Equal(HistoricalDate.Parse("March 15, 44 BC").Earliest, ides.Earliest);
        Assert.Equal(44, ides.YearOfEra);
        Assert.Equal("-0043-03-13", HistoricalDate.Parse("March 15, 44 BC").ToEdtfString());
    }

    [Fact]
    public void EdtfParse_DefaultPolicy_TheDaysOfTheReformFollowEachOther()
    {
        // In EDTF (ISO days) Julian 4 October 1582 is 1582-10-14.
        HistoricalDate lastJulian = Edtf("1582-10-14"), firstGregorian = Edtf("1582-10-15");
        Assert.Equal(HistoricalDate.Parse("October 4, 1582"), lastJulian.WithDaysIn(HistoricalCalendar.Julian));
        Assert.Equal(1, firstGregorian.EarliestDay - lastJulian.EarliestDay);
        Assert.Equal(Certainty.Definitely, lastJulian.Relate(firstGregorian, AllenRelation.Meets));
    }

    // ---- Spans across the reform: Julian before 15 October 1582, Gregorian from then on -------------------------

    // Expected bounds by hand: the first day is Julian, converted by NodaTime; the last day of a span that ends
    // after the reform is Gregorian, so it is written as it is.
    [Theory]
    [InlineData("1582", 1582, 1, 1, 1582, 12, 31)]
    [InlineData("October 1582", 1582, 10, 1, 1582, 10, 31)]
    [InlineData("Autumn 1582", 1582, 9, 1, 1582, 11, 30)]
    [InlineData("1580s", 1580, 1, 1, 1589, 12, 31)]
    [InlineData("1500s", 1500, 1, 1, 1599, 12, 31)]
    [InlineData("16th century", 1501, 1, 1, 1600, 12, 31)]
    [InlineData("late 16th century", 1561, 1, 1, 1600, 12, 31)]
    [InlineData("2nd millennium", 1001, 1, 1, 2000, 12, 31)]
    [InlineData("15XX", 1500, 1, 1, 1599, 12, 31)]
    [InlineData("1582-10", 1582, 10, 1, 1582, 10, 31)]
    public void Parse_SpanAcrossTheReform_StartsJulianAndEndsGregorian(string text, int jy, int jm, int jd, int gy, int gm, int gd)
    {
        HistoricalDate span = HistoricalDate.Parse(text);
        Assert.Equal(HistoricalCalendar.Julian, span.Calendar);
        Assert.Equal(new LocalDate(jy, jm, jd, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso), span.Earliest);
        Assert.Equal(new LocalDate(gy, gm, gd), span.Latest);
    }

    [Fact]
    public void Relate_CenturiesAndYearsAcrossTheReform_DoNotOverlap()
    {
        Assert.Equal(Certainty.Definitely, HistoricalDate.Parse("1582").IsBefore(HistoricalDate.Parse("1583")));
        Assert.Equal(Certainty.Not, HistoricalDate.Parse("1582").Overlaps(HistoricalDate.Parse("1583")));
        Assert.Equal(Certainty.Not, HistoricalDate.Parse("16th century").Overlaps(HistoricalDate.Parse("17th century")));
        Assert.Equal(Certainty.Not, HistoricalDate.Parse("2nd millennium").Overlaps(HistoricalDate.Parse("3rd millennium")));
        Assert.Equal(Certainty.Not, HistoricalDate.Parse("1582").Contains(HistoricalDate.Parse("January 5, 1583")));
    }

    [Fact]
    public void Parse_SpanMarkedOldStyle_StaysJulianToTheEnd()
    {
        HistoricalDate marked = HistoricalDate.Parse("1582 O.S.");
        Assert.Equal(new LocalDate(1582, 12, 31, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso), marked.Latest);
        Assert.NotEqual(HistoricalDate.Parse("1582"), marked);
        Assert.Equal("1582 O.S.", marked.ToString());
        Assert.Equal(marked, HistoricalDate.Parse(marked.ToString()));
        Assert.Equal(HistoricalDate.FromYear(1582, HistoricalCalendar.Julian), marked);
    }

    [Fact]
    public void FromYear_NoCalendarAcrossTheReform_EqualsTheParsedYear()
    {
        Assert.Equal(HistoricalDate.Parse("1582"), HistoricalDate.FromYear(1582));
        Assert.Equal(HistoricalDate.Parse("October 1582"), HistoricalDate.FromMonth(1582, 10));
        Assert.Equal(HistoricalDate.Parse("16th century"), HistoricalDate.FromSpan(1501, DatePrecision.Century));
        Assert.Equal("1582", HistoricalDate.FromYear(1582).ToString());
        Assert.Equal("1582", HistoricalDate.FromYear(1582).ToEdtfString());
    }

    [Fact]
    public void Parse_OtherPolicy_EndsTheSpanByThatPolicy()
    {
        EnglishDatePattern british = EnglishDatePattern.Default.WithCalendarPolicy(CalendarPolicy.SwitchingOn(new LocalDate(1752, 9, 14)));
        Assert.Equal(new LocalDate(1752, 12, 31), british.Parse("1752").Value.Latest);
        Assert.Equal(new LocalDate(1582, 12, 31, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso), british.Parse("1582").Value.Latest);
    }

    [Fact]
    public void End_IntervalEndingAcrossTheReform_KeepsItsGregorianEnd()
    {
        HistoricalDate interval = HistoricalDate.Parse("1580–1582");
        Assert.Equal(new LocalDate(1582, 12, 31), interval.Latest);
        Assert.Equal(new LocalDate(1582, 12, 31), interval.End.Latest);
        Assert.Equal(HistoricalDate.Parse("1582"), interval.End);
    }

    private static string Iso(int year, int month, int day) => year < 0
        ? FormattableString.Invariant($"-{-year:D4}-{month:D2}-{day:D2}")
        : FormattableString.Invariant($"{year:D4}-{month:D2}-{day:D2}");

    [Fact]
    public void YearZero_GregorianLeapDay_IsValid()
    {
        HistoricalDate leap = Gregorian.Parse("0000-02-29").Value;
        Assert.Equal(new LocalDate(0, 2, 29), leap.Earliest);
        Assert.Equal(Era.BeforeCommon, leap.Era);
        Assert.Equal(1, leap.YearOfEra);
        Assert.True(CalendarSystem.Iso.IsLeapYear(0));
    }

    [Fact]
    public void YearZero_JulianLeapDay_IsValidAndMatchesNodaTime()
    {
        HistoricalDate leap = Julian.Parse("0000-02-29").Value;
        Assert.Equal(HistoricalCalendar.Julian, leap.Calendar);
        Assert.Equal(new LocalDate(0, 2, 29, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso), leap.Earliest);
        Assert.True(EdtfPattern.Default.TryParse("0000-02-29", out _));
    }

    [Theory]
    [InlineData("0000-02-30")]
    [InlineData("0100-02-29")]
    [InlineData("-0001-02-29")]
    public void YearZero_NeighboursFollowTheGregorianRule(string text)
    {
        Assert.False(Gregorian.TryParse(text, out _));
        // The error points at the day, the last two characters.
        Assert.Equal(text.Length - 1, Gregorian.Parse(text).Error!.Column);
    }

    [Fact]
    public void YearZero_YearsOnEitherSideAreAdjacent()
    {
        HistoricalDate oneBC = Edtf("0000"), adOne = Edtf("0001"), twoBC = Edtf("-0001");
        Assert.Equal(Certainty.Definitely, twoBC.Relate(oneBC, AllenRelation.Meets, DateReading.Span, DateReading.Span));
        Assert.Equal(Certainty.Definitely, oneBC.Relate(adOne, AllenRelation.Meets, DateReading.Span, DateReading.Span));
    }

    // edtf.js orders dates by their earliest, then their latest day.
    [Theory]
    [InlineData("1985?", "1985-04")]
    [InlineData("1985-01", "1985")]
    [InlineData("1985", "1985-04")]
    [InlineData("1985-04", "1985-04-12")]
    [InlineData("198X", "1985")]
    [InlineData("19XX", "198X")]
    [InlineData("../1985", "1985")]
    [InlineData("1985", "1985/..")]
    [InlineData("-0044", "0000")]
    public void CompareTo_EdtfJsOrderingFact_Holds(string earlier, string later)
    {
        HistoricalDate a = Edtf(earlier), b = Edtf(later);
        Assert.True(a < b, $"{earlier} < {later}");
        Assert.True(b > a);
        Assert.True(a.CompareTo(b) < 0 && b.CompareTo(a) > 0);
    }

    [Fact]
    public void CompareTo_Sort_PutsEdtfJsExamplesInOrder()
    {
        string[] shuffled = ["1985-04", "1985", "1985-01", "1984", "1985?", "1985-04-12", "1986"];
        string[] sorted = shuffled.Select(Edtf).Order().Select(d => EdtfPattern.Default.Format(d)).ToArray();
        Assert.Equal(["1984", "1985-01", "1985", "1985?", "1985-04", "1985-04-12", "1986"], sorted);
    }

    [Fact]
    public void CompareTo_QualifierOnly_BreaksTheTieButKeepsTheBounds()
    {
        HistoricalDate plain = Edtf("1985"), uncertain = Edtf("1985?");
        Assert.NotEqual(plain, uncertain);
        Assert.NotEqual(0, plain.CompareTo(uncertain));
        Assert.Equal((plain.Earliest, plain.Latest), (uncertain.Earliest, uncertain.Latest));
    }

    public enum Relation
    {
        IsBefore,
        IsAfter,
        IsDuring,
        Contains,
        Overlaps,
    }

    // Relations between fuzzy dates read naturally: a single date is one unknown day within its bounds; an
    // interval is a span whose ends are themselves fuzzy.
    [Theory]
    [InlineData("1985", Relation.IsBefore, "1986", Certainty.Definitely)]
    [InlineData("1985", Relation.IsBefore, "1985-04", Certainty.Possibly)]
    [InlineData("1985-04", Relation.IsBefore, "1985", Certainty.Possibly)]
    [InlineData("1986", Relation.IsBefore, "1985", Certainty.Not)]
    [InlineData("1985~", Relation.IsBefore, "1986", Certainty.Definitely)]
    [InlineData("1985-12-31", Relation.IsBefore, "1986-01-01", Certainty.Definitely)]
    [InlineData("1985-12-31", Relation.IsAfter, "1986", Certainty.Not)]
    [InlineData("201X", Relation.IsBefore, "2015", Certainty.Possibly)]
    [InlineData("../1985", Relation.IsBefore, "1986", Certainty.Definitely)]
    [InlineData("1985-04-12", Relation.IsDuring, "1985", Certainty.Definitely)]
    [InlineData("1985", Relation.IsDuring, "1985-04", Certainty.Possibly)]
    [InlineData("1984", Relation.IsDuring, "1985-04", Certainty.Not)]
    [InlineData("2015", Relation.IsDuring, "201X", Certainty.Definitely)]
    [InlineData("1985-04", Relation.IsDuring, "1984/1986", Certainty.Definitely)]
    [InlineData("1984-06", Relation.IsDuring, "1984/1986", Certainty.Possibly)]
    [InlineData("1983", Relation.IsDuring, "1984/1986", Certainty.Not)]
    [InlineData("2001-22", Relation.IsDuring, "2001", Certainty.Definitely)]
    [InlineData("2001-24", Relation.IsDuring, "2001", Certainty.Possibly)]
    [InlineData("1985", Relation.Contains, "1985-04-12", Certainty.Definitely)]
    [InlineData("1985-04", Relation.Contains, "1985", Certainty.Possibly)]
    [InlineData("1985", Relation.Overlaps, "1985", Certainty.Possibly)]
    [InlineData("1985-04-12", Relation.Overlaps, "1985-04-12", Certainty.Definitely)]
    [InlineData("1985", Relation.Overlaps, "1986", Certainty.Not)]
    [InlineData("1985-04-12/..", Relation.Overlaps, "2000", Certainty.Definitely)]
    [InlineData("1985-04-12/", Relation.Overlaps, "2000", Certainty.Possibly)]
    [InlineData("1985-04-12/", Relation.Overlaps, "1984", Certainty.Not)]
    [InlineData("[1667,1668]", Relation.IsBefore, "1669", Certainty.Definitely)]
    [InlineData("[1667,1668]", Relation.IsDuring, "1668", Certainty.Possibly)]
    public void Relation_OnFuzzyBounds_IsExact(string a, Relation relation, string b, Certainty expected)
    {
        HistoricalDate x = Edtf(a), y = Edtf(b);
        Certainty actual = relation switch
        {
            Relation.IsBefore => x.IsBefore(y),
            Relation.IsAfter => x.IsAfter(y),
            Relation.IsDuring => x.IsDuring(y),
            Relation.Contains => x.Contains(y),
            _ => x.Overlaps(y),
        };
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("1985", AllenRelation.Contains, "1985-04", Certainty.Definitely)]
    [InlineData("1985-01", AllenRelation.Starts, "1985", Certainty.Definitely)]
    [InlineData("1985-12", AllenRelation.Finishes, "1985", Certainty.Definitely)]
    [InlineData("1985", AllenRelation.Meets, "1986", Certainty.Definitely)]
    [InlineData("1985", AllenRelation.Equals, "1985-XX", Certainty.Definitely)]
    [InlineData("1985/1990", AllenRelation.Overlaps, "1988/1995", Certainty.Definitely)]
    [InlineData("1985/1990", AllenRelation.Overlaps, "1990/1995", Certainty.Possibly)]
    [InlineData("1985/1990", AllenRelation.Meets, "1990/1995", Certainty.Possibly)]
    [InlineData("1985/1990", AllenRelation.Before, "1990/1995", Certainty.Possibly)]
    [InlineData("1985/1990", AllenRelation.After, "1990/1995", Certainty.Not)]
    public void Relate_SpansWithFuzzyEnds_IsExact(string a, AllenRelation relation, string b, Certainty expected) =>
        Assert.Equal(expected, Edtf(a).Relate(Edtf(b), relation, DateReading.Span, DateReading.Span));
}
