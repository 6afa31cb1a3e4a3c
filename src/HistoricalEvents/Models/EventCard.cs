using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents;

/// <summary>
/// One event card: the headline event, its dated moments, the narrative and the sources, and where the card was
/// read. Immutable. See <c>docs/card-format.md</c> in the repository for the text format.
/// </summary>
/// <remarks>
/// The headline event carries the card's narrative and sources; each moment carries the sources too, so every event
/// stands on its own in a timeline. Equality compares content; <see cref="File"/> and <see cref="Position"/> are not compared.
/// </remarks>
public sealed partial class EventCard : IEquatable<EventCard>
{
    /// <summary>Creates a card.</summary>
    /// <param name="headline">The headline event; it must have a title.</param>
    /// <param name="moments">The dated moments the card tells in detail.</param>
    /// <param name="position">Where the card starts.</param>
    /// <param name="file">The file or stream the card was read from, if any.</param>
    /// <exception cref="ArgumentException">The headline has no title.</exception>
    public EventCard(HistoricalEvent headline, IEnumerable<HistoricalEvent>? moments = null, TextPosition position = default, string? file = null)
    {
        Preconditions.CheckNotNull(headline);
        Preconditions.CheckArgument(!string.IsNullOrEmpty(headline.Title), Messages.HeadlineNeedsTitle, nameof(headline));
        Headline = headline;
        Moments = HistoricalEvent.Freeze(moments);
        Position = position;
        File = file;
    }

    /// <summary>The card's title: the headline event's title.</summary>
    public string Title => Headline.Title!;

    /// <summary>The headline event.</summary>
    public HistoricalEvent Headline { get; }

    /// <summary>The dated moments, in card order; may be empty.</summary>
    public IReadOnlyList<HistoricalEvent> Moments { get; }

    /// <summary>The narrative paragraphs (the headline event's).</summary>
    public IReadOnlyList<string> Narrative => Headline.Narrative;

    /// <summary>The sources (the headline event's).</summary>
    public IReadOnlyList<Source> Sources => Headline.Sources;

    /// <summary>Where the card starts (its title line); default for a card built in code.</summary>
    public TextPosition Position { get; }

    /// <summary>The 1-based line where the card starts.</summary>
    public long Line => Position.Line;

    /// <summary>The file or stream the card was read from, if known.</summary>
    public string? File { get; }

    /// <summary>The headline event, then the moments.</summary>
    public IEnumerable<HistoricalEvent> Events
    {
        get
        {
            yield return Headline;
            foreach (HistoricalEvent moment in Moments)
            {
                yield return moment;
            }
        }
    }

    /// <summary>Reads exactly one card (see <see cref="CardReader.Parse"/>).</summary>
    /// <exception cref="HistoricalParseException">The text is not one valid card; the exception carries the line and column.</exception>
    public static EventCard Parse(string text) => CardReader.Parse(text).Value;

    /// <summary>Reads exactly one card; <see langword="false"/> (and a null card) when the text is not one valid card.</summary>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EventCard? card)
    {
        card = null;
        return text is not null && CardReader.Parse(text).TryGetValue(out card);
    }

    /// <summary>The canonical card text (see <see cref="CardWriter"/>).</summary>
    /// <exception cref="ArgumentException">The card cannot be written as card text.</exception>
    public string ToCardText() => CardWriter.Write(this);

    /// <inheritdoc />
    public bool Equals(EventCard? other) =>
        other is not null && (ReferenceEquals(this, other) || Headline.Equals(other.Headline) && Moments.SequenceEqual(other.Moments));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EventCard);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Headline, Moments.Count);

    /// <summary>The title.</summary>
    public override string ToString() => Title;
}
