using HistoricalEvents.Internal;

namespace HistoricalEvents.Places;

/// <summary>
/// A polity that held a city for a time (<c>roman-republic</c> held Rome from 509 BC to 27 BC): the polity's
/// gazetteer id and the period. An open side (<see langword="null"/>) is the polity's own inception or dissolution,
/// so <c>ottoman-empire [May 29, 1453 ..]</c> ends when the Ottoman Empire ended. Immutable.
/// </summary>
public readonly struct PlaceHolding : IEquatable<PlaceHolding>
{
    /// <summary>A holding by the polity with id <paramref name="polityId"/> from <paramref name="from"/> to <paramref name="to"/> (either may be <see langword="null"/>: the polity's own lifespan).</summary>
    /// <exception cref="ArgumentException">The polity id is empty.</exception>
    public PlaceHolding(string polityId, HistoricalDate? from = null, HistoricalDate? to = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(polityId), Messages.GazetteerFieldRequired("held_by"), nameof(polityId));
        _polityId = polityId;
        From = from;
        To = to;
    }

    private readonly string? _polityId;

    /// <summary>The gazetteer id of the polity: <c>ottoman-empire</c> (empty for the default value).</summary>
    public string PolityId => _polityId ?? "";

    /// <summary>When the holding began; <see langword="null"/> for the polity's inception.</summary>
    public HistoricalDate? From { get; }

    /// <summary>When the holding ended; <see langword="null"/> for the polity's dissolution (or still held).</summary>
    public HistoricalDate? To { get; }

    /// <inheritdoc />
    public bool Equals(PlaceHolding other) =>
        string.Equals(PolityId, other.PolityId, StringComparison.Ordinal) && Nullable.Equals(From, other.From) && Nullable.Equals(To, other.To);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PlaceHolding other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PolityId, From, To);

    /// <summary>Whether two holdings are the same polity with the same period.</summary>
    public static bool operator ==(PlaceHolding left, PlaceHolding right) => left.Equals(right);

    /// <summary>Whether two holdings differ.</summary>
    public static bool operator !=(PlaceHolding left, PlaceHolding right) => !left.Equals(right);

    /// <summary>The holding as the gazetteer file writes it: <c>ottoman-empire [May 29, 1453 ..]</c>, <c>roman-empire [.. 476]</c>, or the bare id.</summary>
    public override string ToString()
    {
        if (From is null && To is null)
        {
            return PolityId;
        }
        string from = From is { } f ? f.ToString() + " " : "", to = To is { } t ? " " + t.ToString() : "";
        return $"{PolityId} [{from}..{to}]";
    }
}
