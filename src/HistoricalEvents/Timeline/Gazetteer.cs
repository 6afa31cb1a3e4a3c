using System.Collections;
using HistoricalEvents.Internal;
using HistoricalEvents.Places;

namespace HistoricalEvents.Timelines;

/// <summary>
/// The places of a timeline, interned: one <see cref="Place"/> object per path (compared without regard to case),
/// however many events name it, each knowing its enclosing chain, and the gazetteer knowing what each encloses.
/// Immutable and safe for concurrent readers.
/// </summary>
/// <remarks>
/// <para>
/// Enumeration is depth-first: each place is followed by the places inside it, so the places inside a place are
/// one contiguous run (which is what makes place queries fast). Siblings are in ordinal, case-insensitive name order.
/// </para>
/// <para>
/// Aliases map one path to another (<c>USSR</c> to <c>Soviet Union</c>): an alias is resolved wherever it appears
/// in a path, so <c>Moscow, USSR</c> and <c>Moscow, Soviet Union</c> are the same place.
/// </para>
/// </remarks>
public sealed class Gazetteer : IReadOnlyCollection<Place>
{
    private static readonly StringComparer PathComparer = StringComparer.OrdinalIgnoreCase;

    private readonly Place[] _places;
    private readonly int[] _subtreeEnd;
    // Path (or alias path) to the builder's id; _toDfs maps it to the depth-first id (rebuilding a dictionary of a
    // million paths with the new ids was a large part of building with a million aliases).
    private readonly Dictionary<string, int> _byPath;
    private readonly int[] _toDfs;
    // Places by own name: the first id with that name, then a chain through _nextByName (ascending, -1 ends it);
    // one dictionary entry per name and one array, rather than a list and an array per name.
    private readonly Dictionary<string, int> _firstByName;
    private readonly int[] _nextByName;
    private readonly Dictionary<string, Place> _aliases;
    private Dictionary<string, int[]>? _aliasByName;
    private readonly HistoricalGazetteer? _historical;

