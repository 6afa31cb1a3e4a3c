using HistoricalEvents.Text;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>The seed card's two events built in code, and random timelines for the oracle tests.</summary>
internal static class TimelineTestData
{
    internal const string SeedTitle = "Azerbaijan Declares Independence from the Soviet Union";
    internal const string SeedFile = "000_52881603a37a9534.txt";

    /// <summary>The seed card as the reader gives it: the 1991 headline (line 2) and the April 28, 1920 moment (line 4).</summary>
    internal static EventCard SeedCard()
    {
        var headline = new HistoricalEvent(HistoricalDate.FromYear(1991),
            "Azerbaijan declares its independence from the Soviet Union following a national referendum.",
            [Place.Parse("Baku, Azerbaijan")], SeedTitle, ["Following the chaos of World War I …"], [],
            new EventOrigin(SeedTitle, SeedFile, new TextPosition(2, 1)));
        var moment = new HistoricalEvent(HistoricalDate.FromDay(1920, 4, 28),
            "Azerbaijan was incorporated into the Soviet Union as the Azerbaijan Soviet Socialist Republic.",
            [Place.Parse("Baku, Azerbaijan"), Place.Parse("Soviet Union")], origin: new EventOrigin(SeedTitle, SeedFile, new TextPosition(4, 1)));
        return new EventCard(headline, [moment], new TextPosition(1, 1), SeedFile);
    }

    internal static readonly string[] PlacePaths =
    [
        "Baku, Azerbaijan", "Ganja, Azerbaijan", "Azerbaijan", "Soviet Union", "Moscow, Soviet Union",
        "Sea of Tranquility, Moon", "Moon", "Rome, Latium, Italy", "Latium, Italy", "Italy", "Ostia, Latium, Italy",
        "baku, AZERBAIJAN", "rome, latium, italy",
    ];

    private static readonly string[] Words = ["war", "peace", "treaty", "Soviet", "independence", "Rome", "empire", "revolt", "warrior", "moon"];

    /// <summary>A random date: days, months, years, decades, centuries, BC, intervals (some open), alternatives, near or at the extremes.</summary>
    internal static HistoricalDate RandomDate(Random random)
    {
        int Year() => random.Next(20) switch
        {
            0 => -9997 + random.Next(2),
            1 => 9997 + random.Next(3),
            _ => random.Next(-30, 31),
        };
        HistoricalDate Single()
        {
            int year = Year();
            return random.Next(6) switch
            {
                0 or 1 => HistoricalDate.FromDay(year, random.Next(1, 13), random.Next(1, 29)),
                2 => HistoricalDate.FromMonth(year, random.Next(1, 13)),
                3 => HistoricalDate.FromYear(year),
                4 when year <= 9980 => HistoricalDate.FromSpan(year - year % 10, DatePrecision.Decade),
                5 when year <= 9900 && year >= -9898 => HistoricalDate.FromSpan(year, DatePrecision.Century),
                _ => random.Next(2) == 0 ? HistoricalDate.FromDay(year, 2, 29 - (year % 4 == 0 ? 0 : 1)) : HistoricalDate.FromYear(year),
            };
        }
        switch (random.Next(10))
        {
            case 0:
            case 1:
                {
                    HistoricalDate a = Single(), b = Single();
                    if (b.LatestDay < a.EarliestDay) (a, b) = (b, a);
                    return b.LatestDay >= a.EarliestDay && TryInterval(a, b, out HistoricalDate interval) ? interval : a;
                }
            case 2:
                {
                    HistoricalDate a = Single(), b = Single();
                    if (b.LatestDay < a.EarliestDay) (a, b) = (b, a);
                    try { return HistoricalDate.OneOf(a, b); } catch (ArgumentException) { return a; }
                }
            case 3:
                return random.Next(4) switch
                {
                    0 => HistoricalDate.IntervalFrom(Single()),
                    1 => HistoricalDate.IntervalTo(Single()),
                    2 => HistoricalDate.IntervalFrom(Single(), IntervalEnd.Unknown),
                    _ => HistoricalDate.IntervalTo(Single(), IntervalEnd.Unknown),
                };
            default:
                return Single();
        }
    }

    private static bool TryInterval(HistoricalDate a, HistoricalDate b, out HistoricalDate interval)
    {
        try
        {
            interval = HistoricalDate.Interval(a, b);
            return true;
        }
        catch (ArgumentException)
        {
            interval = default;
            return false;
        }
    }

    /// <summary>Random events, each with a distinct summary (its number), random places and words.</summary>
    internal static List<HistoricalEvent> RandomEvents(int seed, int count)
    {
        var random = new Random(seed);
        var events = new List<HistoricalEvent>(count);
        for (int i = 0; i < count; i++)
        {
            Place[] places = [.. Enumerable.Range(0, random.Next(3)).Select(_ => Place.Parse(PlacePaths[random.Next(PlacePaths.Length)]))];
            string words = string.Join(' ', Enumerable.Range(0, random.Next(4)).Select(_ => Words[random.Next(Words.Length)]));
            string? title = random.Next(2) == 0 ? null : "The " + Words[random.Next(Words.Length)];
            events.Add(new HistoricalEvent(RandomDate(random), $"Event {i}: {words}.", places, title,
                origin: new EventOrigin("Card " + i / 2, "random.txt", new TextPosition(i + 1, 1))));
        }
        return events;
    }
}
