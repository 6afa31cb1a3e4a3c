using HistoricalEvents.Internal;

namespace HistoricalEvents;

/// <summary>
/// A named span of history whose ends are historical dates, possibly fuzzy: <c>Soviet Azerbaijan, 1920–1991</c>.
/// Immutable. Relations read a period as a span (every day from its start to its end).
/// </summary>
public sealed class HistoricalPeriod : IEquatable<HistoricalPeriod>
{
    /// <summary>Creates a period from a span (usually an interval; a single date such as <c>19th century</c> spans its bounds).</summary>
    /// <param name="name">The period's name.</param>
    /// <param name="span">When it was.</param>
    /// <param name="aliases">Other names it is known by.</param>
    /// <param name="description">What it was, in a sentence.</param>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public HistoricalPeriod(string name, HistoricalDate span, IEnumerable<string>? aliases = null, string? description = null)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), Messages.PeriodNeedsName, nameof(name));
        Name = name;
        Span = span;
        Aliases = HistoricalEvent.Freeze(aliases);
        Description = description;
    }

    /// <summary>The period's name.</summary>
    public string Name { get; }

    /// <summary>When it was.</summary>
    public HistoricalDate Span { get; }

    /// <summary>Other names it is known by.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>What it was, in a sentence, if given.</summary>
    public string? Description { get; }

    /// <summary>A period from one event's date to another's: from the 1920 incorporation to the 1991 independence.</summary>
    /// <exception cref="ArgumentException">The second event's date lies wholly before the first's.</exception>
    public static HistoricalPeriod Between(string name, HistoricalEvent from, HistoricalEvent to, string? description = null)
    {
        Preconditions.CheckNotNull(from);
        Preconditions.CheckNotNull(to);
        return new HistoricalPeriod(name, HistoricalDate.Interval(from.Date, to.Date), description: description);
    }

    /// <summary>Whether the period covers <paramref name="date"/> (read naturally): definitely, possibly or not.</summary>
    public Certainty Contains(HistoricalDate date) => date.IsDuring(Span);

    /// <summary>Whether the period covers the event's date.</summary>
    public Certainty Contains(HistoricalEvent historicalEvent) => Contains(Preconditions.CheckNotNull(historicalEvent).Date);

    /// <summary>One of Allen's relations from this period to <paramref name="other"/>, both read as spans.</summary>
    public Certainty Relate(HistoricalPeriod other, AllenRelation relation) =>
        Span.Relate(Preconditions.CheckNotNull(other).Span, relation, DateReading.Span, DateReading.Span);

    /// <summary>Whether the name or an alias is <paramref name="name"/>, ignoring case.</summary>
    public bool IsNamed(string name) =>
        string.Equals(Name, name, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public bool Equals(HistoricalPeriod? other) =>
        other is not null && Name == other.Name && Span == other.Span && Aliases.SequenceEqual(other.Aliases) && Description == other.Description;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HistoricalPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Span);

    /// <summary><c>Name (span)</c>.</summary>
    public override string ToString() => $"{Name} ({Span})";
}