    private Gazetteer(Place[] places, int[] subtreeEnd, Dictionary<string, int> byPath, int[] toDfs, Dictionary<string, Place> aliases,
        HistoricalGazetteer? historical)
    {
        _historical = historical;
        _places = places;
        _subtreeEnd = subtreeEnd;
        _byPath = byPath;
        _toDfs = toDfs;
        _aliases = aliases;
        _firstByName = new Dictionary<string, int>(PathComparer);
        _nextByName = new int[places.Length];
        // Backwards, so that each chain runs in ascending (gazetteer) order.
        for (int i = places.Length - 1; i >= 0; i--)
        {
            ref int first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_firstByName, places[i].Name, out bool exists);
            _nextByName[i] = exists ? first : -1;
            first = i;
        }
    }

    // The ids of the places named `name`, in gazetteer order.
    private IEnumerable<int> IdsNamed(string name)
    {
        if (_firstByName.TryGetValue(name, out int id))
        {
            for (; id >= 0; id = _nextByName[id])
            {
                yield return id;
            }
        }
    }

    private bool TryGetPathId(string path, out int id)
    {
        if (_byPath.TryGetValue(path, out int built))
        {
            id = _toDfs[built];
            return true;
        }
        id = -1;
        return false;
    }

    /// <summary>A gazetteer with no places.</summary>
    public static Gazetteer Empty { get; } = new Builder(new Dictionary<string, Place>(PathComparer)).Build(out _);

    /// <summary>
    /// The historical gazetteer shipped with the library (<see cref="HistoricalGazetteer.Default"/>): polities and
    /// cities with their lifespans and the names they were known by, read on first use.
    /// </summary>
    public static HistoricalGazetteer Historical => HistoricalGazetteer.Default;

    /// <summary>
    /// The historical gazetteer the timeline was built with (<see cref="TimelineBuilder.UseHistoricalGazetteer"/>),
    /// whose names a bare name expands to in <see cref="Resolve"/>, or <see langword="null"/>.
    /// </summary>
    public HistoricalGazetteer? HistoricalNames => _historical;

    /// <summary>How many distinct places the gazetteer holds.</summary>
    public int Count => _places.Length;

    /// <summary>The aliases, from the alias path to the place it names.</summary>
    public IReadOnlyDictionary<string, Place> Aliases => _aliases;

    /// <summary>The place with this path or alias (<c>baku, azerbaijan</c>, <c>USSR</c>), or <see langword="null"/>.</summary>
    public Place? Find(string path)
    {
        Preconditions.CheckNotNull(path);
        return TryGetId(path, out int id) ? _places[id] : null;
    }

    /// <summary>The gazetteer's own object for a place equal to <paramref name="place"/> (aliases resolved), or <see langword="null"/>.</summary>
    public Place? Find(Place place) => Find(Preconditions.CheckNotNull(place).Path);

    /// <summary>Every place whose own name is <paramref name="name"/> (<c>Baku</c> finds <c>Baku, Azerbaijan</c>), in gazetteer order.</summary>
    public IReadOnlyList<Place> FindByName(string name)
    {
        Preconditions.CheckNotNull(name);
        return [.. IdsNamed(name.Trim()).Select(i => _places[i])];
    }

    /// <summary>
    /// What a user means by <paramref name="text"/>, as <see cref="Timeline.AtPlace(string, bool)"/> reads it, in
    /// gazetteer order without repeats:
    /// <list type="bullet">
    /// <item>a bare name (<c>Rome</c>): every place with that name, whatever encloses it (<c>Rome</c>,
    /// <c>Rome, Roman Republic</c>, <c>Rome, Roman Empire</c>, <c>Rome, Georgia, United States</c>), and the place
    /// each alias with that name points to;</item>
    /// <item>a path (<c>Rome, Italy</c>): the place with that path or alias, and every place with the first name
    /// whose enclosing places include the other names in that order (<c>Rome, Lazio, Italy</c>), so a path narrows
    /// the bare name to one branch.</item>
    /// </list>
    /// </summary>
    public IReadOnlyList<Place> Resolve(string text)
    {
        Preconditions.CheckNotNull(text);
        var ids = new SortedSet<int>();
        if (TryGetId(text, out int exact))
        {
            ids.Add(exact);
        }
        if (Place.ParsePath(text).TryGetValue(out Place? parsed))
        {
            foreach (string name in NamesFor(parsed.Name))
            {
                foreach (int id in IdsNamed(name))
                {
                    if (parsed.Parent is null || EnclosedInOrder(_places[id], parsed.Parent))
                    {
                        ids.Add(id);
                    }
                }
            }
            if (parsed.Parent is null && _aliases.Count > 0 && AliasByName().TryGetValue(parsed.Name, out int[]? targets))
            {
                ids.UnionWith(targets);
            }
        }
        var places = new Place[ids.Count];
        int k = 0;
        foreach (int id in ids)
        {
            places[k++] = _places[id];
        }
        return places;
    }

    // An alias path's own name (its first) finds the alias's place too: "Rome" finds what "Rome, Italy" names.
    // Built on first use, so that building a timeline with a million aliases does not pay for it.
    private Dictionary<string, int[]> AliasByName() => LazyInitializer.EnsureInitialized(ref _aliasByName, () =>
    {
        var aliasByName = new Dictionary<string, List<int>>(PathComparer);
        foreach (KeyValuePair<string, Place> alias in _aliases)
        {
            int comma = alias.Key.IndexOf(',', StringComparison.Ordinal);
            string name = comma < 0 ? alias.Key : alias.Key[..comma];
            if (!aliasByName.TryGetValue(name, out List<int>? ids))
            {
                aliasByName.Add(name, ids = []);
            }
            ids.Add(_toDfs[_byPath[alias.Value.Path]]);
        }
        return aliasByName.ToDictionary(p => p.Key, p => p.Value.ToArray(), PathComparer);
    });

    // The name, and with a historical gazetteer every other name of the places that were known by it
    // (Istanbul: Byzantium, Constantinople).
    private IEnumerable<string> NamesFor(string name)
    {
        yield return name;
        if (_historical is null)
        {
            yield break;
        }
        var seen = new HashSet<string>(PathComparer) { name };
        foreach (HistoricalPlace place in _historical.FindByName(name))
        {
            foreach (PlaceName other in place.Names)
            {
                if (seen.Add(other.Name))
                {
                    yield return other.Name;
                }
            }
        }
    }

    // Whether the names of `names` (a path, most specific first) appear in order among the places enclosing `place`.
    private static bool EnclosedInOrder(Place place, Place names)
    {
        Place? want = names;
        for (Place? p = place.Parent; p is not null && want is not null; p = p.Parent)
        {
            if (PathComparer.Equals(p.Name, want.Name))
            {
                want = want.Parent;
            }
        }
        return want is null;
    }

    /// <summary>The places directly inside <paramref name="place"/>, in gazetteer order; empty for an unknown place.</summary>
    public IReadOnlyList<Place> GetChildren(Place place)
    {
        if (!TryGetId(Preconditions.CheckNotNull(place).Path, out int id))
        {
            return [];
        }
        var children = new List<Place>();
        for (int child = id + 1; child < _subtreeEnd[id]; child = _subtreeEnd[child])
        {
            children.Add(_places[child]);
        }
        return children;
    }

    /// <summary>Every place inside <paramref name="place"/>, at any depth, in gazetteer order; empty for an unknown place.</summary>
    public IReadOnlyList<Place> GetEnclosed(Place place) =>
        TryGetId(Preconditions.CheckNotNull(place).Path, out int id) ? _places[(id + 1).._subtreeEnd[id]] : [];

    /// <summary>The gazetteer's enclosing chain of <paramref name="place"/>, nearest first; empty for an unknown place.</summary>
    public IReadOnlyList<Place> GetEnclosingPlaces(Place place) => Find(place)?.EnclosingPlaces.ToArray() ?? [];

    /// <summary>Enumerates the places depth-first.</summary>
    public IEnumerator<Place> GetEnumerator() => ((IEnumerable<Place>)_places).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal bool TryGetId(string path, out int id)
    {
        if (TryGetPathId(path.Trim(), out id))
        {
            return true;
        }
        // A path written with other spacing, or naming an alias inside it ("Moscow, USSR").
        if (!Place.ParsePath(path).TryGetValue(out Place? parsed))
        {
            return false;
        }
        int parent = -1;
        var chain = new Stack<Place>();
        for (Place? p = parsed; p is not null; p = p.Parent)
        {
            chain.Push(p);
        }
        foreach (Place p in chain)
        {
            string key = parent < 0 ? p.Name : p.Name + Place.PathSeparator + _places[parent].Path;
            if (!TryGetPathId(key, out parent))
            {
                id = -1;
                return false;
            }
        }
        id = parent;
        return true;
    }

    /// <summary>The end (exclusive) of the run of places inside the place with id <paramref name="id"/>.</summary>
    internal int SubtreeEnd(int id) => _subtreeEnd[id];

    /// <summary>Interns places while a timeline is built; <see cref="Build"/> fixes the depth-first ids.</summary>
    internal sealed class Builder
    {
        private readonly List<Place> _nodes = [];
        private readonly List<int> _parents = [];
        private readonly Dictionary<string, int> _byPath = new(PathComparer);
        private readonly Dictionary<Place, int> _byReference = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, Place> _aliases;

        private readonly HistoricalGazetteer? _historical;

        /// <summary>Creates a builder with aliases already checked by the timeline builder (no alias inside a target).</summary>
        internal Builder(Dictionary<string, Place> aliases, HistoricalGazetteer? historical = null)
        {
            _aliases = aliases;
            _historical = historical;
        }

        /// <summary>The interned id of <paramref name="place"/>, adding it (and its enclosing places) if new.</summary>
        internal int Intern(Place place)
        {
            if (_byReference.TryGetValue(place, out int id))
            {
                return id;
            }
            int parent = place.Parent is null ? -1 : Intern(place.Parent);
            string path = parent < 0 ? place.Name : place.Name + Place.PathSeparator + _nodes[parent].Path;
            if (!_byPath.TryGetValue(path, out id))
            {
                if (_aliases.TryGetValue(path, out Place? target))
                {
                    id = Intern(target);
                }
                else
                {
                    // Keep the caller's object when its chain is already the interned one; otherwise make one that is.
                    Place? canonicalParent = parent < 0 ? null : _nodes[parent];
                    Place node = ReferenceEquals(place.Parent, canonicalParent) ? place : Place.Create(place.Name, canonicalParent);
                    id = _nodes.Count;
                    _nodes.Add(node);
                    _parents.Add(parent);
                }
                _byPath.Add(path, id);
            }
            _byReference[place] = id;
            return id;
        }

        /// <summary>The interned id of an alias target, by path: a target's chain holds no alias, so its path is its key.</summary>
        private int InternTarget(Place place)
        {
            if (_byPath.TryGetValue(place.Path, out int id))
            {
                return id;
            }
            int parent = place.Parent is null ? -1 : InternTarget(place.Parent);
            Place? canonicalParent = parent < 0 ? null : _nodes[parent];
            Place node = ReferenceEquals(place.Parent, canonicalParent) ? place : Place.Create(place.Name, canonicalParent);
            id = _nodes.Count;
            _nodes.Add(node);
            _parents.Add(parent);
            _byPath.Add(place.Path, id);
            return id;
        }

        /// <summary>The interned place with builder id <paramref name="id"/>.</summary>
        internal Place this[int id] => _nodes[id];

        /// <summary>Builds the gazetteer; <paramref name="dfsIds"/> maps each builder id to its depth-first id.</summary>
        internal Gazetteer Build(out int[] dfsIds)
        {
            // An alias finds its place even when no event wrote it. Targets are interned by their paths (no alias lies
            // on a target's chain, so a target's own path is its key), not by object: a million aliases parse a
            // million separate chains, and caching each object cost a dictionary of three million entries.
            var targetIds = new int[_aliases.Count];
            int t = 0;
            foreach (KeyValuePair<string, Place> alias in _aliases)
            {
                int target = InternTarget(alias.Value);
                targetIds[t++] = target;
                _byPath.TryAdd(alias.Key, target);
            }
            int n = _nodes.Count;
            var children = new List<int>[n];
            var roots = new List<int>();
            for (int i = 0; i < n; i++)
            {
                if (_parents[i] < 0)
                {
                    roots.Add(i);
                }
                else
                {
                    (children[_parents[i]] ??= []).Add(i);
                }
            }
            Comparison<int> byName = (a, b) =>
            {
                int c = PathComparer.Compare(_nodes[a].Name, _nodes[b].Name);
                return c != 0 ? c : string.CompareOrdinal(_nodes[a].Name, _nodes[b].Name);
            };
            var places = new Place[n];
            var subtreeEnd = new int[n];
            dfsIds = new int[n];
            int next = 0;
            // Iterative depth-first walk: place hierarchies from hostile input may be deep.
            var stack = new Stack<(int Node, bool Exit)>();
            roots.Sort(byName);
            for (int r = roots.Count - 1; r >= 0; r--)
            {
                stack.Push((roots[r], false));
            }
            while (stack.Count > 0)
            {
                (int node, bool exit) = stack.Pop();
                if (exit)
                {
                    subtreeEnd[dfsIds[node]] = next;
                    continue;
                }
                dfsIds[node] = next;
                places[next++] = _nodes[node];
                stack.Push((node, true));
                if (children[node] is { } kids)
                {
                    kids.Sort(byName);
                    for (int k = kids.Count - 1; k >= 0; k--)
                    {
                        stack.Push((kids[k], false));
                    }
                }
            }
            // The builder's alias map is the timeline's own copy: its values become the interned targets in place.
            string[] aliasKeys = [.. _aliases.Keys];
            for (int k = 0; k < aliasKeys.Length; k++)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_aliases, aliasKeys[k]) = _nodes[targetIds[k]];
            }
            return new Gazetteer(places, subtreeEnd, _byPath, dfsIds, _aliases, _historical);
        }
    }
}
