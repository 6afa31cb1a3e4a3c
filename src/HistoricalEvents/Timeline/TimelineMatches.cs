using System.Buffers;
using System.Collections;
using System.Numerics;

namespace HistoricalEvents.Timelines;

/// <summary>
/// Definite matches kept as a slice of event positions (4 bytes each: a query's own array, or a read-only view of an
/// index's array) and made into <see cref="TimelineMatch"/> on reading.
/// </summary>
internal sealed class DefiniteMatches : IReadOnlyList<TimelineMatch>
{
    private readonly HistoricalEvent[] _events;
    private readonly int[] _positions;
    private readonly int _start;

    internal DefiniteMatches(HistoricalEvent[] events, int[] positions)
        : this(events, positions, 0, positions.Length)
    {
    }

    /// <summary>A view of <paramref name="length"/> positions of <paramref name="positions"/> from <paramref name="start"/>, which must not change.</summary>
    internal DefiniteMatches(HistoricalEvent[] events, int[] positions, int start, int length)
    {
        _events = events;
        _positions = positions;
        _start = start;
        Count = length;
    }

    public int Count { get; }

    public TimelineMatch this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
            int position = _positions[_start + index];
            return new TimelineMatch(_events[position], Certainty.Definitely, position);
        }
    }

    public IEnumerator<TimelineMatch> GetEnumerator()
    {
        for (int k = _start, end = _start + Count; k < end; k++)
        {
            int position = _positions[k];
            yield return new TimelineMatch(_events[position], Certainty.Definitely, position);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Definite matches that are the union of sorted runs of an index's postings (the places inside a place), read
/// lazily: the answer is not copied out of the index. Its <see cref="Count"/> is found when the answer is made
/// (by a bitmap from the shared pool for dense answers), enumerating merges the runs as it goes (a heap of one cursor
/// per run), and only reading by index makes the positions array, once. A query at ten million events used to
/// allocate its whole answer (about 250 KB for 62,546 events), a large object each time, and 200 such queries
/// started full garbage collections of a 4 GB heap.
/// </summary>
internal sealed class RunUnionMatches : IReadOnlyList<TimelineMatch>
{
    private readonly HistoricalEvent[] _events;
    private readonly int[] _items;
    private readonly (int Start, int End)[] _runs;
    private int[]? _positions;

    /// <summary>The distinct positions of the runs (slices of <paramref name="items"/>, each ascending), in ascending order.</summary>
    internal RunUnionMatches(HistoricalEvent[] events, int[] items, (int Start, int End)[] runs)
    {
        _events = events;
        _items = items;
        _runs = runs;
        Count = SortedRuns.CountDistinct(items, runs, events.Length);
    }

    public int Count { get; }

    public TimelineMatch this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
            int[] positions = LazyInitializer.EnsureInitialized(ref _positions, () => SortedRuns.Union(_items, [.. _runs], _events.Length));
            int position = positions[index];
            return new TimelineMatch(_events[position], Certainty.Definitely, position);
        }
    }

    /// <summary>The positions in ascending order without repeats: a k-way merge of the runs, allocating one cursor per run.</summary>
    public IEnumerator<TimelineMatch> GetEnumerator()
    {
        if (_positions is { } made)
        {
            foreach (int position in made)
            {
                yield return new TimelineMatch(_events[position], Certainty.Definitely, position);
            }
            yield break;
        }
        var merge = new RunMerge(_items, _runs);
        for (int position; (position = merge.Next()) >= 0;)
        {
            yield return new TimelineMatch(_events[position], Certainty.Definitely, position);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A k-way merge of sorted runs of non-negative positions into one ascending sequence without repeats.</summary>
internal sealed class RunMerge
{
    private readonly int[] _items;
    private readonly int[] _next;
    private readonly int[] _end;
    // A binary min-heap of run numbers, by the position each run's cursor is at.
    private readonly int[] _heap;
    private int _size;
    private int _last = -1;

    internal RunMerge(int[] items, (int Start, int End)[] runs)
    {
        _items = items;
        _next = new int[runs.Length];
        _end = new int[runs.Length];
        _heap = new int[runs.Length];
        for (int r = 0; r < runs.Length; r++)
        {
            _next[r] = runs[r].Start;
            _end[r] = runs[r].End;
            if (runs[r].End > runs[r].Start)
            {
                _heap[_size] = r;
                SiftUp(_size++);
            }
        }
    }

    /// <summary>The next position, or -1 when every run is done.</summary>
    internal int Next()
    {
        while (_size > 0)
        {
            int run = _heap[0];
            int position = _items[_next[run]++];
            if (_next[run] == _end[run])
            {
                _heap[0] = _heap[--_size];
            }
            if (_size > 0)
            {
                SiftDown(0);
            }
            if (position != _last)
            {
                _last = position;
                return position;
            }
        }
        return -1;
    }

    private int Key(int slot) => _items[_next[_heap[slot]]];

    private void SiftUp(int slot)
    {
        while (slot > 0)
        {
            int parent = (slot - 1) >> 1;
            if (Key(parent) <= Key(slot))
            {
                return;
            }
            (_heap[parent], _heap[slot]) = (_heap[slot], _heap[parent]);
            slot = parent;
        }
    }

    private void SiftDown(int slot)
    {
        while (true)
        {
            int left = 2 * slot + 1;
            if (left >= _size)
            {
                return;
            }
            int least = left + 1 < _size && Key(left + 1) < Key(left) ? left + 1 : left;
            if (Key(slot) <= Key(least))
            {
                return;
            }
            (_heap[least], _heap[slot]) = (_heap[slot], _heap[least]);
            slot = least;
        }
    }
}
