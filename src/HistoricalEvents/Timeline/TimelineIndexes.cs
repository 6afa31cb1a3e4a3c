using System.Numerics;

namespace HistoricalEvents.Timelines;

/// <summary>
/// Event positions grouped by a small integer key (a day of the year, a place): one array of positions and one of
/// offsets. Built by a stable counting sort, so each key's positions stay in timeline order.
/// </summary>
internal sealed class PostingIndex
{
    private readonly int[] _offsets;
    private readonly int[] _items;

    private PostingIndex(int[] offsets, int[] items)
    {
        _offsets = offsets;
        _items = items;
    }

    /// <summary>
    /// Groups <paramref name="items"/> by <paramref name="keys"/> (same length, keys below <paramref name="keyCount"/>);
    /// an empty <paramref name="items"/> stands for 0, 1, 2, …; items with a negative key are left out.
    /// </summary>
    internal static PostingIndex Build(int keyCount, ReadOnlySpan<int> keys, ReadOnlySpan<int> items)
    {
        var offsets = new int[keyCount + 1];
        foreach (int key in keys)
        {
            if (key >= 0)
            {
                offsets[key + 1]++;
            }
        }
        for (int k = 0; k < keyCount; k++)
        {
            offsets[k + 1] += offsets[k];
        }
        var result = new int[offsets[keyCount]];
        var next = offsets[..keyCount];
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] >= 0)
            {
                result[next[keys[i]]++] = items.IsEmpty ? i : items[i];
            }
        }
        return new PostingIndex(offsets, result);
    }

    /// <summary>The positions of keys in [<paramref name="firstKey"/>, <paramref name="endKey"/>).</summary>
    internal ReadOnlySpan<int> Range(int firstKey, int endKey) =>
        _items.AsSpan(_offsets[firstKey], _offsets[endKey] - _offsets[firstKey]);

    internal int KeyCount => _offsets.Length - 1;

    internal ReadOnlySpan<int> Items => _items;

    internal int Start(int key) => _offsets[key];

    internal long Bytes => 4L * (_offsets.Length + _items.Length);
}

/// <summary>
/// Finds the events whose bounds overlap a window of days in time proportional to the answer. Events are split into
/// classes by the bit length of their duration; within a class durations differ by at most 2×, so scanning the
/// class's events that start from <c>window start − longest duration</c> to the window end visits at most about twice
/// as many events as it returns, whatever mix of days, centuries and open intervals the timeline holds.
/// </summary>
internal sealed class OverlapIndex
{
    private const int ClassCount = 33;

    private readonly PostingIndex _classes;
    private readonly int[] _classEarliest;
    private readonly int[] _classMaxLength;
    private readonly int[] _latest;

    internal OverlapIndex(int[] earliest, int[] latest)
    {
        _latest = latest;
        int n = earliest.Length;
        var keys = new int[n];
        _classMaxLength = new int[ClassCount];
        for (int i = 0; i < n; i++)
        {
            int length = latest[i] - earliest[i];
            int c = 32 - BitOperations.LeadingZeroCount((uint)length);
            keys[i] = c;
            _classMaxLength[c] = Math.Max(_classMaxLength[c], length);
        }
        _classes = PostingIndex.Build(ClassCount, keys, []);
        // A copy of the start days in class order keeps the binary searches on one contiguous array.
        _classEarliest = new int[n];
        ReadOnlySpan<int> positions = _classes.Items;
        for (int k = 0; k < n; k++)
        {
            _classEarliest[k] = earliest[positions[k]];
        }
    }

    internal long Bytes => _classes.Bytes + 4L * (_classEarliest.Length + _classMaxLength.Length);

    /// <summary>Adds to <paramref name="output"/> the positions of events with earliest ≤ <paramref name="end"/> and latest ≥ <paramref name="start"/>, in no order.</summary>
    internal void Overlapping(int start, int end, List<int> output)
    {
        ReadOnlySpan<int> positions = _classes.Items;
        for (int c = 0; c < ClassCount; c++)
        {
            int from = _classes.Start(c), to = _classes.Start(c + 1);
            if (from == to)
            {
                continue;
            }
            ReadOnlySpan<int> starts = _classEarliest.AsSpan(from, to - from);
            // In long: bounds reach ±1,000,000,000 with prehistory, so start less a length can pass int.MinValue.
            int lo = LowerBound(starts, (int)Math.Max(int.MinValue, (long)start - _classMaxLength[c]));
            int hi = LowerBound(starts, end + 1);
            for (int k = lo; k < hi; k++)
            {
                int position = positions[from + k];
                if (_latest[position] >= start)
                {
                    output.Add(position);
                }
            }
        }
    }

    /// <summary>The first index whose value is at least <paramref name="value"/> in an ascending span.</summary>
    internal static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
