using HistoricalEvents.Places;
using NodaTime;

namespace HistoricalEvents.Tests.Places;

/// <summary>Issue #11: the card checker's calendar regions are the named <see cref="CalendarPolicy"/> regions.</summary>
public class CardCheckerRegionTests
{
    private static readonly CardCheckOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    private static string[] CalendarWarnings(string date, string place) =>
        [.. CardChecker.Check(new EventCard(new HistoricalEvent(HistoricalDate.Parse(date), "Something.", [Place.Parse(place)], "T")), Options)
            .Where(w => w.Code == CardWarningCodes.CalendarMark).Select(w => w.Message)];

    [Fact]
    public void RegionalCalendars_Default_HoldEveryNamedRegionWithItsOwnPolicy()
    {
        foreach ((string region, CalendarPolicy policy) in CalendarPolicy.Named)
        {
            if (region is "encyclopedic" or "gregorian" or "julian")
            {
                Assert.False(CardCheckOptions.Default.RegionalCalendars.ContainsKey(region), region);
                continue;
            }
            Assert.Same(policy, CardCheckOptions.Default.RegionalCalendars[region]);
            Assert.Same(policy, CardCheckOptions.Default.RegionalCalendars[region.Replace('-', ' ')]);
        }
    }

    [Fact]
    public void RegionPlaceNames_EveryName_TakesItsRegionsPolicy()
    {
        foreach ((string region, IReadOnlyList<string> names) in CardCheckOptions.RegionPlaceNames)
        {
            Assert.All(names, name => Assert.Same(CalendarPolicy.Named[region], CardCheckOptions.Default.RegionalCalendars[name]));
        }
    }

    [Theory]
    [InlineData("February 17, 1753 O.S.", "Sweden", false)]       // Julian 17 February is Gregorian 28 February: still Julian there
    [InlineData("February 18, 1753 O.S.", "Sweden", true)]        // Gregorian 1 March 1753, Sweden's first Gregorian day
    [InlineData("February 18, 1753 O.S.", "Stockholm, Sweden", true)]
    [InlineData("September 2, 1752 O.S.", "London, Kingdom of Great Britain", false)]
    [InlineData("September 3, 1752 O.S.", "London, Kingdom of Great Britain", true)]
    [InlineData("February 1, 1918 O.S.", "Petrograd, Russian SFSR", true)]   // Gregorian 14 February 1918
    [InlineData("January 31, 1918 O.S.", "Petrograd, Russian SFSR", false)]
    [InlineData("February 15, 1923 O.S.", "Athens, Greece", false)]
    [InlineData("February 16, 1923 O.S.", "Athens, Greece", true)]          // Gregorian 1 March 1923
    [InlineData("June 1, 1600 O.S.", "Paris, France", true)]                // France from 20 December 1582
    [InlineData("June 1, 1600 O.S.", "Berlin, Protestant Germany", false)]  // Protestant Germany from 1 March 1700
    [InlineData("June 1, 1600 O.S.", "Somewhere", false)]                   // no region: not checked
    [InlineData("June 1, 1800 N.S.", "Moscow, Russian Empire", false)]      // a New Style equivalent is never flagged
    public void Check_OldStyleDate_ComparedWithTheRegionsSwitchDay(string date, string place, bool warned) =>
        Assert.Equal(warned, CalendarWarnings(date, place).Length == 1);
}
