using HistoricalEvents.Timelines;
using NodaTime;
using NodaTime.Calendars;
using static HistoricalEvents.Tests.Timeline.TimelineTestData;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

public class TimelineTests
{
    private static readonly TimelineT Seed = TimelineT.FromCards([SeedCard()]);

    private static string[] Summaries(IEnumerable<TimelineMatch> matches) => [.. matches.Select(m => m.Event.Summary[..10])];

    private static (int Line, Certainty Certainty)[] Lines(IEnumerable<TimelineMatch> matches) =>
        [.. matches.Select(m => ((int)m.Event.Origin!.Line, m.Certainty))];

    // ---- The seed's two events -------------------------------------------------------------------------------

    [Fact]
    public void FromCards_Seed_OrdersMomentBeforeHeadlineAndKeepsOrigins()
    {
        Assert.Equal(2, Seed.Count);
        Assert.Equal([4, 2], Seed.Select(e => e.Origin!.Line));
        Assert.All(Seed, e => Assert.Equal(SeedTitle, e.Origin!.CardTitle));
        Assert.All(Seed, e => Assert.Equal(SeedFile, e.Origin!.File));
    }

    public static TheoryData<string, string, Certainty, int[]> SeedBetweenCases => new()
    {
        { "1920", "1991", Certainty.Possibly, [4, 2] },
        { "1920", "1991", Certainty.Definitely, [4, 2] },
        { "1991", "1991", Certainty.Definitely, [2] },
        { "April 28, 1920", "April 28, 1920", Certainty.Definitely, [4] },
        { "1900", "1950", Certainty.Possibly, [4] },
        { "August 1, 1991", "August 31, 1991", Certainty.Possibly, [2] },
        { "August 1, 1991", "August 31, 1991", Certainty.Definitely, [] },
        { "1921", "1990", Certainty.Possibly, [] },
    };

    [Theory, MemberData(nameof(SeedBetweenCases))]
    public void Between_Seed_FindsEventsInWindow(string from, string to, Certainty minimum, int[] lines) =>
        Assert.Equal(lines, Seed.Between(HistoricalDate.Parse(from), HistoricalDate.Parse(to), minimum).Select(m => (int)m.Event.Origin!.Line));

    [Fact]
    public void Overlapping_August1991_HeadlineIsPossiblyNotDefinitely()
    {
        TimelineMatch match = Assert.Single(Seed.Overlapping(HistoricalDate.FromMonth(1991, 8)));
        Assert.Equal((2, Certainty.Possibly), (match.Event.Origin!.Line, match.Certainty));
        Assert.Empty(Seed.Overlapping(HistoricalDate.FromMonth(1991, 8), Certainty.Definitely));
    }

    [Fact]
    public void OnThisDay_April28_FindsMomentOnly() =>
        Assert.Equal([(4, Certainty.Definitely)], Lines(Seed.OnThisDay(new AnnualDate(4, 28))));

    [Theory]
    [InlineData("Azerbaijan", new[] { 4, 2 })]
    [InlineData("azerbaijan", new[] { 4, 2 })]
    [InlineData("Baku, Azerbaijan", new[] { 4, 2 })]
    [InlineData("Baku", new[] { 4, 2 })]
    [InlineData("Soviet Union", new[] { 4 })]
    [InlineData("Armenia", new int[0])]
    public void AtPlace_Seed_FindsEventsInsidePlace(string place, int[] lines) =>
        Assert.Equal(lines, Seed.AtPlace(place).Select(m => (int)m.Event.Origin!.Line));

    [Fact]
    public void AtPlace_AliasUssr_FindsSovietUnionEvents()
    {
        TimelineT timeline = new TimelineBuilder().Add(SeedCard()).AddPlaceAlias("USSR", "Soviet Union").Build();
        Assert.Equal([4], timeline.AtPlace("ussr").Select(m => (int)m.Event.Origin!.Line));
    }

    [Fact]
    public void During_SovietAzerbaijanFromSeedEvents_MomentDefinitelyHeadlinePossibly()
    {
        HistoricalPeriod soviet = HistoricalPeriod.Between("Soviet Azerbaijan", Seed[0], Seed[1]);
        TimelineT timeline = new TimelineBuilder().Add(SeedCard()).AddPeriod(soviet).Build();
        Assert.Equal([(4, Certainty.Definitely), (2, Certainty.Possibly)], Lines(timeline.During("soviet azerbaijan")));
        Assert.Equal([(4, Certainty.Definitely)], Lines(timeline.During(soviet, Certainty.Definitely)));
    }

