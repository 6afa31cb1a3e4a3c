using HistoricalEvents.Internal;

namespace HistoricalEvents.Places;

/// <summary>What kind of place a <see cref="HistoricalPlace"/> is.</summary>
public enum PlaceKind : byte
{
    /// <summary>A state, empire, kingdom or other polity: it holds places for a time (<c>Roman Empire</c>).</summary>
    Polity = 0,

    /// <summary>A city or other settlement: it lies inside whatever polity held it then (<c>Rome</c>).</summary>
    City = 1,
}

/// <summary>
/// A name a place was known by, and when (<c>Constantinople</c> from 11 May 330 to 28 March 1930): open at an end
/// when <see cref="From"/> or <see cref="To"/> is <see langword="null"/>. Immutable.
/// </summary>
public readonly struct PlaceName : IEquatable<PlaceName>
{
    /// <summary>A name used from <paramref name="from"/> to <paramref name="to"/> (either may be <see langword="null"/>: open).</summary>
    public PlaceName(string name, HistoricalDate? from = null, HistoricalDate? to = null)
    {
        Name = Preconditions.CheckNotNull(name);
        From = from;
        To = to;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>When the name came into use; <see langword="null"/> when it was in use from the place's start.</summary>
    public HistoricalDate? From { get; }

    /// <summary>When the name went out of use; <see langword="null"/> when it is still in use (or was to the place's end).</summary>
    public HistoricalDate? To { get; }

    /// <summary>Whether the name has a period of its own.</summary>
    public bool HasPeriod => From is not null || To is not null;

    /// <summary>Whether the name was in use on <paramref name="date"/>: definitely, possibly (near an uncertain edge) or not.</summary>
    public Certainty WasUsedOn(HistoricalDate date) => Lifespan.Contains(From, To, date);

    /// <inheritdoc />
    public bool Equals(PlaceName other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && Nullable.Equals(From, other.From) && Nullable.Equals(To, other.To);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PlaceName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, From, To);

    /// <summary>Whether two names are the same name with the same period.</summary>
    public static bool operator ==(PlaceName left, PlaceName right) => left.Equals(right);

    /// <summary>Whether two names differ.</summary>
    public static bool operator !=(PlaceName left, PlaceName right) => !left.Equals(right);

    /// <summary>The name with its period as the gazetteer file writes it: <c>Constantinople [May 11, 330 .. March 28, 1930]</c>.</summary>
    public override string ToString() => HasPeriod ? $"{Name} [{From?.ToString()} .. {To?.ToString()}]" : Name;
}

/// <summary>
/// A polity or a city of the historical gazetteer: its names and when each was used, its lifespan (inception and
/// dissolution as <see cref="HistoricalDate"/>s, with their precision and uncertainty), its Wikidata id, its
/// predecessors and successors, its coordinates and the source of these facts. Immutable.
/// </summary>
public sealed class HistoricalPlace : IEquatable<HistoricalPlace>
{
    /// <summary>Creates a place; see the properties for the meaning of each argument.</summary>
    /// <exception cref="ArgumentException">The id, name or source is empty.</exception>
    public HistoricalPlace(string id, PlaceKind kind, string name, IEnumerable<PlaceName>? names, string? wikidataId,
        HistoricalDate? inception, HistoricalDate? dissolution, IEnumerable<string>? predecessorIds,
        IEnumerable<string>? successorIds, GeoCoordinate? coordinates, string source)
        : this(id, kind, name, names, wikidataId, inception, dissolution, predecessorIds, successorIds, coordinates, source, null)
    {
    }

    /// <summary>Creates a place with the polities that held it (<paramref name="heldBy"/>); see the properties for the meaning of each argument.</summary>
    /// <exception cref="ArgumentException">The id, name or source is empty.</exception>
    public HistoricalPlace(string id, PlaceKind kind, string name, IEnumerable<PlaceName>? names, string? wikidataId,
        HistoricalDate? inception, HistoricalDate? dissolution, IEnumerable<string>? predecessorIds,
        IEnumerable<string>? successorIds, GeoCoordinate? coordinates, string source, IEnumerable<PlaceHolding>? heldBy)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), Messages.GazetteerFieldRequired("id"), nameof(id));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), Messages.GazetteerFieldRequired("name"), nameof(name));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source), Messages.GazetteerFieldRequired("source"), nameof(source));
        Id = id;
        Kind = kind;
        Name = name;
        PlaceName[] given = names?.ToArray() ?? [];
        // The main name is always a name of the place; when the names list gives it periods of its own, those rule.
        Names = given.Any(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase)) ? given : [new PlaceName(name), .. given];
        WikidataId = string.IsNullOrEmpty(wikidataId) ? null : wikidataId;
        Inception = inception;
        Dissolution = dissolution;
        PredecessorIds = predecessorIds?.ToArray() ?? [];
        SuccessorIds = successorIds?.ToArray() ?? [];
        Coordinates = coordinates;
        Source = source;
        HeldBy = heldBy?.ToArray() ?? [];
    }

    /// <summary>The gazetteer's id: <c>soviet-union</c>.</summary>
    public string Id { get; }

    /// <summary>A polity or a city.</summary>
    public PlaceKind Kind { get; }

    /// <summary>The name it is best known by: <c>Soviet Union</c>.</summary>
    public string Name { get; }

    /// <summary>Every name, the main one included, each with its period when it has one of its own.</summary>
    public IReadOnlyList<PlaceName> Names { get; }

    /// <summary>The Wikidata item (<c>Q15180</c>), or <see langword="null"/> when not given.</summary>
    public string? WikidataId { get; }

    /// <summary>When it came into being; <see langword="null"/> when the gazetteer gives no start (a name older than any one state).</summary>
    public HistoricalDate? Inception { get; }

    /// <summary>When it ceased to be; <see langword="null"/> when it still exists (or no end is given).</summary>
    public HistoricalDate? Dissolution { get; }

    /// <summary>The ids of the places it came from.</summary>
    public IReadOnlyList<string> PredecessorIds { get; }

    /// <summary>The ids of the places that followed it.</summary>
    public IReadOnlyList<string> SuccessorIds { get; }

    /// <summary>Where it is (a city's centre), or <see langword="null"/>.</summary>
    public GeoCoordinate? Coordinates { get; }

    /// <summary>
    /// The polities that held this place and when (<c>roman-republic</c>, <c>roman-empire [.. 476]</c>, …), in the
    /// gazetteer's order; empty when not given. <see cref="HistoricalGazetteer.PolitiesHolding"/> answers for a date.
    /// </summary>
    public IReadOnlyList<PlaceHolding> HeldBy { get; }

    /// <summary>Where the facts come from: <c>Wikidata Q15180; Wikipedia "Soviet Union"</c>.</summary>
    public string Source { get; }

    /// <summary>Whether the place existed on <paramref name="date"/>, both ends counted (it existed on the day of its dissolution).</summary>
    public Certainty ExistedOn(HistoricalDate date) => Lifespan.Contains(Inception, Dissolution, date);

    /// <summary>
    /// Whether <paramref name="name"/> was in use for this place on <paramref name="date"/>: within the name's own
    /// period (the union of them, when the name was used more than once) or, for a name without one, the lifespan.
    /// </summary>
    public Certainty NameUsedOn(string name, HistoricalDate date)
    {
        Preconditions.CheckNotNull(name);
        Certainty best = Certainty.Not;
        bool known = false;
        // Indexed, not foreach over the interface: CardChecker asks this for every place name of every card.
        for (int i = 0; i < Names.Count; i++)
        {
            PlaceName n = Names[i];
            if (!string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            known = true;
            Certainty c = n.HasPeriod ? Min(n.WasUsedOn(date), ExistedOn(date)) : ExistedOn(date);
            best = c > best ? c : best;
        }
        return known ? best : Certainty.Not;
    }

    private static Certainty Min(Certainty a, Certainty b) => a < b ? a : b;

    /// <inheritdoc />
    public bool Equals(HistoricalPlace? other) =>
        other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Kind == other.Kind && Name == other.Name
            && Names.SequenceEqual(other.Names) && WikidataId == other.WikidataId && Nullable.Equals(Inception, other.Inception)
            && Nullable.Equals(Dissolution, other.Dissolution) && PredecessorIds.SequenceEqual(other.PredecessorIds)
            && SuccessorIds.SequenceEqual(other.SuccessorIds) && Nullable.Equals(Coordinates, other.Coordinates) && Source == other.Source
            && HeldBy.SequenceEqual(other.HeldBy)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HistoricalPlace);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Inception, Dissolution);

    /// <summary>The name and the lifespan: <c>Soviet Union (December 30, 1922 – December 26, 1991)</c>.</summary>
    public override string ToString() => Inception is null && Dissolution is null ? Name : $"{Name} ({Inception?.ToString()} – {Dissolution?.ToString()})";
}
