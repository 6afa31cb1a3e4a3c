using HistoricalEvents.Internal;
using HistoricalEvents.Timelines;
using NodaTime;
using NodaTime.Calendars;
using static HistoricalEvents.Tests.Timeline.TimelineTestData;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>Every query against a brute-force scan over the same events in the same order, using HistoricalDate's own relations.</summary>
public class TimelineOracleTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6 };

    private const int EventCount = 400;

    private static (TimelineT Timeline, HistoricalEvent[] Ordered, Random Random) Build(int seed)
    {
        List<HistoricalEvent> events = RandomEvents(seed, EventCount);
        // LINQ's OrderBy is stable: equal dates keep the order they were added in, as the timeline promises.
        HistoricalEvent[] ordered = [.. events.OrderBy(e => e.Date)];
        return (TimelineT.FromEvents(events), ordered, new Random(seed * 7919));
    }

    private static void AssertSame(IEnumerable<(int Index, Certainty Certainty)> expected, IReadOnlyList<TimelineMatch> actual, TimelineT timeline)
    {
        Assert.Equal(expected.ToArray(), actual.Select(m => (m.Index, m.Certainty)).ToArray());
        Assert.All(actual, m => Assert.Same(timeline[m.Index], m.Event));
    }

    private static IEnumerable<(int, Certainty)> Scan(HistoricalEvent[] ordered, Func<HistoricalEvent, Certainty> certainty, Certainty minimum = Certainty.Possibly) =>
        ordered.Select((e, i) => (i, certainty(e))).Where(x => x.Item2 >= minimum);

    private static Certainty InWindow(HistoricalDate date, HistoricalDate? everything) =>
        everything is not { } window ? Certainty.Definitely
        : date.IsDuring(window) == Certainty.Definitely ? Certainty.Definitely
        : date.Overlaps(window) != Certainty.Not ? Certainty.Possibly : Certainty.Not;

    // The crisp window from a date's first to another's last possible day, as an interval of two days.
    // An open or unknown end reaches the end of the whole axis (past prehistory), so the window is open there too;
    // a window open at both ends (null) holds every date.
    private static HistoricalDate? Window(HistoricalDate from, HistoricalDate to)
    {
        bool openStart = !DayNumbers.IsDay(from.EarliestDay), openEnd = !DayNumbers.IsDay(to.LatestDay);
        if (openStart && openEnd)
        {
            return null;
        }
        return openStart ? HistoricalDate.IntervalTo(HistoricalDate.FromLocalDate(to.Latest))
            : openEnd ? HistoricalDate.IntervalFrom(HistoricalDate.FromLocalDate(from.Earliest))
            : HistoricalDate.Interval(HistoricalDate.FromLocalDate(from.Earliest), HistoricalDate.FromLocalDate(to.Latest));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Order_RandomEvents_IsStableSortByDate(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, _) = Build(seed);
        Assert.Equal(ordered, timeline);
        Assert.Equal(ordered.Select(e => e.Origin), timeline.Select(e => e.Origin));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Between_RandomWindows_AgreeWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, Random random) = Build(seed);
        var seen = new HashSet<Certainty>();
        for (int q = 0; q < 60; q++)
        {
            HistoricalDate a = RandomDate(random), b = RandomDate(random);
            if (b.LatestDay < a.EarliestDay) (a, b) = (b, a);
            HistoricalDate? window = Window(a, b);
            foreach (Certainty minimum in new[] { Certainty.Possibly, Certainty.Definitely })
            {
                IReadOnlyList<TimelineMatch> actual = timeline.Between(a, b, minimum);
                AssertSame(Scan(ordered, e => InWindow(e.Date, window), minimum), actual, timeline);
                seen.UnionWith(actual.Select(m => m.Certainty));
            }
        }
        // The random queries exercise both kinds of answer, not just empty ones.
        Assert.Equal([Certainty.Possibly, Certainty.Definitely], seen.Order());
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Overlapping_RandomDates_AgreeWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, Random random) = Build(seed);
        for (int q = 0; q < 60; q++)
        {
            HistoricalDate d = RandomDate(random);
            AssertSame(Scan(ordered, e => InWindow(e.Date, Window(d, d))), timeline.Overlapping(d), timeline);
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void InYearDecadeCentury_RandomSpans_AgreeWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, Random random) = Build(seed);
        for (int q = 0; q < 20; q++)
        {
            int year = random.Next(-40, 41);
            HistoricalDate y = HistoricalDate.FromYear(year);
            AssertSame(Scan(ordered, e => InWindow(e.Date, Window(y, y))), timeline.InYear(year), timeline);
            HistoricalDate decade = HistoricalDate.FromSpan(year - 5, DatePrecision.Decade);
            AssertSame(Scan(ordered, e => InWindow(e.Date, Window(decade, decade))), timeline.InDecade(year - 5), timeline);
        }
        HistoricalDate firstBc = HistoricalDate.Interval(HistoricalDate.FromYear(-99), HistoricalDate.FromYear(0));
        AssertSame(Scan(ordered, e => InWindow(e.Date, Window(firstBc, firstBc))), timeline.InCentury(1, Era.BeforeCommon), timeline);
        HistoricalDate firstAd = HistoricalDate.Interval(HistoricalDate.FromYear(1), HistoricalDate.FromYear(100));
        AssertSame(Scan(ordered, e => InWindow(e.Date, Window(firstAd, firstAd)), Certainty.Definitely), timeline.InCentury(1, minimum: Certainty.Definitely), timeline);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void BeforeAndAfter_RandomDates_AgreeWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, Random random) = Build(seed);
        for (int q = 0; q < 40; q++)
        {
            HistoricalDate d = RandomDate(random);
            Certainty minimum = q % 2 == 0 ? Certainty.Possibly : Certainty.Definitely;
            AssertSame(Scan(ordered, e => e.Date.IsBefore(d), minimum), timeline.Before(d, minimum), timeline);
            AssertSame(Scan(ordered, e => e.Date.IsAfter(d), minimum), timeline.After(d, minimum), timeline);
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Nearest_RandomDates_AgreeWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, Random random) = Build(seed);
        for (int q = 0; q < 40; q++)
        {
            HistoricalDate d = RandomDate(random);
            int count = random.Next(0, 30);
            long Distance(HistoricalEvent e) => Math.Max(0, Math.Max(
                Period.Between(d.Latest, e.Date.Earliest, PeriodUnits.Days).Days,
                Period.Between(e.Date.Latest, d.Earliest, PeriodUnits.Days).Days));
            var expected = ordered.Select((e, i) => (i, Distance(e))).OrderBy(x => x.Item2).ThenBy(x => x.i).Take(count)
                .Select(x => (x.i, Certainty.Definitely)).OrderBy(x => x.i);
            AssertSame(expected, timeline.Nearest(d, count), timeline);
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void OnThisDay_EveryDayOfYear_AgreesWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, _) = Build(seed);
        for (int month = 1; month <= 12; month++)
        {
            for (int day = 1; day <= 29; day++)
            {
                var annual = new AnnualDate(month, month == 2 ? Math.Min(day, 29) : day);
                AssertSame(Scan(ordered, e => e.Date.AnnualDate == annual ? Certainty.Definitely : Certainty.Not), timeline.OnThisDay(annual), timeline);
            }
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void AtPlace_EveryPath_AgreesWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, _) = Build(seed);
        foreach (string path in PlacePaths)
        {
            Place place = Place.Parse(path);
            AssertSame(Scan(ordered, e => e.Places.Any(p => p.IsWithin(place)) ? Certainty.Definitely : Certainty.Not), timeline.AtPlace(path), timeline);
            AssertSame(Scan(ordered, e => e.Places.Contains(place) ? Certainty.Definitely : Certainty.Not), timeline.AtPlace(place, includeEnclosed: false), timeline);
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void DuringAndRelating_RandomPeriods_AgreeWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, Random random) = Build(seed);
        for (int q = 0; q < 12; q++)
        {
            HistoricalDate a = RandomDate(random), b = RandomDate(random);
            if (b.LatestDay < a.EarliestDay) (a, b) = (b, a);
            HistoricalPeriod period;
            try { period = new HistoricalPeriod("P", HistoricalDate.Interval(a, b)); }
            catch (ArgumentException) { period = new HistoricalPeriod("P", a); }
            AssertSame(Scan(ordered, e => period.Contains(e)), timeline.During(period), timeline);
            foreach (AllenRelation relation in Enum.GetValues<AllenRelation>())
            {
                AssertSame(Scan(ordered, e => e.Date.Relate(period.Span, relation, e.Date.NaturalReading, DateReading.Span)),
                    timeline.Relating(period, relation), timeline);
            }
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Search_WordsAndPrefixes_AgreeWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, _) = Build(seed);
        foreach (string query in new[] { "war", "WAR peace", "indep", "soviet treaty", "event 12", "arrior", "The moon" })
        {
            string[] terms = query.Split(' ');
            bool Matches(HistoricalEvent e)
            {
                string[] words = $"{e.Title} {e.Summary}".Split([' ', '.', ':'], StringSplitOptions.RemoveEmptyEntries);
                return terms.All(t => words.Any(w => w.StartsWith(t, StringComparison.OrdinalIgnoreCase)));
            }
            AssertSame(Scan(ordered, e => Matches(e) ? Certainty.Definitely : Certainty.Not), timeline.Search(query), timeline);
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void GroupBy_EachPrecision_AgreesWithScan(int seed)
    {
        (TimelineT timeline, HistoricalEvent[] ordered, _) = Build(seed);
        static int Century(HistoricalDate d)
        {
            int ordinal = (d.YearOfEra - 1) / 100 + 1;
            return d.Era == Era.Common ? 100 * (ordinal - 1) + 1 : 1 - 100 * ordinal;
        }
        foreach ((DatePrecision precision, Func<HistoricalDate, int> first, int length) in new (DatePrecision, Func<HistoricalDate, int>, int)[]
        {
            (DatePrecision.Year, d => d.Year, 1),
            (DatePrecision.Decade, d => (int)Math.Floor(d.Year / 10.0) * 10, 10),
            (DatePrecision.Century, Century, 100),
        })
        {
            var expected = ordered.GroupBy(e => first(e.Date)).OrderBy(g => g.Key)
                .Select(g => new TimelineGroup(g.Key, g.Key + length - 1, g.Count()));
            Assert.Equal(expected, timeline.GroupBy(precision));
        }
    }
}
