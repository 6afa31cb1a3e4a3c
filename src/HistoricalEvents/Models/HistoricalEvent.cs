using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents;

/// <summary>
/// Something that happened: a date, the places it happened in, a summary, and optionally a title, a narrative and
/// sources. Immutable and safe to share across threads.
/// </summary>
/// <remarks>
/// Equality compares the content (title, date, places, summary, narrative, sources); <see cref="Origin"/> is
/// provenance and is not compared.
/// </remarks>
public sealed partial class HistoricalEvent : IEquatable<HistoricalEvent>
{
    /// <summary>Creates an event.</summary>
    /// <param name="date">When it happened.</param>
    /// <param name="summary">One sentence on what happened.</param>
    /// <param name="places">Where it happened, most relevant first.</param>
    /// <param name="title">A title; cards give one to the headline event and none to moments.</param>
    /// <param name="narrative">Paragraphs telling the story.</param>
    /// <param name="sources">Where the facts come from.</param>
    /// <param name="origin">Where the event was read from, if it was.</param>
    public HistoricalEvent(HistoricalDate date, string summary, IEnumerable<Place>? places = null, string? title = null,
        IEnumerable<string>? narrative = null, IEnumerable<Source>? sources = null, EventOrigin? origin = null)
    {
        Date = date;
        Summary = Preconditions.CheckNotNull(summary);
        Title = title;
        Places = Freeze(places);
        Narrative = Freeze(narrative);
        Sources = Freeze(sources);
        Origin = origin;
    }

    /// <summary>The title, or <see langword="null"/> (a card's moments have none).</summary>
    public string? Title { get; }

    /// <summary>When it happened.</summary>
    public HistoricalDate Date { get; }

    /// <summary>Where it happened, most relevant first; may be empty.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>One sentence on what happened.</summary>
    public string Summary { get; }

    /// <summary>Paragraphs telling the story; empty for a card's moments.</summary>
    public IReadOnlyList<string> Narrative { get; }

    /// <summary>Where the facts come from.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Where the event was read from (card, file, line), or <see langword="null"/> for an event built in code.</summary>
    public EventOrigin? Origin { get; }

    /// <summary>Returns a copy of this event with a different origin.</summary>
    public HistoricalEvent WithOrigin(EventOrigin? origin) => new(Date, Summary, Places, Title, Narrative, Sources, origin);

    internal static IReadOnlyList<T> Freeze<T>(IEnumerable<T>? items)
    {
        if (items is null)
        {
            return [];
        }
        T[] array = [.. items];
        foreach (T item in array)
        {
            Preconditions.CheckArgument(item is not null, Messages.NullItem, nameof(items));
        }
        return array.Length == 0 ? [] : Array.AsReadOnly(array);
    }

    /// <inheritdoc />
    public bool Equals(HistoricalEvent? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            Title == other.Title && Date == other.Date && Summary == other.Summary &&
            Places.SequenceEqual(other.Places) && Narrative.SequenceEqual(other.Narrative) && Sources.SequenceEqual(other.Sources));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HistoricalEvent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Date, Summary, Places.Count);

    /// <summary><c>1991 · Azerbaijan Declares Independence …</c>: the date and the title, or the summary for an untitled event.</summary>
    public override string ToString() => $"{Date} · {Title ?? Summary}";
}

/// <summary>Where an event was read: the card it came from, the file and the position of its date line. Immutable.</summary>
public sealed class EventOrigin : IEquatable<EventOrigin>
{
    /// <summary>Creates an origin.</summary>
    public EventOrigin(string? cardTitle, string? file, TextPosition position)
    {
        CardTitle = cardTitle;
        File = file;
        Position = position;
    }

    /// <summary>The title of the card the event belongs to.</summary>
    public string? CardTitle { get; }

    /// <summary>The file (or stream name) the card was read from, if known.</summary>
    public string? File { get; }

    /// <summary>The position of the event's date line.</summary>
    public TextPosition Position { get; }

    /// <summary>The 1-based line of the event's date.</summary>
    public long Line => Position.Line;

    /// <inheritdoc />
    public bool Equals(EventOrigin? other) =>
        other is not null && CardTitle == other.CardTitle && File == other.File && Position == other.Position;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EventOrigin);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CardTitle, File, Position);

    /// <summary><c>FILE:LINE</c>, or <c>line LINE</c> without a file.</summary>
    public override string ToString() => File is null ? $"line {Line}" : $"{File}:{Line}";
}
