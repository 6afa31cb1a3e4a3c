using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Models;

public class CalendarPolicyRegionsTests
{
    // The last Julian day and the first Gregorian day of each region (docs/dates.md gives the sources).
    public static TheoryData<string, int, int, int, int, int, int> Switches => new()
    {
        { "catholic-europe", 1582, 10, 4, 1582, 10, 15 },
        { "france", 1582, 12, 9, 1582, 12, 20 },
        { "holland", 1582, 12, 21, 1583, 1, 1 },
        { "catholic-germany", 1583, 10, 5, 1583, 10, 16 },
        { "bohemia", 1584, 1, 6, 1584, 1, 17 },
        { "catholic-switzerland", 1584, 1, 11, 1584, 1, 22 },
        { "hungary", 1587, 10, 21, 1587, 11, 1 },
        { "prussia", 1610, 8, 22, 1610, 9, 2 },
        { "protestant-germany", 1700, 2, 18, 1700, 3, 1 },
        { "denmark-norway", 1700, 2, 18, 1700, 3, 1 },
        { "protestant-switzerland", 1700, 12, 31, 1701, 1, 12 },
        { "great-britain", 1752, 9, 2, 1752, 9, 14 },
        { "sweden", 1753, 2, 17, 1753, 3, 1 },
        { "bulgaria", 1916, 3, 31, 1916, 4, 14 },
        { "turkey", 1917, 2, 15, 1917, 3, 1 },
        { "russia", 1918, 1, 31, 1918, 2, 14 },
        { "greece", 1923, 2, 15, 1923, 3, 1 },
    };

    [Theory]
    [MemberData(nameof(Switches))]
    public void Named_Region_LastJulianDayIsFollowedByFirstGregorianDay(string name, int jy, int jm, int jd, int gy, int gm, int gd)
    {
        Assert.True(CalendarPolicy.TryGetNamed(name, out CalendarPolicy? policy));
        Assert.Equal(new LocalDate(gy, gm, gd), policy.FirstGregorianDay);
        EnglishDatePattern english = EnglishDatePattern.Default.WithCalendarPolicy(policy);
        HistoricalDate last = english.Parse(new LocalDate(jy, jm, jd).ToString("MMMM d, uuuu", null)).Value;
        HistoricalDate first = english.Parse(new LocalDate(gy, gm, gd).ToString("MMMM d, uuuu", null)).Value;
        Assert.Equal((HistoricalCalendar.Julian, HistoricalCalendar.Gregorian), (last.Calendar, first.Calendar));
        Assert.Equal(last.Earliest.PlusDays(1), first.Earliest);
    }

    [Fact]
    public void Named_HasAtLeastFifteenRegionsBesideTheThreeGeneralPolicies() =>
        Assert.True(CalendarPolicy.Named.Values.Distinct().Count() >= 15);

    [Theory]
    [InlineData("encyclopedic", "Julian before 1582-10-15")]
    [InlineData("GREGORIAN", "Julian before -9998-01-01")]
    [InlineData("julian", "Julian")]
    [InlineData("1752-09-14", "Julian before 1752-09-14")]
    [InlineData(" great-britain ", "Julian before 1752-09-14")]
    public void TryGetNamed_KnownName_GivesThePolicy(string name, string described)
    {
        Assert.True(CalendarPolicy.TryGetNamed(name, out CalendarPolicy? policy));
        Assert.Equal(described, policy.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("atlantis")]
    [InlineData("1752-13-01")]
    public void TryGetNamed_UnknownName_IsFalse(string? name) => Assert.False(CalendarPolicy.TryGetNamed(name, out _));

    // Britain: 2 September 1752 (Julian) was followed by 14 September 1752 (Gregorian).
    [Theory]
    [InlineData("September 2, 1752", HistoricalCalendar.Julian, 1752, 9, 13)]
    [InlineData("September 14, 1752", HistoricalCalendar.Gregorian, 1752, 9, 14)]
    [InlineData("September 14, 1752 O.S.", HistoricalCalendar.Julian, 1752, 9, 25)]
    [InlineData("September 2, 1752 N.S.", HistoricalCalendar.Gregorian, 1752, 9, 2)]
    public void GreatBritain_UnmarkedDatesFollowTheSwitchAndMarksWin(string text, HistoricalCalendar calendar, int y, int m, int d)
    {
        HistoricalDate date = EnglishDatePattern.Default.WithCalendarPolicy(CalendarPolicy.GreatBritain).Parse(text).Value;
        Assert.Equal((calendar, new LocalDate(y, m, d)), (date.Calendar, date.Earliest));
    }

    [Fact]
    public void GreatBritain_DayWrittenInTheGap_IsTheJulianDay()
    {
        // A date is placed by its written day: 5 September 1752 is before the switch, so Julian 5 September
        // (= Gregorian 16 September), a day the Julian reckoning names.
        HistoricalDate date = EnglishDatePattern.Default.WithCalendarPolicy(CalendarPolicy.GreatBritain).Parse("September 5, 1752").Value;
        Assert.Equal((HistoricalCalendar.Julian, new LocalDate(1752, 9, 16)), (date.Calendar, date.Earliest));
    }
}
