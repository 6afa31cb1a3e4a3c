using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents;

/// <summary>
/// A named place inside its enclosing places: <c>Baku, Azerbaijan</c> is Baku inside Azerbaijan. Immutable.
/// Paths are written most specific first, names separated by <c>", "</c>.
/// </summary>
/// <remarks>
/// Equality compares the path without regard to case (<c>baku, azerbaijan</c> equals <c>Baku, Azerbaijan</c>);
/// the <see cref="Text"/> as written is kept but not compared. A place does not know what it encloses: the
/// timeline's gazetteer does.
/// <para>
/// A place may carry <see cref="Coordinates"/>, written after the path as <c>" @ latitude, longitude"</c> in decimal
/// degrees: <c>Actium, Greece @ 38.95, 20.75</c>. Coordinates say where this mention of the place is; they are kept
/// with the text but are not part of the path, so they do not take part in equality.
/// </para>
/// </remarks>
public sealed class Place : IEquatable<Place>
{
    /// <summary>The separator between names in a path.</summary>
    public const string PathSeparator = ", ";

    /// <summary>Separates a path from the place's coordinates in text: <c>Actium, Greece @ 38.95, 20.75</c>.</summary>
    public const string CoordinatesSeparator = " @ ";

    private Place(string name, Place? parent, string path, string text, GeoCoordinate? coordinates = null)
    {
        Name = name;
        Parent = parent;
        Path = path;
        Text = text;
        Coordinates = coordinates;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>Where the place is, when the text or the data said so; otherwise <see langword="null"/>.</summary>
    public GeoCoordinate? Coordinates { get; }

    /// <summary>The place's own name: <c>Baku</c>.</summary>
    public string Name { get; }

    /// <summary>The place that directly encloses this one (<c>Azerbaijan</c> for Baku), or <see langword="null"/> at the top.</summary>
    public Place? Parent { get; }

    /// <summary>The canonical path, most specific first: <c>Baku, Azerbaijan</c>.</summary>
    public string Path { get; }

    /// <summary>The text the place was read from, as written.</summary>
    public string Text { get; }

    /// <summary>How many places enclose this one (0 for a top-level place).</summary>
    public int Depth { get; }

    /// <summary>The enclosing places, nearest first: for <c>Baku, Azerbaijan</c>, just Azerbaijan.</summary>
    public IEnumerable<Place> EnclosingPlaces
    {
        get
        {
            for (Place? p = Parent; p is not null; p = p.Parent)
            {
                yield return p;
            }
        }
    }

    /// <summary>The outermost enclosing place, or this place at the top.</summary>
    public Place Root
    {
        get
        {
            Place p = this;
            while (p.Parent is not null)
            {
                p = p.Parent;
            }
            return p;
        }
    }

    /// <summary>Whether this place is <paramref name="other"/> or lies inside it (case-insensitive): Baku, Azerbaijan is within Azerbaijan.</summary>
    public bool IsWithin(Place other)
    {
        Preconditions.CheckNotNull(other);
        for (Place? p = this; p is not null; p = p.Parent)
        {
            if (p.Depth == other.Depth)
            {
                return p.Equals(other);
            }
            if (p.Depth < other.Depth)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A place named <paramref name="name"/> inside <paramref name="parent"/> (or at the top).</summary>
    /// <exception cref="ArgumentException">The name is empty, contains <c>", "</c>, <c>|</c>, a line break or <c>" @ "</c> (which starts coordinates), or starts with <c>"@ "</c>, ends with <c>" @"</c> or is <c>"@"</c> (which would read as coordinates next to a separator).</exception>
    public static Place Create(string name, Place? parent = null)
    {
        Preconditions.CheckNotNull(name);
        string trimmed = name.Trim();
        Preconditions.CheckArgument(IsValidName(trimmed), Messages.InvalidPlaceName(name), nameof(name));
        string path = parent is null ? trimmed : trimmed + PathSeparator + parent.Path;
        return new Place(trimmed, parent, path, path);
    }

    /// <summary>
    /// The place with canonical path <paramref name="path"/> (already checked: names joined by <c>", "</c>, each valid)
    /// directly inside <paramref name="parent"/>, whose path must equal the rest of <paramref name="path"/> ignoring
    /// case. The same place <see cref="Create"/> makes from the first name and the parent: the path reads the parent's
    /// spelling of the enclosing names, and is the given string itself (not a new one) when it already does. For the
    /// gazetteer, which makes the places of alias targets from the paths it holds, on first use.
    /// </summary>
    internal static Place FromCanonicalPath(string path, Place? parent)
    {
        if (parent is null)
        {
            return new Place(path, null, path, path);
        }
        // A name holds no comma, so the first separator ends it.
        int nameLength = path.IndexOf(PathSeparator, StringComparison.Ordinal);
        string name = path[..nameLength];
        if (!path.AsSpan(nameLength + PathSeparator.Length).SequenceEqual(parent.Path))
        {
            path = name + PathSeparator + parent.Path;
        }
        return new Place(name, parent, path, path);
    }

    /// <summary>
    /// This place with <paramref name="coordinates"/> (or none): same name, parent and path; the text becomes the path
    /// followed by <c>" @ latitude, longitude"</c> when there are coordinates.
    /// </summary>
    public Place WithCoordinates(GeoCoordinate? coordinates) =>
        new(Name, Parent, Path, coordinates is { } c ? Path + CoordinatesSeparator + c.ToString() : Path, coordinates);

    /// <summary>Reads a place path such as <c>Baku, Azerbaijan</c>, optionally followed by coordinates: <c>Baku, Azerbaijan @ 40.4093, 49.8671</c>.</summary>
    /// <exception cref="HistoricalParseException">A name in the path is empty.</exception>
    public static Place Parse(string text) => ParsePath(Preconditions.CheckNotNull(text)).Value;

    /// <summary>The most names a path may have by default: deeper paths are an error, since each level keeps its whole path.</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>Reads a place path, reporting an empty name (or a path deeper than <see cref="DefaultMaxDepth"/>) with its column instead of throwing.</summary>
    public static ParseResult<Place> ParsePath(string text) => ParsePath(text, DefaultMaxDepth);

    /// <summary>Reads a place path of at most <paramref name="maxDepth"/> names, reporting problems with their column instead of throwing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is less than 1.</exception>
    public static ParseResult<Place> ParsePath(string text, int maxDepth)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgumentRange(maxDepth, 1, int.MaxValue);
        GeoCoordinate? coordinates = null;
        string whole = text;
        int at = text.IndexOf(CoordinatesSeparator, StringComparison.Ordinal);
        if (at >= 0)
        {
            int coordinatesStart = at + CoordinatesSeparator.Length;
            ParseResult<GeoCoordinate> read = GeoCoordinate.TryParse(text.AsSpan(coordinatesStart));
            if (!read.Success)
            {
                return ParseResult<Place>.ForError(new ParseError(new TextPosition(1, coordinatesStart + read.Error.Column),
                    read.Error.Found, read.Error.Expected));
            }
            coordinates = read.Value;
            text = text[..at];
        }
        // Names are split on commas; whitespace around each name is not part of it.
        var names = new List<(int Start, int Length)>();
        int start = 0;
        while (true)
        {
            int comma = text.IndexOf(',', start);
            int end = comma < 0 ? text.Length : comma;
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e == s || !IsValidName(text.AsSpan(s, e - s)))
            {
                ReadOnlySpan<char> found = text.AsSpan(start, end - start);
                return ParseResult<Place>.ForError(new ParseError(new TextPosition(1, (e == s ? start : s) + 1),
                    found.IsWhiteSpace() ? (comma < 0 && text.Length == 0 ? Messages.EmptyText : Messages.EmptyName) : Messages.Quote(found),
                    e > s && TouchesCoordinates(text.AsSpan(s, e - s)) ? Messages.PlaceNameNotCoordinates : Messages.PlaceNameExpected));
            }
            if (names.Count == maxDepth)
            {
                return ParseResult<Place>.ForError(new ParseError(new TextPosition(1, s + 1),
                    Messages.Quote(text.AsSpan(s)), Messages.AtMostPlaceNames(maxDepth)));
            }
            names.Add((s, e - s));
            if (comma < 0)
            {
                break;
            }
            start = comma + 1;
        }
        Place? place = null;
        for (int i = names.Count - 1; i >= 0; i--)
        {
            string name = text.Substring(names[i].Start, names[i].Length);
            string path = place is null ? name : name + PathSeparator + place.Path;
            place = i == 0 ? new Place(name, place, path, whole, coordinates) : new Place(name, place, path, path);
        }
        return ParseResult<Place>.ForValue(place!);
    }

    // " @ " starts a place's coordinates in its text, so a name holding it would read back as another place; so would
    // one that makes " @ " with the separator or the coordinates written next to it: "@ 1917" after ", ", or "Baku @"
    // (or "@") before " @ 40.4, 49.8".
    private static bool IsValidName(ReadOnlySpan<char> name) =>
        !name.IsEmpty && name.IndexOfAny(",|\r\n") < 0 && !name.Contains(CoordinatesSeparator, StringComparison.Ordinal) && !TouchesCoordinates(name);

    /// <summary>Whether <see cref="Create"/> takes <paramref name="text"/> as a name (once trimmed), for importers naming places from labels.</summary>
    internal static bool CanName(ReadOnlySpan<char> text) => IsValidName(text.Trim());

    private static bool TouchesCoordinates(ReadOnlySpan<char> name) =>
        name is "@" || name.StartsWith("@ ", StringComparison.Ordinal) || name.EndsWith(" @", StringComparison.Ordinal);

    /// <inheritdoc />
    public bool Equals(Place? other) =>
        other is not null && (ReferenceEquals(this, other) || string.Equals(Path, other.Path, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Place);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Path);

    /// <summary>The canonical path.</summary>
    public override string ToString() => Path;
}
