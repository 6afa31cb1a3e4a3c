namespace HistoricalEvents.Text;

/// <summary>A position in source text: 1-based line and column (columns count UTF-16 code units).</summary>
/// <remarks>The line is a <see cref="long"/>: a streamed file can have more than 2³¹ lines.</remarks>
public readonly struct TextPosition : IEquatable<TextPosition>, IComparable<TextPosition>
{
    /// <summary>Creates a position.</summary>
    public TextPosition(long line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based line.</summary>
    public long Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>The position <paramref name="columns"/> columns to the right.</summary>
    public TextPosition AddColumns(int columns) => new(Line, Column + columns);

    /// <inheritdoc />
    public bool Equals(TextPosition other) => Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextPosition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Column);

    /// <summary>Orders by line, then column.</summary>
    public int CompareTo(TextPosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    /// <summary>Equality.</summary>
    public static bool operator ==(TextPosition left, TextPosition right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(TextPosition left, TextPosition right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> comes first.</summary>
    public static bool operator <(TextPosition left, TextPosition right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes first or is the same.</summary>
    public static bool operator <=(TextPosition left, TextPosition right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes later.</summary>
    public static bool operator >(TextPosition left, TextPosition right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes later or is the same.</summary>
    public static bool operator >=(TextPosition left, TextPosition right) => left.CompareTo(right) >= 0;

    /// <summary><c>LINE:COLUMN</c>.</summary>
    public override string ToString() => $"{Line}:{Column}";
}