    [Fact]
    public void Relating_SeedMomentAgainstLaterPeriod_IsDefinitelyBefore()
    {
        var independence = new HistoricalPeriod("Independent Azerbaijan", HistoricalDate.IntervalFrom(HistoricalDate.FromYear(1991)));
        // The headline (some day of 1991) may fall before the period's start (some day of 1991), with a gap.
        Assert.Equal([(4, Certainty.Definitely), (2, Certainty.Possibly)], Lines(Seed.Relating(independence, AllenRelation.Before)));
        Assert.Equal([(4, Certainty.Definitely)], Lines(Seed.Relating(independence, AllenRelation.Before, Certainty.Definitely)));
        Assert.Equal([(2, Certainty.Possibly)], Lines(Seed.Relating(independence, AllenRelation.Starts)));
    }

    [Theory]
    [InlineData("independence", new[] { 2 })]
    [InlineData("SOVIET", new[] { 4, 2 })]
    [InlineData("incorporat soviet", new[] { 4 })]
    [InlineData("declares", new[] { 2 })]
    [InlineData("oviet", new int[0])]
    public void Search_Seed_FindsWordPrefixesInTitleAndSummary(string words, int[] lines) =>
        Assert.Equal(lines, Seed.Search(words).Select(m => (int)m.Event.Origin!.Line));

    [Fact]
    public void BeforeAfterNearest_Seed_FindTheRightEvent()
    {
        Assert.Equal([(4, Certainty.Definitely)], Lines(Seed.Before(HistoricalDate.FromYear(1950))));
        Assert.Equal([(2, Certainty.Definitely)], Lines(Seed.After(HistoricalDate.FromYear(1950))));
        Assert.Equal([(4, Certainty.Definitely)], Lines(Seed.Nearest(HistoricalDate.FromYear(1930), 1)));
        Assert.Equal([(2, Certainty.Definitely)], Lines(Seed.Nearest(HistoricalDate.FromYear(1980), 1)));
        Assert.Equal([(4, Certainty.Definitely), (2, Certainty.Possibly)], Lines(Seed.Before(HistoricalDate.FromDay(1991, 6, 1))));
    }

    [Fact]
    public void InYearDecadeCentury_Seed_FindEvents()
    {
        Assert.Equal([(2, Certainty.Definitely)], Lines(Seed.InYear(1991)));
        Assert.Equal([(4, Certainty.Definitely)], Lines(Seed.InDecade(1920)));
        Assert.Equal([(4, Certainty.Definitely), (2, Certainty.Definitely)], Lines(Seed.InCentury(20)));
        Assert.Empty(Seed.InCentury(20, Era.BeforeCommon));
    }

    // ---- On this day -----------------------------------------------------------------------------------------

    [Fact]
    public void OnThisDay_IdesOfMarch_MatchesMonthAndDayAsWrittenInJulian()
    {
        HistoricalDate ides = HistoricalDate.FromDay(-43, 3, 15);
        TimelineT timeline = TimelineT.FromEvents([new HistoricalEvent(ides, "Caesar is assassinated.", title: "Ides of March")]);
        Assert.Equal(13, ides.Earliest.Day);
        Assert.Single(timeline.OnThisDay(new AnnualDate(3, 15)));
        Assert.Empty(timeline.OnThisDay(new AnnualDate(3, 13)));
    }

    [Theory]
    [InlineData(2, 29, new[] { "Leap day" })]
    [InlineData(2, 28, new[] { "Day before" })]
    [InlineData(3, 1, new[] { "Day after" })]
    public void OnThisDay_LeapDay_MatchesOnlyEventsWrittenOn29February(int month, int day, string[] expected)
    {
        TimelineT timeline = TimelineT.FromEvents([
            new HistoricalEvent(HistoricalDate.FromDay(1980, 2, 29), "Leap day."),
            new HistoricalEvent(HistoricalDate.FromDay(1981, 2, 28), "Day before."),
            new HistoricalEvent(HistoricalDate.FromDay(1981, 3, 1), "Day after."),
        ]);
        Assert.Equal(expected, timeline.OnThisDay(new AnnualDate(month, day)).Select(m => m.Event.Summary.TrimEnd('.')));
    }

