namespace HistoricalEvents.Places;

/// <summary>Whether a date lies within a lifespan whose ends are themselves fuzzy dates (both ends inclusive).</summary>
internal static class Lifespan
{
    /// <summary>
    /// How far an approximate or uncertain date (<c>c. 1299</c>, <c>1299?</c>) may lie from what it says: 20 years
    /// at year precision or finer, one unit at decade, century or millennium precision.
    /// </summary>
    internal static int ToleranceDays(HistoricalDate date)
    {
        if (!date.IsApproximate && !date.IsUncertain)
        {
            return 0;
        }
        return date.Precision switch
        {
            DatePrecision.Decade => 3653,
            DatePrecision.Century => 36525,
            DatePrecision.Millennium => 365250,
            _ => 7305,
        };
    }

    /// <summary>
    /// Definitely when every reading of <paramref name="date"/> lies between every reading of the ends; not when no
    /// reading does; possibly otherwise. A missing end is open.
    /// </summary>
    internal static Certainty Contains(HistoricalDate? from, HistoricalDate? to, HistoricalDate date)
    {
        int tolerance = ToleranceDays(date);
        long dateEarliest = (long)date.EarliestDay - tolerance, dateLatest = (long)date.LatestDay + tolerance;
        long fromEarliest = long.MinValue, fromLatest = long.MinValue, toEarliest = long.MaxValue, toLatest = long.MaxValue;
        if (from is { } f)
        {
            int t = ToleranceDays(f);
            fromEarliest = (long)f.EarliestDay - t;
            fromLatest = (long)f.LatestDay + t;
        }
        if (to is { } e)
        {
            int t = ToleranceDays(e);
            toEarliest = (long)e.EarliestDay - t;
            toLatest = (long)e.LatestDay + t;
        }
        if (dateLatest < fromEarliest || dateEarliest > toLatest)
        {
            return Certainty.Not;
        }
        return dateEarliest >= fromLatest && dateLatest <= toEarliest ? Certainty.Definitely : Certainty.Possibly;
    }
}
