using HistoricalEvents.Internal;

namespace HistoricalEvents.Interchange;

/// <summary>
/// The parts of a Wikidata entity an event needs: its id, labels and descriptions, and its statements whose main
/// value is a time, an item or a coordinate. Read by <see cref="WikidataImporter"/>; immutable.
/// </summary>
public sealed class WikidataEntity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="id">The id, such as <c>Q42</c>.</param>
    /// <param name="labels">Labels by language code.</param>
    /// <param name="descriptions">Descriptions by language code.</param>
    /// <param name="statements">Statements with a time, item or coordinate value, in the order of the JSON.</param>
    /// <param name="path">Where the entity was read: a JSON path such as <c>$.entities.Q42</c>.</param>
    /// <param name="line">The line the entity was read from (1 for a whole document, the line of a dump).</param>
    public WikidataEntity(string id, IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> descriptions,
        IEnumerable<WikidataStatement> statements, string path = "$", int line = 1)
    {
        Id = Preconditions.CheckNotNull(id);
        Labels = Preconditions.CheckNotNull(labels);
        Descriptions = Preconditions.CheckNotNull(descriptions);
        Statements = HistoricalEvent.Freeze(statements);
        Path = Preconditions.CheckNotNull(path);
        Line = line;
    }

    /// <summary>The id, such as <c>Q42</c>.</summary>
    public string Id { get; }

    /// <summary>Labels by language code.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>Descriptions by language code.</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; }

    /// <summary>Statements whose main value is a time, an item or a coordinate, in the order of the JSON.</summary>
    public IReadOnlyList<WikidataStatement> Statements { get; }

    /// <summary>The JSON path of the entity in what it was read from.</summary>
    public string Path { get; }

    /// <summary>The line it was read from: 1 for a whole document, the entity's line in a dump.</summary>
    public int Line { get; }

    /// <summary>The label in <paramref name="language"/>, else the multilingual (<c>mul</c>) label, else <see langword="null"/>.</summary>
    public string? Label(string language) => Pick(Labels, language);

    /// <summary>The description in <paramref name="language"/>, else the multilingual one, else <see langword="null"/>.</summary>
    public string? Description(string language) => Pick(Descriptions, language);

    /// <summary>
    /// The statements of <paramref name="property"/> that count: the preferred ones if any, else the normal ones;
    /// deprecated statements never count.
    /// </summary>
    public IEnumerable<WikidataStatement> Best(string property)
    {
        bool anyPreferred = false;
        foreach (WikidataStatement s in Statements)
        {
            if (s.Property == property && s.Rank == WikidataRank.Preferred)
            {
                anyPreferred = true;
                break;
            }
        }
        foreach (WikidataStatement s in Statements)
        {
            if (s.Property == property && (anyPreferred ? s.Rank == WikidataRank.Preferred : s.Rank == WikidataRank.Normal))
            {
                yield return s;
            }
        }
    }

    private static string? Pick(IReadOnlyDictionary<string, string> values, string language) =>
        values.TryGetValue(language, out string? value) ? value : values.TryGetValue("mul", out value) ? value : null;

    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>The rank of a Wikidata statement.</summary>
public enum WikidataRank : byte
{
    /// <summary>An ordinary statement.</summary>
    Normal = 0,

    /// <summary>A statement preferred over the normal ones.</summary>
    Preferred = 1,

    /// <summary>A statement known to be wrong or superseded.</summary>
    Deprecated = 2,
}

/// <summary>
/// One Wikidata statement whose main value is a time (<see cref="Time"/>), an item (<see cref="ItemId"/>) or a
/// coordinate on Earth (<see cref="Coordinates"/>); exactly one of the three is set. Immutable.
/// </summary>
public sealed class WikidataStatement
{
    /// <summary>Creates a statement.</summary>
    /// <param name="property">The property id, such as <c>P585</c>.</param>
    /// <param name="rank">The rank.</param>
    /// <param name="path">The JSON path of the value, such as <c>$.claims.P585[0].mainsnak.datavalue.value</c>.</param>
    /// <param name="time">A time value.</param>
    /// <param name="itemId">An item id.</param>
    /// <param name="coordinates">A coordinate on Earth.</param>
    public WikidataStatement(string property, WikidataRank rank, string path, WikidataTime? time = null, string? itemId = null, GeoCoordinate? coordinates = null)
    {
        Property = Preconditions.CheckNotNull(property);
        Rank = rank;
        Path = Preconditions.CheckNotNull(path);
        Time = time;
        ItemId = itemId;
        Coordinates = coordinates;
    }

    /// <summary>The property id, such as <c>P585</c>.</summary>
    public string Property { get; }

    /// <summary>The rank.</summary>
    public WikidataRank Rank { get; }

    /// <summary>The JSON path of the value.</summary>
    public string Path { get; }

    /// <summary>The time value, if the value is a time.</summary>
    public WikidataTime? Time { get; }

    /// <summary>The item id, if the value is an item.</summary>
    public string? ItemId { get; }

    /// <summary>The coordinate, if the value is a coordinate on Earth.</summary>
    public GeoCoordinate? Coordinates { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Property}: {(object?)Time ?? (object?)ItemId ?? Coordinates}";
}