    [Fact]
    public void OnThisDay_MonthYearIntervalAndAlternatives_AreNotMatched()
    {
        HistoricalDate day = HistoricalDate.FromDay(1920, 4, 28);
        TimelineT timeline = TimelineT.FromEvents([
            new HistoricalEvent(HistoricalDate.FromMonth(1920, 4), "Month."),
            new HistoricalEvent(HistoricalDate.Interval(day, HistoricalDate.FromDay(1920, 5, 28)), "Interval."),
            new HistoricalEvent(HistoricalDate.OneOf(day, HistoricalDate.FromDay(1921, 4, 28)), "Alternatives."),
        ]);
        Assert.Empty(timeline.OnThisDay(new AnnualDate(4, 28)));
        Assert.Empty(timeline.OnThisDay(new AnnualDate(4, 1)));
    }

    // ---- Order, empty, extremes ------------------------------------------------------------------------------

    [Fact]
    public void Order_MixedPrecisions_FollowsDateOrderThenInsertion()
    {
        HistoricalEvent year = new(HistoricalDate.FromYear(1985), "Year.");
        HistoricalEvent january = new(HistoricalDate.FromMonth(1985, 1), "January.");
        HistoricalEvent april = new(HistoricalDate.FromMonth(1985, 4), "April.");
        HistoricalEvent yearAgain = new(HistoricalDate.FromYear(1985), "Year again.");
        TimelineT timeline = TimelineT.FromEvents([yearAgain, april, year, january]);
        Assert.Equal([january, yearAgain, year, april], timeline);
    }

    [Fact]
    public void Order_EqualBoundsOtherFields_FollowsHistoricalDateCompareTo()
    {
        HistoricalDate year = HistoricalDate.FromYear(1991);
        HistoricalDate[] dates =
        [
            year.WithQualifiers(DateQualifiers.ApproximateAndUncertain),
            HistoricalDate.Interval(HistoricalDate.FromDay(1991, 1, 1), HistoricalDate.FromDay(1991, 12, 31)),
            year.WithQualifiers(DateQualifiers.Approximate),
            HistoricalDate.OneOf(HistoricalDate.FromMonth(1991, 1), HistoricalDate.FromMonth(1991, 12)),
            HistoricalDate.Interval(HistoricalDate.FromMonth(1991, 1), HistoricalDate.FromMonth(1991, 12)),
            year,
            HistoricalDate.FromYear(1991, HistoricalCalendar.Gregorian),
        ];
        HistoricalEvent[] events = [.. dates.Select((d, i) => new HistoricalEvent(d, $"Event {i}."))];
        Assert.All(dates, d => Assert.Equal((year.Earliest, year.Latest), (d.Earliest, d.Latest)));
        Assert.Equal(events.OrderBy(e => e.Date), TimelineT.FromEvents(events));
    }

    [Fact]
    public void Queries_EmptyTimeline_AnswerNothing()
    {
        TimelineT empty = TimelineT.Empty;
        HistoricalDate d = HistoricalDate.FromYear(1991);
        Assert.Empty(empty);
        Assert.Empty(empty.Between(d, d));
        Assert.Empty(empty.Overlapping(d));
        Assert.Empty(empty.Before(d));
        Assert.Empty(empty.After(d));
        Assert.Empty(empty.Nearest(d, 5));
        Assert.Empty(empty.OnThisDay(new AnnualDate(1, 1)));
        Assert.Empty(empty.AtPlace("Azerbaijan"));
        Assert.Empty(empty.During(new HistoricalPeriod("P", d)));
        Assert.Empty(empty.Search("war"));
        Assert.Empty(empty.GroupBy(DatePrecision.Year));
        Assert.Empty(empty.Gazetteer);
        Assert.Empty(empty.Periods);
    }

    [Fact]
    public void Queries_EventsAtExtremes_AreFound()
    {
        HistoricalEvent deep = new(HistoricalDate.FromDay(-9998, 1, 1, HistoricalCalendar.Gregorian), "First day of the axis.");
        HistoricalEvent last = new(HistoricalDate.FromDay(9999, 12, 31), "Last day.");
        HistoricalEvent open = new(HistoricalDate.IntervalFrom(HistoricalDate.FromYear(9999)), "Open end.");
        HistoricalEvent openStart = new(HistoricalDate.IntervalTo(HistoricalDate.FromYear(-9997)), "Open start.");
        TimelineT timeline = TimelineT.FromEvents([last, deep, open, openStart]);
        // The open start reaches past the first day of the axis, into prehistory.
        Assert.Equal([openStart, deep, open, last], timeline);
        Assert.Equal([openStart, deep], timeline.Before(HistoricalDate.FromYear(0)).Select(m => m.Event));
        Assert.Equal([open, last], timeline.After(HistoricalDate.FromYear(0)).Select(m => m.Event));
        Assert.Equal([open, last], timeline.InYear(9999).Select(m => m.Event));
        Assert.Equal([last], timeline.OnThisDay(new AnnualDate(12, 31)).Select(m => m.Event));
        Assert.Equal([openStart, deep, open, last], timeline.Nearest(HistoricalDate.FromYear(0), 10).Select(m => m.Event));
        // Open ends reach past the days into prehistory and the far future: only wholly within the years of the axis.
        Assert.Equal([deep, last], timeline.Between(deep.Date, last.Date, Certainty.Definitely).Select(m => m.Event));
        Assert.Equal(4, timeline.Between(HistoricalDate.FromYear(-500_000_000), HistoricalDate.FromYear(500_000_000), Certainty.Definitely).Count);
    }

