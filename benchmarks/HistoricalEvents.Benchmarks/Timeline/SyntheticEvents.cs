namespace HistoricalEvents.Benchmarks.Timeline;

/// <summary>
/// Deterministic synthetic events with a realistic mix: mostly days, then years and months, some decades, centuries,
/// intervals and alternatives; a fifth BC; later centuries denser; places from a hierarchy of 200 countries, each with
/// 5 regions of 4 cities (5,200 places), one or two per event.
/// </summary>
public static class SyntheticEvents
{
    /// <summary>The number of countries; each has <see cref="RegionsPerCountry"/> regions of <see cref="CitiesPerRegion"/> cities.</summary>
    public const int Countries = 200;

    /// <summary>Regions in each country.</summary>
    public const int RegionsPerCountry = 5;

    /// <summary>Cities in each region.</summary>
    public const int CitiesPerRegion = 4;

    /// <summary>The name of country <paramref name="i"/>.</summary>
    public static string Country(int i) => "Country " + i;

    /// <summary>Makes <paramref name="count"/> events from <paramref name="seed"/>; the same arguments give the same events.</summary>
    public static List<HistoricalEvent> Generate(int count, int seed = 20260424)
    {
        var random = new Random(seed);
        var cities = new List<Place>();
        var regions = new List<Place>();
        var countries = new List<Place>();
        for (int c = 0; c < Countries; c++)
        {
            Place country = Place.Create(Country(c));
            countries.Add(country);
            for (int r = 0; r < RegionsPerCountry; r++)
            {
                Place region = Place.Create($"Region {c}.{r}", country);
                regions.Add(region);
                for (int t = 0; t < CitiesPerRegion; t++)
                {
                    cities.Add(Place.Create($"City {c}.{r}.{t}", region));
                }
            }
        }
        string[] summaries = [.. Enumerable.Range(0, 1000).Select(i => $"Synthetic event number {i} happened.")];
        var events = new List<HistoricalEvent>(count);
        for (int i = 0; i < count; i++)
        {
            Place First() => random.Next(10) switch
            {
                < 7 => cities[random.Next(cities.Count)],
                < 9 => regions[random.Next(regions.Count)],
                _ => countries[random.Next(countries.Count)],
            };
            Place[] places = random.Next(4) == 0 ? [First(), First()] : [First()];
            string? title = random.Next(3) == 0 ? "Synthetic headline " + (i % 5000) : null;
            events.Add(new HistoricalEvent(RandomDate(random), summaries[i % summaries.Length], places, title));
        }
        return events;
    }

    private static HistoricalDate RandomDate(Random random)
    {
        // A fifth BC back to 3000 BC; AD skewed towards recent centuries.
        int year = random.Next(5) == 0 ? -random.Next(0, 3000) : 1 + (int)(2024 * Math.Sqrt(random.NextDouble()));
        int month = random.Next(1, 13), day = random.Next(1, 29);
        int kind = random.Next(1000);
        return kind switch
        {
            < 550 => HistoricalDate.FromDay(year, month, day),
            < 700 => HistoricalDate.FromMonth(year, month),
            < 880 => HistoricalDate.FromYear(year),
            < 910 => HistoricalDate.FromSpan(year - ((year % 10) + 10) % 10, DatePrecision.Decade),
            < 915 => HistoricalDate.FromSpan(year - ((year - 1) % 100 + 100) % 100, DatePrecision.Century),
            < 985 => Interval(year, month, day, random),
            _ => HistoricalDate.OneOf(HistoricalDate.FromYear(year), HistoricalDate.FromYear(year + 1)),
        };
    }

    /// <summary>An interval from a day of <paramref name="year"/>: to a later day of the month, or to a later year.</summary>
    internal static HistoricalDate Interval(int year, int month, int day, Random random)
    {
        if (year == 1582 && month == 10)
        {
            // October 1582 holds the calendar reform: its days 5–14 are read as Julian (no Gregorian day has them),
            // so "October 13 to October 17, 1582" would end ten days before it starts. Intervals take November.
            month = 11;
        }
        HistoricalDate start = HistoricalDate.FromDay(year, month, day);
        // Lengths from days (a battle) to decades (a war, a reign).
        int years = random.Next(3) == 0 ? random.Next(1, 40) : 0;
        HistoricalDate end = years == 0
            ? HistoricalDate.FromDay(year, month, random.Next(day, 29))
            : HistoricalDate.FromYear(Math.Min(year + years, 2025));
        return HistoricalDate.Interval(start, end);
    }
}
