using HistoricalEvents.Internal;
using NodaTime;

namespace HistoricalEvents.Tests.Internal;

public class DayNumbersTests
{
    private static readonly LocalDate Epoch = new(1, 1, 1);

    [Fact]
    public void FromGregorian_EveryDayOfSampledYears_AgreesWithNodaTime()
    {
        foreach (int year in SampleYears())
        {
            foreach (LocalDate d in DaysOf(new LocalDate(year, 1, 1)))
            {
                Assert.Equal(NodaTime.Period.DaysBetween(Epoch, d), DayNumbers.FromGregorian(d.Year, d.Month, d.Day));
                DayNumbers.ToGregorian(DayNumbers.FromGregorian(d.Year, d.Month, d.Day), out int y, out int m, out int dd);
                Assert.Equal((d.Year, d.Month, d.Day), (y, m, dd));
            }
        }
    }

    [Fact]
    public void FromJulian_EveryDayOfSampledYears_AgreesWithNodaTime()
    {
        foreach (int year in SampleYears().Where(y => y is > -9997 and < 9998))
        {
            foreach (LocalDate d in DaysOf(new LocalDate(year, 1, 1, CalendarSystem.Julian)))
            {
                LocalDate iso = d.WithCalendar(CalendarSystem.Iso);
                int dayNumber = DayNumbers.FromJulian(d.Year, d.Month, d.Day);
                Assert.Equal(NodaTime.Period.DaysBetween(Epoch, iso), dayNumber);
                DayNumbers.ToJulian(dayNumber, out int y, out int m, out int dd);
                Assert.Equal((d.Year, d.Month, d.Day), (y, m, dd));
            }
        }
    }

    // The fast paths' unsigned arithmetic must give the general formula's day everywhere on the axis, in both
    // calendars: every day of every year from -9998 to 9999 (including the 1 BC leap day and the century years).
    [Fact]
    public void FromCalendarOnAxis_EveryDayOfTheAxis_AgreesWithFromCalendar()
    {
        foreach (bool julian in new[] { false, true })
        {
            for (int year = DayNumbers.MinYear; year <= DayNumbers.MaxYear; year++)
            {
                for (int month = 1; month <= 12; month++)
                {
                    int days = DayNumbers.DaysInMonth(julian, year, month);
                    for (int day = 1; day <= days; day++)
                    {
                        int expected = DayNumbers.FromCalendar(julian, year, month, day);
                        int actual = DayNumbers.FromCalendarOnAxis(julian, year, month, day);
                        if (actual != expected)
                        {
                            Assert.Fail($"{(julian ? "Julian" : "Gregorian")} {year}-{month}-{day}: {actual}, expected {expected}");
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(1582, 10, 4, 1582, 10, 14)]   // last Julian day before the reform, Gregorian 14 October
    [InlineData(1917, 10, 25, 1917, 11, 7)]   // the October Revolution
    [InlineData(-43, 3, 15, -43, 3, 13)]      // the Ides of March, 44 BC
    [InlineData(1, 1, 3, 1, 1, 1)]
    public void FromJulian_KnownPairs_MatchGregorian(int jy, int jm, int jd, int gy, int gm, int gd) =>
        Assert.Equal(DayNumbers.FromGregorian(gy, gm, gd), DayNumbers.FromJulian(jy, jm, jd));

    [Theory]
    [InlineData(0, false, true)]     // proleptic year 0 (1 BC) is a Gregorian leap year
    [InlineData(1900, false, false)]
    [InlineData(1900, true, true)]
    [InlineData(2000, false, true)]
    [InlineData(-100, false, false)]
    [InlineData(-100, true, true)]
    [InlineData(-1, true, false)]
    public void IsLeapYear_Table_IsRight(int year, bool julian, bool leap) =>
        Assert.Equal(leap, DayNumbers.IsLeapYear(julian, year));

    private static IEnumerable<LocalDate> DaysOf(LocalDate firstDay)
    {
        int days = firstDay.Calendar.GetDaysInYear(firstDay.Year);
        for (int i = 0; i < days; i++)
        {
            yield return firstDay.PlusDays(i);
        }
    }

    private static IEnumerable<int> SampleYears() =>
        [-9998, -9997, -4713, -1001, -400, -101, -100, -44, -43, -4, -1, 0, 1, 2, 4, 99, 100, 400, 1000, 1582, 1600, 1700, 1752, 1900, 1920, 1991, 2000, 2024, 9998, 9999];
}
