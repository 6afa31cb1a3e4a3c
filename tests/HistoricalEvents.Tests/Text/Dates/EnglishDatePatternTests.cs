using CsCheck;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Text.Dates;

public class EnglishDatePatternTests
{
    private static readonly EnglishDatePattern English = EnglishDatePattern.Default;

    private static HistoricalDate Read(string text) => English.Parse(text).Value;

    // ---- Forms: every row of the card format's table, and the list ------------------------------------

    // Bounds by hand: Julian dates move to the Gregorian axis by floor(Y/100) - floor(Y/400) - 2 days.
    [Theory]
    [InlineData("1991", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Gregorian, 1991, 1, 1, 1991, 12, 31)]
    [InlineData("April 28, 1920", HistoricalDateKind.Single, DatePrecision.Day, HistoricalCalendar.Gregorian, 1920, 4, 28, 1920, 4, 28)]
    [InlineData("28 April 1920", HistoricalDateKind.Single, DatePrecision.Day, HistoricalCalendar.Gregorian, 1920, 4, 28, 1920, 4, 28)]
    [InlineData("April 1920", HistoricalDateKind.Single, DatePrecision.Month, HistoricalCalendar.Gregorian, 1920, 4, 1, 1920, 4, 30)]
    [InlineData("1920s", HistoricalDateKind.Single, DatePrecision.Decade, HistoricalCalendar.Gregorian, 1920, 1, 1, 1929, 12, 31)]
    [InlineData("1800s", HistoricalDateKind.Single, DatePrecision.Century, HistoricalCalendar.Gregorian, 1800, 1, 1, 1899, 12, 31)]
    [InlineData("19th century", HistoricalDateKind.Single, DatePrecision.Century, HistoricalCalendar.Gregorian, 1801, 1, 1, 1900, 12, 31)]
    [InlineData("5th century BC", HistoricalDateKind.Single, DatePrecision.Century, HistoricalCalendar.Julian, -500, 12, 27, -400, 12, 26)]
    [InlineData("44 BC", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Julian, -44, 12, 30, -43, 12, 29)]
    [InlineData("44 BCE", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Julian, -44, 12, 30, -43, 12, 29)]
    [InlineData("44 B.C.", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Julian, -44, 12, 30, -43, 12, 29)]
    [InlineData("AD 79", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Julian, 78, 12, 30, 79, 12, 29)]
    [InlineData("79 AD", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Julian, 78, 12, 30, 79, 12, 29)]
    [InlineData("79 CE", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Julian, 78, 12, 30, 79, 12, 29)]
    [InlineData("c. 1200", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Julian, 1200, 1, 8, 1201, 1, 7)]
    [InlineData("circa 1200", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Julian, 1200, 1, 8, 1201, 1, 7)]
    [InlineData("ca. 1200 BC", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Julian, -1200, 12, 21, -1199, 12, 20)]
    [InlineData("1914–1918", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Gregorian, 1914, 1, 1, 1918, 12, 31)]
    [InlineData("1914-1918", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Gregorian, 1914, 1, 1, 1918, 12, 31)]
    [InlineData("1914 — 1918", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Gregorian, 1914, 1, 1, 1918, 12, 31)]
    [InlineData("1914 to 1918", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Gregorian, 1914, 1, 1, 1918, 12, 31)]
    [InlineData("1914–18", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Gregorian, 1914, 1, 1, 1918, 12, 31)]
    [InlineData("April 16 – May 2, 1945", HistoricalDateKind.Interval, DatePrecision.Day, HistoricalCalendar.Gregorian, 1945, 4, 16, 1945, 5, 2)]
    [InlineData("2–6 September 1666", HistoricalDateKind.Interval, DatePrecision.Day, HistoricalCalendar.Gregorian, 1666, 9, 2, 1666, 9, 6)]
    [InlineData("November 7 [O.S. October 25], 1917", HistoricalDateKind.Single, DatePrecision.Day, HistoricalCalendar.Gregorian, 1917, 11, 7, 1917, 11, 7)]
    [InlineData("7 November [O.S. 25 October] 1917", HistoricalDateKind.Single, DatePrecision.Day, HistoricalCalendar.Gregorian, 1917, 11, 7, 1917, 11, 7)]
    [InlineData("Apr 1887", HistoricalDateKind.Single, DatePrecision.Month, HistoricalCalendar.Gregorian, 1887, 4, 1, 1887, 4, 30)]
    [InlineData("30 may 1381", HistoricalDateKind.Single, DatePrecision.Day, HistoricalCalendar.Julian, 1381, 6, 7, 1381, 6, 7)]
    [InlineData("SEPT. 1, 1939", HistoricalDateKind.Single, DatePrecision.Day, HistoricalCalendar.Gregorian, 1939, 9, 1, 1939, 9, 1)]
    [InlineData("early 19th century", HistoricalDateKind.Single, DatePrecision.Century, HistoricalCalendar.Gregorian, 1801, 1, 1, 1840, 12, 31)]
    [InlineData("mid-1960s", HistoricalDateKind.Single, DatePrecision.Decade, HistoricalCalendar.Gregorian, 1963, 1, 1, 1966, 12, 31)]
    [InlineData("late 1990s", HistoricalDateKind.Single, DatePrecision.Decade, HistoricalCalendar.Gregorian, 1996, 1, 1, 1999, 12, 31)]
    [InlineData("2nd millennium BC", HistoricalDateKind.Single, DatePrecision.Millennium, HistoricalCalendar.Julian, -2000, 12, 15, -1000, 12, 22)]
    [InlineData("2nd millennium", HistoricalDateKind.Single, DatePrecision.Millennium, HistoricalCalendar.Julian, 1001, 1, 7, 2000, 12, 31)]
    [InlineData("490s BC", HistoricalDateKind.Single, DatePrecision.Decade, HistoricalCalendar.Julian, -499, 12, 27, -489, 12, 26)]
    [InlineData("Spring 1920", HistoricalDateKind.Single, DatePrecision.Season, HistoricalCalendar.Gregorian, 1920, 3, 1, 1920, 5, 31)]
    [InlineData("winter 1920", HistoricalDateKind.Single, DatePrecision.Season, HistoricalCalendar.Gregorian, 1920, 12, 1, 1921, 2, 28)]
    [InlineData("404 or 403 BC", HistoricalDateKind.OneOf, DatePrecision.Year, HistoricalCalendar.Julian, -404, 12, 27, -402, 12, 26)]
    [InlineData("before 1200", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Julian, -9998, 1, 1, 1200, 1, 7)]
    [InlineData("after 1066", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Julian, 1067, 1, 7, 9999, 12, 31)]
    [InlineData("until 1918", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Gregorian, -9998, 1, 1, 1918, 12, 31)]
    [InlineData("1991 – present", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Gregorian, 1991, 1, 1, 9999, 12, 31)]
    [InlineData("between 1861 and 1876", HistoricalDateKind.Interval, DatePrecision.Year, HistoricalCalendar.Gregorian, 1861, 1, 1, 1876, 12, 31)]
    [InlineData("1066-12-25", HistoricalDateKind.Single, DatePrecision.Day, HistoricalCalendar.Julian, 1066, 12, 31, 1066, 12, 31)]
    [InlineData("1990-11", HistoricalDateKind.Single, DatePrecision.Month, HistoricalCalendar.Gregorian, 1990, 11, 1, 1990, 11, 30)]
    [InlineData("October 25, 1917 O.S.", HistoricalDateKind.Single, DatePrecision.Day, HistoricalCalendar.Julian, 1917, 11, 7, 1917, 11, 7)]
    [InlineData("1500 N.S.", HistoricalDateKind.Single, DatePrecision.Year, HistoricalCalendar.Gregorian, 1500, 1, 1, 1500, 12, 31)]
    [InlineData("  April 28, 1920  ", HistoricalDateKind.Single, DatePrecision.Day, HistoricalCalendar.Gregorian, 1920, 4, 28, 1920, 4, 28)]
    public void Parse_Form_GivesKindPrecisionCalendarAndBounds(string text, HistoricalDateKind kind, DatePrecision precision,
        HistoricalCalendar calendar, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        HistoricalDate date = Read(text);
        Assert.Equal((kind, precision, calendar), (date.Kind, date.Precision, date.Calendar));
        Assert.Equal((new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)), (date.Earliest, date.Latest));
    }

    [Theory]
    [InlineData("c. 1200", "1200", DateQualifiers.Approximate)]
    [InlineData("Circa 497 bc", "497 BC", DateQualifiers.Approximate)]
    [InlineData("1200?", "1200", DateQualifiers.Uncertain)]
    [InlineData("c. 1200?", "1200", DateQualifiers.ApproximateAndUncertain)]
    [InlineData("c. April 1920?", "April 1920", DateQualifiers.ApproximateAndUncertain)]
    [InlineData("1200", "1200", DateQualifiers.None)]
    public void Parse_Qualifier_IsKeptWithoutWideningBounds(string text, string plain, DateQualifiers qualifiers)
    {
        HistoricalDate date = Read(text);
        Assert.Equal(qualifiers, date.Qualifiers);
        Assert.Equal((Read(plain).Earliest, Read(plain).Latest), (date.Earliest, date.Latest));
    }

    [Theory]
    [InlineData("19th century", 1801, DatePrecision.Century)]
    [InlineData("1800s", 1800, DatePrecision.Century)]
    [InlineData("5th century BC", -499, DatePrecision.Century)]
    [InlineData("1st century BC", -99, DatePrecision.Century)]
    [InlineData("1st century", 1, DatePrecision.Century)]
    [InlineData("1920s", 1920, DatePrecision.Decade)]
    [InlineData("2nd millennium BC", -1999, DatePrecision.Millennium)]
    [InlineData("21st century", 2001, DatePrecision.Century)]
    [InlineData("12th-century", 1101, DatePrecision.Century)]
    public void Parse_Span_StartsAtItsFirstYear(string text, int year, DatePrecision precision)
    {
        HistoricalDate date = Read(text);
        Assert.Equal((year, precision), (date.Year, date.Precision));
    }

    [Theory]
    [InlineData("early 19th century", SpanPart.Early)]
    [InlineData("mid-1960s", SpanPart.Mid)]
    [InlineData("mid 1960s", SpanPart.Mid)]
    [InlineData("late 1990s", SpanPart.Late)]
    [InlineData("1990s", SpanPart.Whole)]
    public void Parse_SpanPart_IsKept(string text, SpanPart part) => Assert.Equal(part, Read(text).Part);

    [Fact]
    public void Parse_Alternatives_AreOneOfWithSharedEra()
    {
        HistoricalDate date = Read("404 or 403 BC");
        Assert.Equal(HistoricalDateKind.OneOf, date.Kind);
        Assert.Equal((-403, -402), (date.Start.Year, date.End.Year));
    }

    // "before X" ends with the unit before X, "after X" starts with the unit after it: X itself is excluded.
    // Expected edges by hand (Julian dates converted by NodaTime where the policy makes them Julian).
    [Theory]
    [InlineData("before 1920", "1919")]
    [InlineData("before April 1920", "March 1920")]
    [InlineData("before January 1920", "December 1919")]
    [InlineData("before March 1, 1920", "February 29, 1920")]
    [InlineData("before January 1, 1920", "December 31, 1919")]
    [InlineData("before October 15, 1582", "October 4, 1582")]
    [InlineData("before Spring 1920", "Winter 1919")]
    [InlineData("before 1920s", "1910s")]
    [InlineData("before 19th century", "18th century")]
    [InlineData("before 1800s", "1700s")]
    [InlineData("before 2nd millennium BC", "3rd millennium BC")]
    [InlineData("before mid-1960s", "1962")]
    [InlineData("before early 19th century", "1800")]
    [InlineData("before mid 1920", "March 1920")]
    [InlineData("before AD 1", "1 BC")]
    [InlineData("Before 20BC", "21 BC")]
    [InlineData("before c. 1200", "c. 1199")]
    [InlineData("before 1583", "1582")]
    public void Parse_Before_EndsWithTheUnitBefore(string text, string last)
    {
        HistoricalDate before = Read(text);
        Assert.Equal((IntervalEnd.Unknown, IntervalEnd.Known), (before.StartEnd, before.EndEnd));
        Assert.Equal(Read(last), before.End);
        Assert.Equal(Read(last).Latest, before.Latest);
    }

    [Theory]
    [InlineData("after 1066", "1067")]
    [InlineData("after December 1919", "January 1920")]
    [InlineData("after February 28, 1900", "March 1, 1900")]
    [InlineData("after October 4, 1582", "October 15, 1582")]
    [InlineData("after Winter 1919", "Spring 1920")]
    [InlineData("after 1980s", "1990s")]
    [InlineData("after late 1990s", "2000")]
    [InlineData("after early 1920", "June 1920")]
    [InlineData("after 1 BC", "AD 1")]
    public void Parse_After_StartsWithTheUnitAfter(string text, string first)
    {
        HistoricalDate after = Read(text);
        Assert.Equal((IntervalEnd.Known, IntervalEnd.Unknown), (after.StartEnd, after.EndEnd));
        Assert.Equal(Read(first), after.Start);
    }

    [Fact]
    public void Relate_BeforeAndAfterTheirDate_AreDefinite()
    {
        Assert.Equal(Certainty.Definitely, Read("before 1200").IsBefore(Read("1200")));
        Assert.Equal(Certainty.Definitely, Read("after 1066").IsAfter(Read("1066")));
        Assert.Equal(Certainty.Possibly, Read("before 1200").IsDuring(Read("12th century")));
    }

    [Theory]
    [InlineData("before 1200", "/1199")]
    [InlineData("after 1066", "1067/")]
    [InlineData("before April 28, 1920", "/1920-04-27")]
    public void Format_BeforeAndAfter_ReadBackAndMatchEdtf(string text, string edtf)
    {
        HistoricalDate date = Read(text);
        Assert.Equal(edtf, date.ToEdtfString());
        Assert.Equal(text, English.Format(date));
        Assert.Equal(date, Read(English.Format(date)));
        Assert.Equal(date, EdtfPattern.Default.Parse(edtf).Value);
    }

    // Days end at the edges of NodaTime's range; years go on into prehistory and the far future.
    [Theory]
    [InlineData("before January 1, 9999 BC N.S.")]
    [InlineData("after December 31, 9999")]
    public void Parse_BeforeOrAfterTheEdgeOfTheAxis_IsAnError(string text) =>
        Assert.False(English.Parse(text).Success);

    // A year alone written with a slash stays one of two years (872/3); dual dates with a day are in
    // EnglishDateHistorianTests. "or" between a day's year and the next keeps the day in either year.
    [Theory]
    [InlineData("1731/32", DatePrecision.Year, 1731, 1732)]
    [InlineData("11 February 1731 or 1732", DatePrecision.Day, 1731, 1732)]
    public void Parse_YearOrNextYear_IsTheSameDayInEither(string text, DatePrecision precision, int first, int second)
    {
        HistoricalDate date = Read(text);
        Assert.Equal(HistoricalDateKind.OneOf, date.Kind);
        Assert.Equal((first, second), (date.Start.Year, date.End.Year));
        Assert.Equal((precision, precision), (date.Start.Precision, date.End.Precision));
        Assert.Equal(date.Start.Month, date.End.Month);
        Assert.Equal(date.Start.Day, date.End.Day);
        Assert.Equal(date, Read(English.Format(date)));
    }

    // Alternatives are a set: kept earlier first whatever order they were written in.
    [Theory]
    [InlineData("AD 14 or 44 BC", "44 BC or AD 14")]
    [InlineData("1 or 2 BC", "2 or 1 BC")]
    [InlineData("1918 or 1914", "1914 or 1918")]
    public void Parse_AlternativesInEitherOrder_AreEqual(string text, string other)
    {
        HistoricalDate date = Read(text);
        Assert.Equal(Read(other), date);
        Assert.True(date.Start < date.End);
        Assert.Equal(date, Read(English.Format(date)));
    }

    [Fact]
    public void Parse_DayOrALaterFullYear_IsADayOrAYear()
    {
        HistoricalDate date = Read("July 12, 2499 or 9223");
        Assert.Equal((DatePrecision.Day, DatePrecision.Year), (date.Start.Precision, date.End.Precision));
    }

    [Fact]
    public void Format_DayOrTheNextYear_IsWrittenYearFirstNotAsTheSameDay()
    {
        HistoricalDate date = HistoricalDate.OneOf(HistoricalDate.FromDay(1920, 4, 28), HistoricalDate.FromYear(1921));
        Assert.Equal("1921 or April 28, 1920", date.ToString());
        Assert.Equal(date, HistoricalDate.Parse(date.ToString()));
    }

    [Fact]
    public void OneOf_EitherOrder_GivesTheSameValueEarlierFirst()
    {
        HistoricalDate a = HistoricalDate.FromYear(2000), b = HistoricalDate.FromYear(1000);
        Assert.Equal(HistoricalDate.OneOf(a, b), HistoricalDate.OneOf(b, a));
        Assert.Equal(b, HistoricalDate.OneOf(a, b).Start);
        Assert.Equal("[1000,2000]", HistoricalDate.OneOf(a, b).ToEdtfString());
    }

    [Fact]
    public void Parse_RangeWithEraOnce_AppliesItToBothEnds() =>
        Assert.Equal((-304, -303), (Read("305-304 BC").Start.Year, Read("305-304 BC").End.Year));

    [Theory]
    [InlineData("before 1200", IntervalEnd.Unknown, IntervalEnd.Known)]
    [InlineData("after 1066", IntervalEnd.Known, IntervalEnd.Unknown)]
    [InlineData("until 1918", IntervalEnd.Open, IntervalEnd.Known)]
    [InlineData("2012 – present", IntervalEnd.Known, IntervalEnd.Open)]
    [InlineData("20 February 2022-ongoing", IntervalEnd.Known, IntervalEnd.Open)]
    [InlineData("1914–1918", IntervalEnd.Known, IntervalEnd.Known)]
    public void Parse_IntervalEnds_AreKeptDistinct(string text, IntervalEnd startEnd, IntervalEnd endEnd)
    {
        HistoricalDate date = Read(text);
        Assert.Equal((HistoricalDateKind.Interval, startEnd, endEnd), (date.Kind, date.StartEnd, date.EndEnd));
    }

    [Fact]
    public void Parse_DualDate_KeepsGregorianValueAndFlag()
    {
        HistoricalDate date = Read("November 7 [O.S. October 25], 1917");
        Assert.True(date.IsDualDated);
        Assert.Equal((HistoricalCalendar.Gregorian, 1917, 11, 7), (date.Calendar, date.Year, date.Month, date.Day));
        Assert.Equal(new AnnualDate(11, 7), date.AnnualDate);
    }

    [Fact]
    public void Parse_IdesOfMarch_KeepsWrittenDayAndMovesBound()
    {
        HistoricalDate ides = Read("March 15, 44 BC");
        Assert.Equal(new AnnualDate(3, 15), ides.AnnualDate);
        Assert.Equal(new LocalDate(-43, 3, 13), ides.Earliest);
        Assert.Equal((HistoricalCalendar.Julian, -43, 44), (ides.Calendar, ides.Year, ides.YearOfEra));
    }

    // ---- Calendars ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("October 4, 1582", "October 14, 1582 N.S.")]
    [InlineData("October 25, 1917 O.S.", "November 7, 1917")]
    [InlineData("March 15, 44 BC", "March 13, 44 BC N.S.")]
    [InlineData("February 29, 1700 O.S.", "March 11, 1700")]
    public void Parse_JulianAndGregorianPair_NameTheSameDay(string julian, string gregorian)
    {
        HistoricalDate j = Read(julian), g = Read(gregorian);
        Assert.Equal((HistoricalCalendar.Julian, HistoricalCalendar.Gregorian), (j.Calendar, g.Calendar));
        Assert.Equal(g.Earliest, j.Earliest);
        Assert.NotEqual(j, g);
    }

    [Theory]
    [InlineData("October 4, 1582")]
    [InlineData("March 15, 44 BC")]
    [InlineData("May 30, 1381")]
    [InlineData("February 29, 1700 O.S.")]
    public void Parse_JulianDay_AgreesWithNodaTimeJulianCalendar(string text)
    {
        HistoricalDate date = Read(text);
        var julian = new LocalDate(date.Year, date.Month!.Value, date.Day!.Value, CalendarSystem.Julian);
        Assert.Equal(julian.WithCalendar(CalendarSystem.Iso), date.Earliest);
    }

    [Fact]
    public void Parse_SwitchOverDays_AreConsecutive() =>
        Assert.Equal(Read("October 4, 1582").Earliest.PlusDays(1), Read("October 15, 1582").Earliest);

    [Theory]
    [InlineData("1066", HistoricalCalendar.Julian, HistoricalCalendar.Gregorian)]
    [InlineData("October 14, 1582", HistoricalCalendar.Julian, HistoricalCalendar.Gregorian)]
    [InlineData("1917", HistoricalCalendar.Gregorian, HistoricalCalendar.Gregorian)]
    public void WithCalendarPolicy_UnmarkedDate_FollowsThePolicy(string text, HistoricalCalendar encyclopedic, HistoricalCalendar proleptic)
    {
        Assert.Equal(encyclopedic, Read(text).Calendar);
        Assert.Equal(proleptic, English.WithCalendarPolicy(CalendarPolicy.ProlepticGregorian).Parse(text).Value.Calendar);
    }

    [Fact]
    public void WithCalendarPolicy_BritishSwitch_Reads1750AsJulian()
    {
        var british = English.WithCalendarPolicy(CalendarPolicy.SwitchingOn(new LocalDate(1752, 9, 14)));
        Assert.Equal(HistoricalCalendar.Julian, british.Parse("March 1, 1750").Value.Calendar);
        Assert.Equal(HistoricalCalendar.Gregorian, british.Parse("September 14, 1752").Value.Calendar);
    }

    // ---- Year zero ------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_1BCAndAD1_AreAdjacentYears()
    {
        HistoricalDate bc1 = Read("1 BC"), ad1 = Read("AD 1");
        Assert.Equal((0, 1), (bc1.Year, bc1.YearOfEra));
        Assert.Equal(1, ad1.Year);
        Assert.Equal(bc1.Latest.PlusDays(1), ad1.Earliest);
        Assert.Equal(Certainty.Definitely, bc1.IsBefore(ad1));
    }

    [Fact]
    public void Parse_1BCTo1AD_SpansTwoYears()
    {
        HistoricalDate span = Read("1 BC – AD 1");
        Assert.Equal(Read("1 BC").Earliest, span.Earliest);
        Assert.Equal(Read("AD 1").Latest, span.Latest);
    }

    // ---- Relations on fuzzy bounds --------------------------------------------------------------------------

    [Theory]
    [InlineData("1991", "1992", Certainty.Definitely)]
    [InlineData("1991", "August 1991", Certainty.Possibly)]
    [InlineData("before 1200", "1201", Certainty.Definitely)]
    [InlineData("c. 872/3 AD", "873", Certainty.Possibly)]
    [InlineData("1920s", "1920", Certainty.Possibly)]
    [InlineData("1920s", "1910", Certainty.Not)]
    public void IsBefore_ParsedDates_AnswersOnBounds(string a, string b, Certainty expected) =>
        Assert.Equal(expected, Read(a).IsBefore(Read(b)));

    [Theory]
    [InlineData("19th century", "1850s", Certainty.Definitely)]
    [InlineData("1800s", "1900", Certainty.Not)]
    [InlineData("19th century", "1900", Certainty.Definitely)]
    [InlineData("1914–1918", "June 28, 1916", Certainty.Definitely)]
    [InlineData("1914–1918", "June 28, 1914", Certainty.Possibly)]
    [InlineData("early 19th century", "1830s", Certainty.Definitely)]
    [InlineData("early 19th century", "1840s", Certainty.Possibly)]
    public void Contains_ParsedDates_AnswersOnBounds(string container, string inner, Certainty expected) =>
        Assert.Equal(expected, Read(container).Contains(Read(inner)));

    // ---- Readable output ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("44 BC", "44 BC")]
    [InlineData("c. 1200", "c. 1200")]
    [InlineData("circa 1200", "c. 1200")]
    [InlineData("19th century", "19th century")]
    [InlineData("1800s", "1800s")]
    [InlineData("April 28, 1920", "April 28, 1920")]
    [InlineData("28 april 1920", "April 28, 1920")]
    [InlineData("Apr 1887", "April 1887")]
    [InlineData("79 CE", "AD 79")]
    [InlineData("1274 AD", "1274")]
    [InlineData("5th century BC", "5th century BC")]
    [InlineData("early 19th century", "early 19th century")]
    [InlineData("mid-1960s", "mid-1960s")]
    [InlineData("490s BC", "490s BC")]
    [InlineData("2nd millennium BC", "2nd millennium BC")]
    [InlineData("1914-18", "1914–1918")]
    [InlineData("April 16 – May 2, 1945", "April 16 – May 2, 1945")]
    [InlineData("2–6 September 1666", "September 2–6, 1666")]
    [InlineData("April 16, 1945 – May 2, 1946", "April 16, 1945 – May 2, 1946")]
    [InlineData("305-304 BC", "305–304 BC")]
    [InlineData("404 or 403 BC", "404 or 403 BC")]
    [InlineData("c. 872/3 AD", "c. 872 or 873")]
    [InlineData("before 1200", "before 1200")]
    [InlineData("after 1066", "after 1066")]
    [InlineData("until 1918", "until 1918")]
    [InlineData("8 April 2012 – present", "April 8, 2012 – present")]
    [InlineData("November 7 [O.S. October 25], 1917", "November 7 [O.S. October 25], 1917")]
    [InlineData("October 25, 1917 O.S.", "October 25, 1917 O.S.")]
    [InlineData("October 5, 1582 N.S.", "October 5, 1582 N.S.")]
    [InlineData("1200?", "1200?")]
    [InlineData("Spring 1920", "Spring 1920")]
    [InlineData("1066-12-25", "December 25, 1066")]
    [InlineData("August 79 AD", "August AD 79")]
    [InlineData("24 August 79", "August 24, AD 79")]
    public void Format_ParsedForm_IsReadableAndParsesBackEqual(string text, string expected)
    {
        HistoricalDate date = Read(text);
        string written = English.Format(date);
        Assert.Equal(expected, written);
        Assert.Equal(date, Read(written));
        Assert.Equal(written, date.ToString());
    }

    public static TheoryData<HistoricalDate, string> BuiltDates => new()
    {
        { HistoricalDate.FromYear(-43), "44 BC" },
        { HistoricalDate.FromYear(1200).WithQualifiers(DateQualifiers.Approximate), "c. 1200" },
        { HistoricalDate.FromSpan(1801, DatePrecision.Century), "19th century" },
        { HistoricalDate.FromDay(1920, 4, 28), "April 28, 1920" },
        { HistoricalDate.FromDay(1920, 4, 28, HistoricalCalendar.Julian), "April 28, 1920 O.S." },
        { HistoricalDate.FromYear(1991, HistoricalCalendar.Julian), "1991 O.S." },
        { HistoricalDate.FromSpan(-499, DatePrecision.Century), "5th century BC" },
        { HistoricalDate.FromSpan(-1899, DatePrecision.Century), "19th century BC" },
        { HistoricalDate.FromSpan(-1998, DatePrecision.Century), "1900s BC" },
        { HistoricalDate.FromSpan(1, DatePrecision.Millennium), "1st millennium" },
        { HistoricalDate.FromMonth(0, 3), "March 1 BC" },
        { HistoricalDate.IntervalFrom(HistoricalDate.FromYear(1985), IntervalEnd.Unknown), "after 1984" },
        { HistoricalDate.OneOf(HistoricalDate.FromDay(1920, 4, 28), HistoricalDate.FromDay(1920, 4, 29)), "April 28 or 29, 1920" },
        { HistoricalDate.Interval(HistoricalDate.FromYear(1914).WithQualifiers(DateQualifiers.Approximate), HistoricalDate.FromYear(1918)), "c. 1914 – 1918" },
    };

    [Theory]
    [MemberData(nameof(BuiltDates))]
    public void Format_BuiltDate_IsReadableAndParsesBackEqual(HistoricalDate date, string expected)
    {
        string written = English.Format(date);
        Assert.Equal(expected, written);
        Assert.Equal(date, Read(written));
    }

    public static TheoryData<HistoricalDate> Inexpressible => new()
    {
        HistoricalDate.FromSpan(1925, DatePrecision.Decade),
        HistoricalDate.FromSpan(1900, DatePrecision.Decade),
        HistoricalDate.FromSpan(1850, DatePrecision.Century),
    };

    [Theory]
    [MemberData(nameof(Inexpressible))]
    public void Format_SpanEnglishCannotName_FallsBackToEdtf(HistoricalDate date) =>
        Assert.Equal(HistoricalDatePatterns.Edtf.Format(date), English.Format(date));

    [Fact]
    public void Format_RandomDaysInEitherCalendar_ParseBackEqual() =>
        Gen.Select(Gen.Int[-9000, 9000], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Bool).Sample((year, month, day, julian) =>
        {
            HistoricalDate date = HistoricalDate.FromDay(year, month, day, julian ? HistoricalCalendar.Julian : HistoricalCalendar.Gregorian);
            Assert.Equal(date, Read(English.Format(date)));
        });

    [Fact]
    public void Format_RandomQualifiedYearsAndMonths_ParseBackEqual() =>
        Gen.Select(Gen.Int[-9000, 9000], Gen.Int[0, 12], Gen.Int[0, 3]).Sample((year, month, qualifiers) =>
        {
            HistoricalDate date = (month == 0 ? HistoricalDate.FromYear(year) : HistoricalDate.FromMonth(year, month))
                .WithQualifiers((DateQualifiers)qualifiers);
            Assert.Equal(date, Read(English.Format(date)));
        });

    // ---- Errors ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("0 BC", 1, "\"0\"", "there is no year 0")]
    [InlineData("0", 1, "\"0\"", "there is no year 0")]
    [InlineData("February 30, 1920", 10, "\"30\"", "a day between 1 and 29 for February 1920")]
    [InlineData("February 29, 1900", 10, "\"29\"", "a day between 1 and 28 for February 1900")]
    [InlineData("1991x", 5, "\"x\"", "an era (BC, BCE, AD, CE) or the end of the date")]
    [InlineData("32 May 1381", 1, "\"32\"", "a day between 1 and 31 for May 1381")]
    [InlineData("600,000,000 BC", 1, "\"600,000,000\"", "a year between 500,000,001 BC and AD 500,000,000")]
    [InlineData("99999999999 BC", 1, "\"99999999999\"", "a year between 500,000,001 BC and AD 500,000,000")]
    [InlineData("January 10,000 BC", 9, "\"10,000\"", "a day, month or season between 1 January 9999 BC and 31 December AD 9999")]
    [InlineData("", 1, "empty text", "a date such as")]
    [InlineData("Aprill 28, 1920", 1, "\"Aprill\"", "a date such as")]
    [InlineData("May 20", 7, "end of input", "a year such as 1920")]
    [InlineData("April 28,", 9, "\",\"", "an era")]
    [InlineData("1925s", 1, "\"1925s\"", "a decade or century ending in 0 or 00")]
    [InlineData("21th century", 1, "\"21th\"", "an ordinal written with its own suffix")]
    [InlineData("19th", 5, "end of input", "'century' or 'millennium'")]
    [InlineData("mid-April 3, 1920", 1, "\"mid\"", "early, mid or late only before a month, year")]
    [InlineData("November 7 [O.S. October 26], 1917", 18, "\"October\"", "the Old Style (Julian) date of the same day, October 25")]
    [InlineData("November 7 [N.S. October 25], 1917", 13, "\"N.S.\"", "'O.S.'")]
    [InlineData("November 7 [O.S. October 25, 1917", 34, "end of input", "']'")]
    [InlineData("1918–1914", 6, "\"1914\"", "an end that is not before the start")]
    [InlineData("11 February 1731/30", 18, "\"30\"", "the next year after a dual (Old Style) year")]
    [InlineData("30 December – 1 January, 2008", 15, "\"1\"", "an end that is not before the start")]
    [InlineData("between 1861 or 1876", 14, "\"or\"", "'and'")]
    [InlineData("1920 (approx.) 1921", 6, "\"(approx.)\"", "a remark in parentheses only at the end")]
    [InlineData("1920 (approx.", 6, "\"(\"", "a closed remark")]
    [InlineData("0–6 September 1666", 1, "\"0\"", "a day of the month")]
    [InlineData("April 3–0, 2003", 9, "\"0\"", "a day of the month")]
    [InlineData("0 April 1920", 1, "\"0\"", "a day of the month")]
    [InlineData("? 1920", 3, "\"1920\"", "a month name after '?'")]
    [InlineData("1914:", 5, "\":\"", "an era")]
    [InlineData("7 and 8 May, 2009", 3, "\"and\"", "ParseSet reads as all of them")]
    public void Parse_BadText_ReportsColumnFoundAndExpected(string text, int column, string found, string expected)
    {
        ParseResult<HistoricalDate> result = English.Parse(text);
        Assert.False(result.Success);
        Assert.Equal((1, column, found), (result.Error.Line, result.Error.Column, result.Error.Found));
        Assert.Contains(expected, result.Error.Expected, StringComparison.Ordinal);
        Assert.False(English.TryParse(text, out _));
    }

    [Fact]
    public void Parse_JulianDayPastTheRange_IsAnErrorAtTheYear()
    {
        ParseResult<HistoricalDate> result = English.WithCalendarPolicy(CalendarPolicy.ProlepticJulian).Parse("December 31, 9999");
        Assert.False(result.Success);
        Assert.Equal((14, "\"9999\""), (result.Error.Column, result.Error.Found));
        Assert.True(English.Parse("December 31, 9999").Success);
    }

    [Fact]
    public void Parse_ErrorThroughValue_ThrowsHistoricalParseExceptionWithColumn()
    {
        var e = Assert.Throws<HistoricalParseException>(() => English.Parse("February 30, 1920").Value);
        Assert.Equal(10, e.Column);
    }

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => English.Parse((string)null!));

    [Fact]
    public void WithCalendarPolicy_Null_Throws() => Assert.Throws<ArgumentNullException>(() => English.WithCalendarPolicy(null!));

    // ---- Hostile input: fails fast at a bounded place, never throws -------------------------------------------

    public static TheoryData<string, int> Hostile => new()
    {
        { new string('9', 1_000_000), 1 },                                  // one huge number: a year out of range
        { string.Concat(Enumerable.Repeat("1 ", 500_000)), 3 },            // a million tokens: the second is wrong
        { "1991" + string.Concat(Enumerable.Repeat(" (x)", 250_000)), 6 },   // remarks without end: the first is unknown
        { new string('(', 1_000_000), 1 },                                  // deep nesting of remarks
        { new string('[', 1_000_000), 1 },                                  // deep nesting of brackets
        { "[" + new string('x', 1_000_000), 1 },                           // an unclosed footnote
        { "April " + string.Concat(Enumerable.Repeat("– ", 100_000)), 9 }, // endless dashes
        { new string('\u2013', 1_000_000), 1 },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Parse_HostileText_FailsAtBoundedColumnWithShortMessage(string text, int column)
    {
        ParseResult<HistoricalDate> result = English.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error.Column);
        Assert.True(result.Error.Message.Length < 400, result.Error.Message);
    }

    // ---- HistoricalDate's entry points: EDTF first, then English ----------------------------------------------

    [Fact]
    public void HistoricalDateParse_English_KeepsText()
    {
        HistoricalDate date = HistoricalDate.Parse("April 28, 1920");
        Assert.Equal((HistoricalDate.FromDay(1920, 4, 28), "April 28, 1920"), (date, date.Text));
    }

    [Fact]
    public void HistoricalDateParseResult_NeitherEnglishNorEdtf_ReportsTheEnglishError() =>
        Assert.Equal(English.Parse("1991x").Error, HistoricalDate.ParseResult("1991x").Error);

    // Text neither pattern reads gets the error of the one it looks written in: EDTF when it is ASCII without
    // spaces and its only letters are EDTF's upper-case T Z X Y E S, English otherwise. Each row's two errors
    // differ, so the row fails if the other pattern's error is reported.
    [Theory]
    [InlineData("1985-13", true, 6, "a month 01 to 12 or a season 21 to 41")]
    [InlineData("2004?-06-1X1", true, 12, "the end of the date")]
    [InlineData("[1667,1668,1670]", true, 11, "ParseSet")]
    [InlineData("1985-04-12T24:00:01", true, 11, "a time of day hh:mm:ss")]
    [InlineData("1984?~", true, 5, "one qualifier")]
    [InlineData("Y-9999999999", true, 1, "years -500,000,000 to 500,000,000")]
    [InlineData("January 100,000,000 BC", false, 9, "a year between 500,000,001 BC and AD 500,000,000")]
    [InlineData("{1667,1668}", true, 1, "ParseSet")]
    [InlineData("1991x", false, 5, "an era (BC, BCE, AD, CE) or the end of the date")]
    [InlineData("45BCX", false, 3, "an era (BC, BCE, AD, CE) or the end of the date")]
    [InlineData("April 31, 1920", false, 7, "a day between 1 and 30 for April 1920")]
    [InlineData("1985-04-12t10:00:00", false, 11, "an era (BC, BCE, AD, CE) or the end of the date")]
    [InlineData("1990\u20131985", false, 6, "an end that is not before the start")]
    [InlineData("", false, 1, "a date such as 1991")]
    public void HistoricalDateParseResult_NeitherReads_ReportsTheErrorOfThePatternTheTextLooksLike(string text, bool edtf, int column, string expected)
    {
        ParseError fromEdtf = EdtfPattern.Default.Parse(text).Error!, fromEnglish = English.Parse(text).Error!;
        Assert.NotEqual(fromEdtf, fromEnglish);
        ParseError error = HistoricalDate.ParseResult(text).Error!;
        Assert.Equal(edtf ? fromEdtf : fromEnglish, error);
        Assert.Equal(column, error.Column);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
        Assert.Equal(error, Assert.Throws<HistoricalParseException>(() => HistoricalDate.Parse(text)).Error);
    }

    [Fact]
    public void HistoricalDateParse_BadText_ThrowsWithColumn() =>
        Assert.Equal(10, Assert.Throws<HistoricalParseException>(() => HistoricalDate.Parse("February 30, 1920")).Column);

    [Fact]
    public void HistoricalDateTryParse_Span_ReadsEnglish()
    {
        Assert.True(HistoricalDate.TryParse("5th century BC".AsSpan(), out HistoricalDate date));
        Assert.Equal(HistoricalDate.FromSpan(-499, DatePrecision.Century), date);
        Assert.False(HistoricalDate.TryParse("1991x".AsSpan(), out _));
    }

    // ---- API ------------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_String_KeepsTheSameStringAsText()
    {
        string text = "April 28, 1920";
        Assert.Same(text, English.Parse(text).Value.Text);
    }

    [Fact]
    public void Parse_Span_KeepsACopyOfTheText() =>
        Assert.Equal("1991 (3 days)", English.Parse("1991 (3 days)".AsSpan()).Value.Text);

    [Fact]
    public void TryParse_Span_GivesValueWithoutText()
    {
        Assert.True(English.TryParse("April 28, 1920".AsSpan(), out HistoricalDate date));
        Assert.Null(date.Text);
        Assert.Equal(HistoricalDate.FromDay(1920, 4, 28), date);
    }

    [Fact]
    public void TryParse_Span_AllocatesNothing()
    {
        ReadOnlySpan<char> text = "April 28, 1920";
        English.TryParse(text, out _);
        English.TryParse("February 30, 1920", out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = English.TryParse(text, out _);
        bool bad = English.TryParse("February 30, 1920", out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(ok);
        Assert.False(bad);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Parse_StringInCommonShape_AllocatesNothingAndKeepsTheString()
    {
        string text = "April 28, 1920";
        English.Parse(text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        ParseResult<HistoricalDate> result = English.Parse(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Same(text, result.Value.Text);
    }

    [Fact]
    public void Default_HasEncyclopedicPolicy()
    {
        Assert.Same(CalendarPolicy.Encyclopedic, English.Policy);
        Assert.Same(English, HistoricalDatePatterns.English);
    }

    [Fact]
    public void Parse_EquivalentWritings_AreEqualValues()
    {
        string[] writings = ["April 28, 1920", "28 April 1920", "28 APRIL 1920", "Apr. 28, 1920", "1920-04-28", "April 28 1920"];
        Assert.All(writings, w => Assert.Equal(HistoricalDate.FromDay(1920, 4, 28), Read(w)));
    }
}