    [Fact]
    public void Nearest_Ties_GoToEarlierEventAndAnswerInTimelineOrder()
    {
        HistoricalEvent before = new(HistoricalDate.FromDay(2000, 1, 1), "Before.");
        HistoricalEvent after = new(HistoricalDate.FromDay(2000, 1, 5), "After.");
        HistoricalEvent far = new(HistoricalDate.FromDay(2000, 3, 1), "Far.");
        TimelineT timeline = TimelineT.FromEvents([far, after, before]);
        Assert.Equal([before], timeline.Nearest(HistoricalDate.FromDay(2000, 1, 3), 1).Select(m => m.Event));
        Assert.Equal([before, after], timeline.Nearest(HistoricalDate.FromDay(2000, 1, 4), 2).Select(m => m.Event));
        Assert.Empty(timeline.Nearest(HistoricalDate.FromDay(2000, 1, 4), 0));
    }

    // ---- Grouping --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(DatePrecision.Year, -43, -43)]
    [InlineData(DatePrecision.Decade, -50, -41)]
    [InlineData(DatePrecision.Century, -99, 0)]
    public void GroupBy_IdesOfMarch_CountsInBcGroup(DatePrecision precision, int first, int last)
    {
        TimelineT timeline = TimelineT.FromEvents([new HistoricalEvent(HistoricalDate.FromDay(-43, 3, 15), "Ides.")]);
        Assert.Equal([new TimelineGroup(first, last, 1)], timeline.GroupBy(precision));
    }

    [Fact]
    public void GroupBy_IntervalAndCentury_CountedOnceAtTheirStart()
    {
        TimelineT timeline = TimelineT.FromEvents([
            new HistoricalEvent(HistoricalDate.Interval(HistoricalDate.FromYear(1914), HistoricalDate.FromYear(1918)), "War."),
            new HistoricalEvent(HistoricalDate.FromSpan(1801, DatePrecision.Century), "19th century."),
            new HistoricalEvent(HistoricalDate.FromYear(1900), "1900."),
        ]);
        Assert.Equal([new TimelineGroup(1801, 1900, 2), new TimelineGroup(1901, 2000, 1)], timeline.GroupBy(DatePrecision.Century));
        Assert.Equal([new TimelineGroup(1800, 1809, 1), new TimelineGroup(1900, 1909, 1), new TimelineGroup(1910, 1919, 1)],
            timeline.GroupBy(DatePrecision.Decade));
    }

    // ---- Arguments -------------------------------------------------------------------------------------------

    [Fact]
    public void Queries_BadArguments_Throw()
    {
        HistoricalDate d = HistoricalDate.FromYear(1991);
        Assert.Throws<ArgumentOutOfRangeException>(() => Seed.Between(d, d, Certainty.Not));
        Assert.Throws<ArgumentException>(() => Seed.Between(d, HistoricalDate.FromYear(1990)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seed.Nearest(d, -1));
        Assert.Throws<ArgumentException>(() => Seed.Search(" … "));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seed.GroupBy(DatePrecision.Month));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seed.InCentury(0));
        Assert.Throws<KeyNotFoundException>(() => Seed.During("No such period"));
        Assert.Throws<ArgumentNullException>(() => Seed.AtPlace((string)null!));
    }

    [Fact]
    public void IndexBytes_ManyEvents_WithinBudgetOf64BytesPerEvent()
    {
        TimelineT timeline = TimelineT.FromEvents(RandomEvents(11, 5000));
        // The date, day and place indexes; the full-text index (vocabulary plus 4 bytes per event and word) is apart.
        Assert.InRange((timeline.IndexBytes - timeline.TextIndexBytes) / (double)timeline.Count, 8, 64);
    }
}
