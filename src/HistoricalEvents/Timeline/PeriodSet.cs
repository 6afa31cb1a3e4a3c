using System.Collections;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Timelines;

/// <summary>
/// The named periods of a timeline, in the order they were added: listed, looked up by name or alias (ignoring
/// case) and queried. Immutable and safe for concurrent readers.
/// </summary>
public sealed class PeriodSet : IReadOnlyList<HistoricalPeriod>
{
    private readonly HistoricalPeriod[] _periods;
    private readonly Dictionary<string, HistoricalPeriod> _byName;

    internal PeriodSet(HistoricalPeriod[] periods)
    {
        _periods = periods;
        _byName = new Dictionary<string, HistoricalPeriod>(StringComparer.OrdinalIgnoreCase);
        foreach (HistoricalPeriod period in periods)
        {
            foreach (string name in period.Aliases.Prepend(period.Name))
            {
                Preconditions.CheckArgument(_byName.TryAdd(name.Trim(), period), Messages.DuplicatePeriod(name), nameof(periods));
            }
        }
    }

    /// <summary>No periods.</summary>
    public static PeriodSet Empty { get; } = new([]);

    /// <summary>The number of periods.</summary>
    public int Count => _periods.Length;

    /// <summary>The period at <paramref name="index"/>, in the order added.</summary>
    public HistoricalPeriod this[int index] => _periods[index];

    /// <summary>The period with this name or alias, ignoring case.</summary>
    /// <exception cref="KeyNotFoundException">No period has that name.</exception>
    public HistoricalPeriod this[string name] =>
        Find(name) ?? throw new KeyNotFoundException(Messages.UnknownPeriod(name));

    /// <summary>The period with this name or alias, ignoring case, or <see langword="null"/>.</summary>
    public HistoricalPeriod? Find(string name) =>
        _byName.TryGetValue(Preconditions.CheckNotNull(name).Trim(), out HistoricalPeriod? period) ? period : null;

    /// <summary>The periods that cover <paramref name="date"/> (see <see cref="HistoricalPeriod.Contains(HistoricalDate)"/>) at least as surely as <paramref name="minimum"/>, with their certainty.</summary>
    public IReadOnlyList<(HistoricalPeriod Period, Certainty Certainty)> Containing(HistoricalDate date, Certainty minimum = Certainty.Possibly)
    {
        Timeline.CheckMinimum(minimum);
        return [.. _periods.Select(p => (p, p.Contains(date))).Where(x => x.Item2 >= minimum)];
    }

    /// <summary>
    /// The periods <c>P</c> for which <c>P relation other</c> holds at least as surely as <paramref name="minimum"/>
    /// (both read as spans), with their certainty: <c>Relating(ww2, AllenRelation.Before)</c> lists the periods before
    /// the Second World War.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not one of the thirteen relations, or <paramref name="minimum"/> is not Possibly or Definitely.</exception>
    public IReadOnlyList<(HistoricalPeriod Period, Certainty Certainty)> Relating(HistoricalPeriod other, AllenRelation relation,
        Certainty minimum = Certainty.Possibly)
    {
        Preconditions.CheckNotNull(other);
        Timeline.CheckMinimum(minimum);
        Timeline.CheckRelation(relation);
        return [.. _periods.Select(p => (p, p.Relate(other, relation))).Where(x => x.Item2 >= minimum)];
    }

    /// <summary>Enumerates the periods in the order added.</summary>
    public IEnumerator<HistoricalPeriod> GetEnumerator() => ((IEnumerable<HistoricalPeriod>)_periods).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
