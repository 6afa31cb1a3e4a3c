using System.Collections;
using System.Runtime.InteropServices;
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

    // The places in depth-first order. An alias target's place (and each enclosing place no event named) is made on
    // first use from its path and its parent's place (null until then): a million aliases' targets cost no objects
    // in a build, which at that scale spent most of its time allocating places the garbage collector then copied.
    private readonly Place?[] _places;
    private readonly string[] _paths;
    private readonly int[] _parentIds;
    private readonly int[] _subtreeEnd;
    // The events' paths to the builder's id; _toDfs maps it to the depth-first id (rebuilding a dictionary of a
    // million paths with the new ids was a large part of building with a million aliases).
    private readonly Dictionary<string, int> _byPath;
    private readonly int[] _toDfs;
    // The alias and target-chain paths to their roles: the alias table's own map, shared as it stood at the build
    // (see AliasTable.Share), instead of hashing a million paths into a map of this gazetteer's own. An alias's role
    // finds its target's builder id in _aliasTargets, a chain node's in _chainIds (plus one).
    private readonly Dictionary<string, int> _aliasRoles;
    private readonly int[] _chainIds;
    // Places by own name, built on first use (see NamesIndex).
    private NameIndex? _byName;
    // The aliases in the order they were added and their targets' builder ids; the dictionary Aliases shows is made
    // on first use (at a million aliases it was a million more hashes in every build).
    private readonly string[] _aliasPaths;
    private readonly int[] _aliasTargets;
    private Dictionary<string, Place>? _aliases;
    private Dictionary<string, int[]>? _aliasByName;
    private readonly HistoricalGazetteer? _historical;

    private Gazetteer(Place?[] places, string[] paths, int[] parentIds, int[] subtreeEnd, Dictionary<string, int> byPath,
        int[] toDfs, Dictionary<string, int> aliasRoles, int[] chainIds, string[] aliasPaths, int[] aliasTargets,
        HistoricalGazetteer? historical)
    {
        _historical = historical;
        _places = places;
        _paths = paths;
        _parentIds = parentIds;
        _subtreeEnd = subtreeEnd;
        _byPath = byPath;
        _toDfs = toDfs;
        _aliasRoles = aliasRoles;
        _chainIds = chainIds;
        _aliasPaths = aliasPaths;
        _aliasTargets = aliasTargets;
    }

    // The place with depth-first id `id`, made on first use (see _places). Readers may race to make it: one object
    // wins and every reader gets that one.
    private Place PlaceAt(int id) => Volatile.Read(ref _places[id]) ?? MakePlace(id);

    private Place MakePlace(int id)
    {
        int parent = _parentIds[id];
        Place made = Place.FromCanonicalPath(_paths[id], parent < 0 ? null : PlaceAt(parent));
        return Interlocked.CompareExchange(ref _places[id], made, null) ?? made;
    }

    // The own name of the place with depth-first id `id`: its path up to the first separator.
    private ReadOnlySpan<char> NameAt(int id) => NameOf(_paths[id]);

    private static ReadOnlySpan<char> NameOf(string path)
    {
        int comma = path.IndexOf(Place.PathSeparator, StringComparison.Ordinal);
        return comma < 0 ? path : path.AsSpan(0, comma);
    }

    // Places by own name: the first id with that name, then a chain through Next (ascending, -1 ends it); one
    // dictionary entry per name and one array, rather than a list and an array per name.
    private sealed record NameIndex(Dictionary<string, int> First, int[] Next);

    // Built on first use, like AliasByName: at a million places (a million aliases' targets) it was a fifth of Build().
    private NameIndex NamesIndex() => LazyInitializer.EnsureInitialized(ref _byName, () =>
    {
        var firstByName = new Dictionary<string, int>(PathComparer);
        // Names looked up as spans of the paths: no place is made for the index, and a name string only once per name.
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byName = firstByName.GetAlternateLookup<ReadOnlySpan<char>>();
        var nextByName = new int[_places.Length];
        // Backwards, so that each chain runs in ascending (gazetteer) order.
        for (int i = _places.Length - 1; i >= 0; i--)
        {
            ref int first = ref CollectionsMarshal.GetValueRefOrAddDefault(byName, NameAt(i), out bool exists);
            nextByName[i] = exists ? first : -1;
            first = i;
        }
        return new NameIndex(firstByName, nextByName);
    });

    // The ids of the places named `name`, in gazetteer order.
    private IEnumerable<int> IdsNamed(string name)
    {
        NameIndex index = NamesIndex();
        if (index.First.TryGetValue(name, out int id))
        {
            for (; id >= 0; id = index.Next[id])
            {
                yield return id;
            }
        }
    }

    private bool TryGetPathId(string path, out int id)
    {
        if (_byPath.TryGetValue(path, out int built) || TryGetAliasTableId(path, out built))
        {
            id = _toDfs[built];
            return true;
        }
        id = -1;
        return false;
    }

    // The builder id of an alias or target-chain path, through the alias table's map.
    private bool TryGetAliasTableId(string path, out int built)
    {
        if (_aliasRoles.TryGetValue(path, out int role))
        {
            if (role >= 0 && role < _aliasTargets.Length)
            {
                built = _aliasTargets[role];
                return true;
            }
            int node = AliasTable.ChainNode(role);
            if (node >= 0 && node < _chainIds.Length && _chainIds[node] > 0)
            {
                built = _chainIds[node] - 1;
                return true;
            }
        }
        built = -1;
        return false;
    }

    /// <summary>A gazetteer with no places.</summary>
    public static Gazetteer Empty { get; } = new Builder(AliasTable.Empty).Build(out _);

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
    public IReadOnlyDictionary<string, Place> Aliases => LazyInitializer.EnsureInitialized(ref _aliases, () =>
    {
        // In the order the aliases were added, to the interned targets.
        var aliases = new Dictionary<string, Place>(_aliasPaths.Length, PathComparer);
        for (int k = 0; k < _aliasPaths.Length; k++)
        {
            aliases.Add(_aliasPaths[k], PlaceAt(_toDfs[_aliasTargets[k]]));
        }
        return aliases;
    });

    /// <summary>The place with this path or alias (<c>baku, azerbaijan</c>, <c>USSR</c>), or <see langword="null"/>.</summary>
    public Place? Find(string path)
    {
        Preconditions.CheckNotNull(path);
        return TryGetId(path, out int id) ? PlaceAt(id) : null;
    }

    /// <summary>The gazetteer's own object for a place equal to <paramref name="place"/> (aliases resolved), or <see langword="null"/>.</summary>
    public Place? Find(Place place) => Find(Preconditions.CheckNotNull(place).Path);

    /// <summary>Every place whose own name is <paramref name="name"/> (<c>Baku</c> finds <c>Baku, Azerbaijan</c>), in gazetteer order.</summary>
    public IReadOnlyList<Place> FindByName(string name)
    {
        Preconditions.CheckNotNull(name);
        return [.. IdsNamed(name.Trim()).Select(PlaceAt)];
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
                    if (parsed.Parent is null || EnclosedInOrder(PlaceAt(id), parsed.Parent))
                    {
                        ids.Add(id);
                    }
                }
            }
            if (parsed.Parent is null && _aliasPaths.Length > 0 && AliasByName().TryGetValue(parsed.Name, out int[]? targets))
            {
                ids.UnionWith(targets);
            }
        }
        var places = new Place[ids.Count];
        int k = 0;
        foreach (int id in ids)
        {
            places[k++] = PlaceAt(id);
        }
        return places;
    }

    // An alias path's own name (its first) finds the alias's place too: "Rome" finds what "Rome, Italy" names.
    // Built on first use, so that building a timeline with a million aliases does not pay for it.
    private Dictionary<string, int[]> AliasByName() => LazyInitializer.EnsureInitialized(ref _aliasByName, () =>
    {
        var aliasByName = new Dictionary<string, List<int>>(PathComparer);
        for (int k = 0; k < _aliasPaths.Length; k++)
        {
            string alias = _aliasPaths[k];
            int comma = alias.IndexOf(',', StringComparison.Ordinal);
            string name = comma < 0 ? alias : alias[..comma];
            if (!aliasByName.TryGetValue(name, out List<int>? ids))
            {
                aliasByName.Add(name, ids = []);
            }
            ids.Add(_toDfs[_aliasTargets[k]]);
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
            children.Add(PlaceAt(child));
        }
        return children;
    }

    /// <summary>Every place inside <paramref name="place"/>, at any depth, in gazetteer order; empty for an unknown place.</summary>
    public IReadOnlyList<Place> GetEnclosed(Place place)
    {
        if (!TryGetId(Preconditions.CheckNotNull(place).Path, out int id))
        {
            return [];
        }
        var enclosed = new Place[_subtreeEnd[id] - id - 1];
        for (int k = 0; k < enclosed.Length; k++)
        {
            enclosed[k] = PlaceAt(id + 1 + k);
        }
        return enclosed;
    }

    /// <summary>The gazetteer's enclosing chain of <paramref name="place"/>, nearest first; empty for an unknown place.</summary>
    public IReadOnlyList<Place> GetEnclosingPlaces(Place place) => Find(place)?.EnclosingPlaces.ToArray() ?? [];

    /// <summary>Enumerates the places depth-first.</summary>
    public IEnumerator<Place> GetEnumerator()
    {
        for (int id = 0; id < _places.Length; id++)
        {
            yield return PlaceAt(id);
        }
    }

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
            string key = parent < 0 ? p.Name : p.Name + Place.PathSeparator + _paths[parent];
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
        // Each node's place (null for an alias target's chain node until it is asked for: see Gazetteer._places), its
        // path and its parent's builder id.
        private readonly List<Place?> _nodes = [];
        private readonly List<string> _nodePaths = [];
        private readonly List<int> _parents = [];
        // The events' paths (and aliases events wrote); alias and target paths are looked up in the alias table's map.
        private readonly Dictionary<string, int> _byPath = new(PathComparer);
        private readonly Dictionary<Place, int> _byReference = new(ReferenceEqualityComparer.Instance);
        private readonly AliasTable _aliases;
        private readonly Dictionary<string, int> _aliasRoles;
        // The aliases added before the build began: the timeline builder may go on adding after it.
        private readonly int _aliasCount;
        // The builder id (plus one; 0 for none yet) of each node of the alias table's target chains that existed when
        // the build began: a target is interned by walking its chain's node numbers, not by hashing its paths again.
        private readonly int[] _chainIds;

        private readonly HistoricalGazetteer? _historical;

        /// <summary>Creates a builder with aliases already checked by the timeline builder (no alias inside a target).</summary>
        internal Builder(AliasTable aliases, HistoricalGazetteer? historical = null)
        {
            _aliases = aliases;
            _aliasRoles = aliases.Share();
            _aliasCount = aliases.Count;
            _chainIds = new int[aliases.NodeCount];
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
            string path = parent < 0 ? place.Name : place.Name + Place.PathSeparator + _nodePaths[parent];
            if (!_byPath.TryGetValue(path, out id))
            {
                bool hasRole = _aliasRoles.TryGetValue(path, out int role);
                int chain = hasRole ? AliasTable.ChainNode(role) : -1;
                if (hasRole && role >= 0 && role < _aliasCount)
                {
                    id = _aliases.InternTarget(this, role);
                }
                else if (chain >= 0 && chain < _chainIds.Length && _chainIds[chain] > 0)
                {
                    // Already interned as an alias target's chain.
                    id = _chainIds[chain] - 1;
                }
                else
                {
                    // Keep the caller's object when its chain is already the interned one; otherwise make one that is.
                    Place? canonicalParent = parent < 0 ? null : this[parent];
                    Place node = ReferenceEquals(place.Parent, canonicalParent) ? place : Place.Create(place.Name, canonicalParent);
                    id = AddNode(node, node.Path, parent);
                    if (chain >= 0 && chain < _chainIds.Length)
                    {
                        _chainIds[chain] = id + 1;
                    }
                }
                _byPath.Add(path, id);
            }
            _byReference[place] = id;
            return id;
        }

        private int AddNode(Place? place, string path, int parent)
        {
            _nodes.Add(place);
            _nodePaths.Add(path);
            _parents.Add(parent);
            return _nodes.Count - 1;
        }

        /// <summary>
        /// The interned id of an alias target that was not written canonically (its parsed <paramref name="place"/>,
        /// whose text and coordinates are kept when it is the first of its path), at chain node <paramref name="node"/>.
        /// </summary>
        internal int InternTarget(Place place, int node)
        {
            int known = _chainIds[node];
            if (known > 0)
            {
                return known - 1;
            }
            int parent = place.Parent is null ? -1 : InternTarget(place.Parent, _aliases.ParentNode(node));
            Place? canonicalParent = parent < 0 ? null : this[parent];
            Place made = ReferenceEquals(place.Parent, canonicalParent) ? place : Place.Create(place.Name, canonicalParent);
            int id = AddNode(made, made.Path, parent);
            _chainIds[node] = id + 1;
            return id;
        }

        /// <summary>
        /// The interned id of node <paramref name="node"/> of the alias table's target chains (canonical paths), interning
        /// its chain if new: by the nodes' numbers, with no hashing and no place made until one is asked for (a chain
        /// node has one path, so a node not interned yet is a new place).
        /// </summary>
        internal int InternChainNode(int node)
        {
            int known = _chainIds[node];
            if (known > 0)
            {
                return known - 1;
            }
            int parentNode = _aliases.ParentNode(node);
            int parent = parentNode < 0 ? -1 : InternChainNode(parentNode);
            int id = AddNode(null, _aliases.NodePath(node), parent);
            _chainIds[node] = id + 1;
            return id;
        }

        /// <summary>The interned place with builder id <paramref name="id"/> (made now if it was not yet).</summary>
        internal Place this[int id]
        {
            get
            {
                Place? place = _nodes[id];
                if (place is null)
                {
                    int parent = _parents[id];
                    _nodes[id] = place = Place.FromCanonicalPath(_nodePaths[id], parent < 0 ? null : this[parent]);
                }
                return place;
            }
        }

        /// <summary>Builds the gazetteer; <paramref name="dfsIds"/> maps each builder id to its depth-first id.</summary>
        internal Gazetteer Build(out int[] dfsIds)
        {
            // An alias finds its place even when no event wrote it: its target's chain is interned by node numbers (no
            // alias lies on a target's chain, so each node is one place), and lookups go through the alias table's map.
            _nodes.EnsureCapacity(_nodes.Count + _aliasCount);
            _nodePaths.EnsureCapacity(_nodePaths.Count + _aliasCount);
            _parents.EnsureCapacity(_parents.Count + _aliasCount);
            var targetIds = new int[_aliasCount];
            for (int k = 0; k < _aliasCount; k++)
            {
                targetIds[k] = _aliases.InternTarget(this, k);
            }
            int n = _nodes.Count;
            // The children of each place as one array grouped by parent (slot 0 the top level, slot p + 1 the places
            // inside p), each group sorted by name with the names (spans of the paths) as sort keys: no list per place,
            // no name string and no delegate reaching into the nodes for every comparison.
            var firstChild = new int[n + 2];
            for (int i = 0; i < n; i++)
            {
                firstChild[_parents[i] + 2]++;
            }
            for (int slot = 2; slot < firstChild.Length; slot++)
            {
                firstChild[slot] += firstChild[slot - 1];
            }
            var childIds = new int[n];
            var childNames = new NameKey[n];
            for (int i = 0; i < n; i++)
            {
                int at = firstChild[_parents[i] + 1]++;
                childIds[at] = i;
                string path = _nodePaths[i];
                childNames[at] = new NameKey(path, _nodes[i] is { } place ? place.Name.Length : NameOf(path).Length);
            }
            // firstChild[slot] is now where slot's group ends, firstChild[slot - 1] where it starts (0 for slot 0).
            for (int slot = 0; slot <= n; slot++)
            {
                int start = slot == 0 ? 0 : firstChild[slot - 1];
                int count = firstChild[slot] - start;
                if (count > 1)
                {
                    // No comparer: the keys compare themselves, a direct call rather than an interface call per comparison.
                    Array.Sort(childNames, childIds, start, count);
                }
            }
            // Depth-first ids without a walk: a place's parent always has a smaller builder id (it is interned first),
            // so subtree sizes add up in one pass backwards, and each group of siblings then takes consecutive runs
            // after its parent's id in one pass forwards (a parent's id is known before its children's).
            var subtreeSize = new int[n];
            for (int i = n - 1; i >= 0; i--)
            {
                int parent = _parents[i];
                if (parent >= i)
                {
                    throw new InvalidOperationException("A place was interned before the place enclosing it.");
                }
                subtreeSize[i]++;
                if (parent >= 0)
                {
                    subtreeSize[parent] += subtreeSize[i];
                }
            }
            dfsIds = new int[n];
            for (int slot = 0, next = 0; slot <= n; slot++)
            {
                // Slot 0 is the top level (from depth-first id 0), slot p + 1 the places inside p (from p's id + 1).
                int start = slot == 0 ? 0 : firstChild[slot - 1];
                if (slot > 0)
                {
                    next = dfsIds[slot - 1] + 1;
                }
                for (int k = start; k < firstChild[slot]; k++)
                {
                    dfsIds[childIds[k]] = next;
                    next += subtreeSize[childIds[k]];
                }
            }
            var places = new Place?[n];
            var paths = new string[n];
            var parentIds = new int[n];
            var subtreeEnd = new int[n];
            for (int i = 0; i < n; i++)
            {
                int id = dfsIds[i];
                places[id] = _nodes[i];
                paths[id] = _nodePaths[i];
                parentIds[id] = _parents[i] < 0 ? -1 : dfsIds[_parents[i]];
                subtreeEnd[id] = id + subtreeSize[i];
            }
            // The timeline's own aliases, in the order they were added, with their targets' builder ids.
            var aliasPaths = new string[_aliasCount];
            for (int k = 0; k < _aliasCount; k++)
            {
                aliasPaths[k] = _aliases.AliasAt(k);
            }
            return new Gazetteer(places, paths, parentIds, subtreeEnd, _byPath, dfsIds, _aliasRoles, _chainIds, aliasPaths,
                targetIds, _historical);
        }
    }

    // A place's own name as a sort key (the first Length characters of its path), in gazetteer order: by name ignoring
    // case, then ordinally (siblings never have the same name exactly).
    private readonly struct NameKey(string path, int length) : IComparable<NameKey>
    {
        private readonly string _path = path;
        private readonly int _length = length;

        public int CompareTo(NameKey other)
        {
            ReadOnlySpan<char> a = _path.AsSpan(0, _length), b = other._path.AsSpan(0, other._length);
            int c = a.CompareTo(b, StringComparison.OrdinalIgnoreCase);
            return c != 0 ? c : a.SequenceCompareTo(b);
        }
    }

    /// <summary>
    /// The place aliases a <see cref="TimelineBuilder"/> collects, checked as they come and kept as path strings:
    /// one map from every alias path and every path on a target's chain to its role, and the aliases in the order they
    /// were added. Nothing is parsed into <see cref="Place"/> objects until <see cref="Builder.Build"/> interns the
    /// targets, so a million aliases cost a million entries of two strings each, not a chain of places per alias.
    /// </summary>
    /// <remarks>
    /// A build shares the map with the gazetteer it makes (<see cref="Share"/>), which looks alias and target paths
    /// up in it instead of hashing a million paths into a map of its own; the next <see cref="Add"/> then copies the
    /// map before changing it, so a built gazetteer never sees a later alias and never reads a map being written.
    /// </remarks>
    internal sealed class AliasTable
    {
        // A path's role: an alias (its index in _entries, from 0) or a node of some alias's target chain (negative:
        // see ChainNode). The nodes are the distinct paths on target chains, each with its enclosing node.
        private Dictionary<string, int> _paths;
        private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byspan;
        private bool _shared;
        private readonly IEqualityComparer<string> _comparer;
        private bool _spans;
        // Each alias's path and the chain node of its target.
        private readonly List<(string Alias, int TargetNode)> _entries = [];
        // The parsed place of a target not written canonically (rare), by alias index: its text and coordinates are kept.
        private Dictionary<int, Place>? _parsedTargets;
        private readonly List<(string Path, int Parent)> _nodes = [];

        /// <summary>An empty table (the builder's) comparing paths with <paramref name="pathComparer"/>.</summary>
        internal AliasTable(IEqualityComparer<string> pathComparer)
        {
            _comparer = pathComparer;
            _paths = new Dictionary<string, int>(pathComparer);
            // The library's comparer looks up a span of a path without making a string of it; a test's counting
            // comparer cannot, and then the level paths are made as strings.
            _spans = _paths.TryGetAlternateLookup(out _byspan);
        }

        /// <summary>A table with no aliases.</summary>
        internal static AliasTable Empty { get; } = new(PathComparer);

        /// <summary>How many aliases were added.</summary>
        internal int Count => _entries.Count;

        /// <summary>The alias path (canonical, as first written) of alias <paramref name="index"/>.</summary>
        internal string AliasAt(int index) => _entries[index].Alias;

        /// <summary>How many distinct paths lie on target chains.</summary>
        internal int NodeCount => _nodes.Count;

        /// <summary>The role of <paramref name="path"/> (canonical): an alias's index (from 0), or a chain node's role (negative).</summary>
        internal bool TryGetRole(string path, out int role) => _paths.TryGetValue(path, out role);

        /// <summary>
        /// The map from paths to roles as it stands, for a gazetteer to keep: it is not changed afterwards (the next
        /// <see cref="Add"/> works on a copy), so roles in it stand for the <see cref="Count"/> aliases and
        /// <see cref="NodeCount"/> nodes of now.
        /// </summary>
        internal Dictionary<string, int> Share()
        {
            _shared = true;
            return _paths;
        }

        /// <summary>The chain node a negative role stands for, or -1 for an alias's role.</summary>
        internal static int ChainNode(int role) => role < 0 ? -role - 1 : -1;

        /// <summary>The canonical path of chain node <paramref name="node"/>.</summary>
        internal string NodePath(int node) => _nodes[node].Path;

        /// <summary>The node enclosing chain node <paramref name="node"/>, or -1 at the top.</summary>
        internal int ParentNode(int node) => _nodes[node].Parent;

        /// <summary>Adds an alias, checked as <see cref="TimelineBuilder.AddPlaceAlias"/> documents; nothing changes on failure.</summary>
        internal void Add(string alias, string place)
        {
            string aliasPath = Canonical(alias, out _);
            string target = Canonical(place, out Place? targetPlace);
            if (_shared)
            {
                // A gazetteer keeps the map as it was built with: this alias goes into a copy.
                _paths = new Dictionary<string, int>(_paths, _comparer);
                _spans = _paths.TryGetAlternateLookup(out _byspan);
                _shared = false;
            }
            // The alias's path is looked up and, when new, entered with its index in one hash: a target path that is
            // the alias then finds it as an alias like any other (and the entry is removed again on failure).
            int index = _entries.Count;
            ref int aliasSlot = ref CollectionsMarshal.GetValueRefOrAddDefault(_paths, aliasPath, out bool aliasKnown);
            if (aliasKnown)
            {
                if (aliasSlot >= 0)
                {
                    throw new ArgumentException(Messages.DuplicateAlias(aliasPath), nameof(alias));
                }
                // The alias is a place other aliases point to: say so, unless the target breaks a rule checked before.
                ThrowIfTargetHasAlias(aliasPath, target, nameof(place));
                throw new ArgumentException(Messages.AliasIsTarget(aliasPath), nameof(alias));
            }
            aliasSlot = index;
            // The target's level paths ("Place 1, Region 1, Country 1", "Region 1, Country 1", ...), most specific first,
            // up to the first already on some target's chain, whose enclosing levels are then on it too (none of them an
            // alias, since a path has one role): no alias may lie on a chain, so resolution is one step and never loops.
            // Each new level is entered as it is found with the node it will be (the next nodes in order, each enclosed
            // by the one after it), so a level costs one hash; on failure they are removed again.
            int first = _nodes.Count;
            int added = 0;
            int enclosing = -1; // the node of the first level already on a chain
            Span<int> starts = stackalloc int[Place.DefaultMaxDepth];
            for (int start = 0; start >= 0; start = NextLevel(target, start))
            {
                ref int slot = ref LevelSlot(target, start, out bool exists);
                if (exists)
                {
                    if (slot >= 0)
                    {
                        Undo(aliasPath, target, starts[..added]);
                        throw new ArgumentException(Messages.AliasTargetIsAlias(aliasPath, target), nameof(place));
                    }
                    enclosing = ChainNode(slot);
                    break;
                }
                slot = -(first + added) - 1;
                starts[added++] = start;
            }
            for (int level = 0; level < added; level++)
            {
                _nodes.Add((LevelPath(target, starts[level]), level + 1 < added ? first + level + 1 : enclosing));
            }
            if (targetPlace is not null)
            {
                (_parsedTargets ??= [])[index] = targetPlace;
            }
            _entries.Add((aliasPath, added > 0 ? first : enclosing));
        }

        // Throws as Add does when a level of the target is an alias (looking only, changing nothing).
        private void ThrowIfTargetHasAlias(string aliasPath, string target, string paramName)
        {
            for (int start = 0; start >= 0; start = NextLevel(target, start))
            {
                bool known = start == 0 ? _paths.TryGetValue(target, out int role)
                    : _spans ? _byspan.TryGetValue(target.AsSpan(start), out role)
                    : _paths.TryGetValue(target[start..], out role);
                if (known && role >= 0)
                {
                    throw new ArgumentException(Messages.AliasTargetIsAlias(aliasPath, target), paramName);
                }
            }
        }

        // The map's value slot for the level path of `target` that starts at `start`, added (as 0) when new.
        private ref int LevelSlot(string target, int start, out bool exists) =>
            ref start == 0 ? ref CollectionsMarshal.GetValueRefOrAddDefault(_paths, target, out exists)
            : ref _spans ? ref CollectionsMarshal.GetValueRefOrAddDefault(_byspan, target.AsSpan(start), out exists)
            : ref CollectionsMarshal.GetValueRefOrAddDefault(_paths, target[start..], out exists);

        // The map's own string for a level path just entered (the level itself, or the one the map made of its span).
        private string LevelPath(string target, int start)
        {
            if (start == 0)
            {
                return target;
            }
            if (_spans && _byspan.TryGetValue(target.AsSpan(start), out string? path, out _))
            {
                return path;
            }
            return target[start..];
        }

        // Removes what a failed Add entered: the alias's path and the new level paths.
        private void Undo(string aliasPath, string target, ReadOnlySpan<int> starts)
        {
            _paths.Remove(aliasPath);
            foreach (int start in starts)
            {
                if (start == 0)
                {
                    _paths.Remove(target);
                }
                else if (_spans)
                {
                    _byspan.Remove(target.AsSpan(start));
                }
                else
                {
                    _paths.Remove(target[start..]);
                }
            }
        }

        // The start of the path of the place enclosing the one whose path starts at `start`, or -1 at the top.
        private static int NextLevel(string path, int start)
        {
            int comma = path.IndexOf(Place.PathSeparator, start, StringComparison.Ordinal);
            return comma < 0 ? -1 : comma + Place.PathSeparator.Length;
        }

        /// <summary>
        /// The canonical path of <paramref name="text"/>: the text itself when it is already canonical (the common
        /// case, which allocates nothing), otherwise <see cref="Place.Parse"/>'s path, with the parsed place in
        /// <paramref name="parsed"/> (so that its text and coordinates are kept as before).
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="Text.HistoricalParseException">A name in the path is empty or the path is too deep.</exception>
        private static string Canonical(string text, out Place? parsed)
        {
            Preconditions.CheckNotNull(text);
            if (IsCanonical(text))
            {
                parsed = null;
                return text;
            }
            parsed = Place.Parse(text);
            return parsed.Path;
        }

        // Whether Place.Parse would give this very text as the path, with no coordinates: names without surrounding
        // white space, '|' or line breaks, joined by exactly ", ", at most Place.DefaultMaxDepth of them.
        private static bool IsCanonical(string text)
        {
            if (text.Contains('@'))
            {
                return false;
            }
            int names = 0;
            int start = 0;
            while (true)
            {
                int comma = text.IndexOf(',', start);
                int end = comma < 0 ? text.Length : comma;
                if (end == start || char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1]) ||
                    text.AsSpan(start, end - start).IndexOfAny("|\r\n") >= 0 || ++names > Place.DefaultMaxDepth)
                {
                    return false;
                }
                if (comma < 0)
                {
                    return true;
                }
                if (comma + 1 >= text.Length || text[comma + 1] != ' ')
                {
                    return false;
                }
                start = comma + 2;
            }
        }

        /// <summary>The interned id of alias <paramref name="index"/>'s target, interning its chain if new.</summary>
        internal int InternTarget(Builder builder, int index)
        {
            int node = _entries[index].TargetNode;
            return _parsedTargets is not null && _parsedTargets.TryGetValue(index, out Place? place)
                ? builder.InternTarget(place, node)
                : builder.InternChainNode(node);
        }
    }
}
