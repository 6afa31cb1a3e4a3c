using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Places;

/// <summary>How serious a <see cref="CardWarning"/> is.</summary>
public enum WarningSeverity : byte
{
    /// <summary>Something a historian should look at; the card is still read.</summary>
    Warning = 0,

    /// <summary>The card could not be read.</summary>
    Error = 1,
}

/// <summary>The codes of the <see cref="CardChecker"/>'s warnings; see <c>docs/places.md</c> for each.</summary>
public static class CardWarningCodes
{
    /// <summary>An event names a place at a date when the place did not exist: <c>Soviet Union</c> on April 28, 1920.</summary>
    public const string PlaceDidNotExist = "HE1001";

    /// <summary>An event names a place by a name it did not have then: <c>Istanbul</c> in 1600 (it was Constantinople).</summary>
    public const string NameNotInUse = "HE1002";

    /// <summary>A moment is dated outside its card's span.</summary>
    public const string MomentOutsideCard = "HE1003";

    /// <summary>A date lies after today.</summary>
    public const string FutureDate = "HE1004";

    /// <summary>A date marked O.S. (Julian) at a place that used the Gregorian calendar by then.</summary>
    public const string CalendarMark = "HE1005";

    /// <summary>A card that could not be read (used by tools that list read errors with the warnings).</summary>
    public const string ReadError = "HE0001";
}

/// <summary>
/// A finding about a card: a code, a message, where (line and column), and how sure (definitely, or possibly when a
/// date or a lifespan is uncertain near the edge). Data, never an exception. Immutable.
/// </summary>
public sealed class CardWarning : IEquatable<CardWarning>
{
    /// <summary>Creates a warning.</summary>
    public CardWarning(string code, string message, TextPosition position, Certainty certainty, string? file = null,
        WarningSeverity severity = WarningSeverity.Warning)
    {
        Code = Preconditions.CheckNotNull(code);
        Message = Preconditions.CheckNotNull(message);
        Position = position;
        Certainty = certainty;
        File = file;
        Severity = severity;
    }

    /// <summary>The code (<see cref="CardWarningCodes"/>): <c>HE1001</c>.</summary>
    public string Code { get; }

    /// <summary>What is wrong, in a sentence: <c>the Soviet Union existed from December 30, 1922 to December 26, 1991; this event is dated April 28, 1920</c>.</summary>
    public string Message { get; }

    /// <summary>Where: the line and column of the date or place concerned.</summary>
    public TextPosition Position { get; }

    /// <summary>The 1-based line.</summary>
    public long Line => Position.Line;

    /// <summary>The 1-based column.</summary>
    public int Column => Position.Column;

    /// <summary><see cref="Certainty.Definitely"/>, or <see cref="Certainty.Possibly"/> when the finding depends on an uncertain date or lifespan.</summary>
    public Certainty Certainty { get; }

    /// <summary>The file the card was read from, or <see langword="null"/>.</summary>
    public string? File { get; }

    /// <summary>A warning, or an error for a card that could not be read.</summary>
    public WarningSeverity Severity { get; }

    /// <inheritdoc />
    public bool Equals(CardWarning? other) =>
        other is not null && Code == other.Code && Message == other.Message && Position.Equals(other.Position)
        && Certainty == other.Certainty && File == other.File && Severity == other.Severity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CardWarning);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message, Position, Certainty, File, Severity);

    /// <summary>
    /// As a compiler writes it: <c>cards.txt:6:20: warning HE1001: the Soviet Union existed …</c>, with
    /// <c> (possibly)</c> at the end when the certainty is possibly.
    /// </summary>
    public override string ToString() =>
        $"{File ?? "card"}:{Line}:{Column}: {(Severity == WarningSeverity.Error ? "error" : "warning")} {Code}: {Message}{(Certainty == Certainty.Possibly ? " (possibly)" : "")}";
}
