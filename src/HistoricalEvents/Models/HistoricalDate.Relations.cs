namespace HistoricalEvents;

public readonly partial struct HistoricalDate
{
    /// <summary>
    /// Whether this date ends before <paramref name="other"/> starts (Allen's before or meets). Both are read
    /// naturally: an event dated <c>1991</c> is definitely before <c>1992</c> and possibly before <c>August 1991</c>.
    /// </summary>
    public Certainty IsBefore(HistoricalDate other) =>
        Holds(this, NaturalReading, other, other.NaturalReading, FuzzySpan.EndsBeforeStart);

    /// <summary>Whether this date starts after <paramref name="other"/> ends; the mirror of <see cref="IsBefore"/>.</summary>
    public Certainty IsAfter(HistoricalDate other) => other.IsBefore(this);

    /// <summary>Whether this date and <paramref name="other"/> share at least one day, both read naturally.</summary>
    /// <remarks>Two events dated <c>1991</c> possibly overlap; only two events on the same known day definitely do.</remarks>
    public Certainty Overlaps(HistoricalDate other) =>
        Holds(this, NaturalReading, other, other.NaturalReading, FuzzySpan.Intersects);

    /// <summary>
    /// Whether <paramref name="other"/> lies inside this date, reading this date as a span (the container) and
    /// <paramref name="other"/> naturally: <c>1991</c> definitely contains <c>August 1991</c>.
    /// </summary>
    public Certainty Contains(HistoricalDate other) => other.IsDuring(this);

    /// <summary>
    /// Whether this date lies inside <paramref name="other"/>, reading this date naturally and
    /// <paramref name="other"/> as a span: an event dated <c>1991</c> is possibly during <c>August 1991</c> and
    /// definitely during <c>1990s</c>.
    /// </summary>
    public Certainty IsDuring(HistoricalDate other) =>
        Holds(this, NaturalReading, other, DateReading.Span, FuzzySpan.Inside);

    /// <summary>One of Allen's thirteen relations from this date to <paramref name="other"/>, both read naturally.</summary>
    public Certainty Relate(HistoricalDate other, AllenRelation relation) =>
        Relate(other, relation, NaturalReading, other.NaturalReading);

    /// <summary>One of Allen's thirteen relations from this date to <paramref name="other"/>, with the reading of each side given.</summary>
    /// <remarks>
    /// The answer is exact: <see cref="Certainty.Definitely"/> when the relation holds for every choice of start and
    /// end days within the bounds, <see cref="Certainty.Possibly"/> when it holds for some.
    /// </remarks>
    public Certainty Relate(HistoricalDate other, AllenRelation relation, DateReading thisReading, DateReading otherReading) =>
        Holds(this, thisReading, other, otherReading, FuzzySpan.Allen(relation));

    /// <summary>Whether this date, read as <paramref name="reading"/>, ends before <paramref name="other"/> (read naturally) starts.</summary>
    internal Certainty IsBeforeReading(HistoricalDate other, DateReading reading) =>
        Holds(this, reading, other, other.NaturalReading, FuzzySpan.EndsBeforeStart);

    /// <summary>Whether this date, read as <paramref name="reading"/>, starts after <paramref name="other"/> (read naturally) ends.</summary>
    internal Certainty IsAfterReading(HistoricalDate other, DateReading reading) =>
        Holds(other, other.NaturalReading, this, reading, FuzzySpan.EndsBeforeStart);

    /// <summary>Whether this date, read as <paramref name="reading"/>, shares a day with <paramref name="other"/> (read naturally).</summary>
    internal Certainty OverlapsReading(HistoricalDate other, DateReading reading) =>
        Holds(this, reading, other, other.NaturalReading, FuzzySpan.Intersects);

    /// <summary>Whether this date, read as <paramref name="reading"/>, lies inside <paramref name="other"/> read as a span.</summary>
    internal Certainty IsDuringReading(HistoricalDate other, DateReading reading) =>
        Holds(this, reading, other, DateReading.Span, FuzzySpan.Inside);

    /// <summary>
    /// Decides a relation, taking each alternative of a "one of" date on its own: the relation possibly holds when it
    /// possibly holds for either alternative, and definitely holds only when it definitely holds for both.
    /// </summary>
    private static Certainty Holds(HistoricalDate a, DateReading aReading, HistoricalDate b, DateReading bReading, FuzzySpan.Constraint[] relation)
    {
        if (a.Kind == HistoricalDateKind.OneOf)
        {
            return Either(Holds(a.Start, aReading, b, bReading, relation), Holds(a.End, aReading, b, bReading, relation));
        }
        if (b.Kind == HistoricalDateKind.OneOf)
        {
            return Either(Holds(a, aReading, b.Start, bReading, relation), Holds(a, aReading, b.End, bReading, relation));
        }
        return FuzzySpan.Holds(a.ToFuzzySpan(aReading), b.ToFuzzySpan(bReading), relation);

        static Certainty Either(Certainty first, Certainty second) =>
            first == second ? first : Certainty.Possibly;
    }

    /// <summary>The start and end days this date allows under a reading.</summary>
    internal FuzzySpan ToFuzzySpan(DateReading reading)
    {
        if (Kind != HistoricalDateKind.Interval || reading == DateReading.Moment)
        {
            // A moment is one day anywhere in the bounds, whatever the date's kind.
            return reading == DateReading.Moment
                ? new FuzzySpan(_earliest, _latest, _earliest, _latest, point: true)
                : new FuzzySpan(_earliest, _earliest, _latest, _latest, point: false);
        }
        int startLatest = _earliest, endEarliest = _latest;
        if (StartEnd == IntervalEnd.Known)
        {
            DateMarks.TryGetBounds(_start, StartMarks, out _, out startLatest);
        }
        else if (StartEnd == IntervalEnd.Unknown)
        {
            // The start is some day up to the end; an open start is the beginning of the axis itself.
            startLatest = _latest;
        }
        if (EndEnd == IntervalEnd.Known)
        {
            DateMarks.TryGetBounds(_end, EndMarks, out endEarliest, out _);
        }
        else if (EndEnd == IntervalEnd.Unknown)
        {
            endEarliest = _earliest;
        }
        return new FuzzySpan(_earliest, startLatest, endEarliest, _latest, point: false);
    }
}
