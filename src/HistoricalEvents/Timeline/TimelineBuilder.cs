using HistoricalEvents.Internal;

namespace HistoricalEvents.Timelines;

/// <summary>
/// Collects events, periods and place aliases, then <see cref="Build"/>s an immutable <see cref="Timeline"/>.
/// Not thread-safe; the timelines it builds are. Building does not change the builder, which can go on collecting.
/// </summary>
public sealed class TimelineBuilder
{
    private readonly List<HistoricalEvent> _events = [];
    private readonly List<HistoricalPeriod> _periods = [];
    private readonly HashSet<string> _periodNames = new(StringComparer.OrdinalIgnoreCase);
    // The aliases and every path on their targets' chains, as strings (see Gazetteer.AliasTable): "is this alias a
    // place other aliases point to?" is one lookup rather than a scan of every alias (which made n aliases cost n²).
    private readonly Gazetteer.AliasTable _aliases;
    private Places.HistoricalGazetteer? _historical;

    /// <summary>Creates an empty builder.</summary>
    public TimelineBuilder()
        : this(StringComparer.OrdinalIgnoreCase)
    {
    }

    /// <summary>Creates an empty builder comparing alias paths with <paramref name="pathComparer"/> (tests count its calls).</summary>
    internal TimelineBuilder(IEqualityComparer<string> pathComparer)
    {
        _aliases = new Gazetteer.AliasTable(pathComparer);
    }

    /// <summary>The number of events added so far.</summary>
    public int Count => _events.Count;

    /// <summary>Adds an event.</summary>
    public TimelineBuilder Add(HistoricalEvent historicalEvent)
    {
        _events.Add(Preconditions.CheckNotNull(historicalEvent));
        return this;
    }

    /// <summary>
    /// Adds a card's events: the headline, then each moment. An event without an <see cref="HistoricalEvent.Origin"/>
    /// (a card built in code) is given the card's title, file and position, so every event knows its card.
    /// </summary>
    public TimelineBuilder Add(EventCard card)
    {
        Preconditions.CheckNotNull(card);
        foreach (HistoricalEvent e in card.Events)
        {
            _events.Add(e.Origin is null ? e.WithOrigin(new EventOrigin(card.Title, card.File, card.Position)) : e);
        }
        return this;
    }

    /// <summary>Adds events.</summary>
    public TimelineBuilder AddRange(IEnumerable<HistoricalEvent> events)
    {
        foreach (HistoricalEvent e in Preconditions.CheckNotNull(events))
        {
            Add(e);
        }
        return this;
    }

    /// <summary>Adds the events of cards (see <see cref="Add(EventCard)"/>).</summary>
    public TimelineBuilder AddRange(IEnumerable<EventCard> cards)
    {
        foreach (EventCard card in Preconditions.CheckNotNull(cards))
        {
            Add(card);
        }
        return this;
    }

    /// <summary>Adds a named period.</summary>
    /// <exception cref="ArgumentException">A period with the same name or alias (ignoring case) was already added.</exception>
    public TimelineBuilder AddPeriod(HistoricalPeriod period)
    {
        Preconditions.CheckNotNull(period);
        string[] names = [.. period.Aliases.Prepend(period.Name).Select(n => n.Trim())];
        foreach (string name in names)
        {
            Preconditions.CheckArgument(!_periodNames.Contains(name), Messages.DuplicatePeriod(name), nameof(period));
        }
        _periodNames.UnionWith(names);
        _periods.Add(period);
        return this;
    }

    /// <summary>
    /// Makes <paramref name="alias"/> another name for <paramref name="place"/> (both place paths, ignoring case):
    /// <c>AddPlaceAlias("USSR", "Soviet Union")</c>. Events naming the alias are filed under the place, also inside
    /// paths (<c>Moscow, USSR</c> is <c>Moscow, Soviet Union</c>), and queries for the alias find the place.
    /// </summary>
    /// <exception cref="ArgumentException">A path is not a place path; the alias is already one; or the alias is a place other aliases point to.</exception>
    /// <exception cref="Text.HistoricalParseException">A path has an empty name.</exception>
    public TimelineBuilder AddPlaceAlias(string alias, string place)
    {
        _aliases.Add(alias, place);
        return this;
    }

    /// <summary>
    /// Lets place queries use a historical gazetteer's names (<see cref="Gazetteer.Historical"/> for the shipped
    /// one): <c>AtPlace("Istanbul")</c> then also finds events at <c>Constantinople</c> and <c>Byzantium</c>, and
    /// <c>AtPlace("USSR")</c> those at <c>Soviet Union</c>. Events keep the names they were written with.
    /// <see langword="null"/> (the default) turns this off.
    /// </summary>
    public TimelineBuilder UseHistoricalGazetteer(Places.HistoricalGazetteer? gazetteer)
    {
        _historical = gazetteer;
        return this;
    }

    /// <summary>
    /// Builds the timeline: sorts the events into timeline order, interns their places in a <see cref="Gazetteer"/>
    /// and builds the indexes. Events whose places are not the gazetteer's objects are re-created with them (same
    /// content, same origin).
    /// </summary>
    public Timeline Build() =>
        new(_events, new PeriodSet([.. _periods]), _aliases, _historical);
}
