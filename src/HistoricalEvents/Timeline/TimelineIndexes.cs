using System.Buffers;
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

    /// <summary>The array of every key's positions in turn, for read-only views of it (never to be written).</summary>
    internal int[] ItemArray => _items;

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
    // Every SampleStep-th value of _classEarliest: a binary search runs in this small array (which stays in the
    // processor's caches) and ends in one block of SampleStep values, instead of about 23 cache misses at ten million.
    private const int SampleShift = 6, SampleStep = 1 << SampleShift;
    private readonly int[] _samples;

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
        _samples = new int[(n + SampleStep - 1) >> SampleShift];
        for (int j = 0; j < _samples.Length; j++)
        {
            _samples[j] = _classEarliest[j << SampleShift];
        }
    }

    internal long Bytes => _classes.Bytes + 4L * (_classEarliest.Length + _classMaxLength.Length + _samples.Length);

    /// <summary>
    /// The first index in [<paramref name="from"/>, <paramref name="to"/>) (one class, ascending) whose start day is at
    /// least <paramref name="value"/>, or <paramref name="to"/>: found among the samples inside the range, then in the
    /// block between two of them.
    /// </summary>
    internal int LowerBoundInClass(int from, int to, int value)
    {
        int firstSample = (from + SampleStep - 1) >> SampleShift, endSample = (to + SampleStep - 1) >> SampleShift;
        int j = firstSample + LowerBound(_samples.AsSpan(firstSample, endSample - firstSample), value);
        // Samples before j are below the value, so the answer is past the previous one; sample j (if any) is not below.
        int lo = j > firstSample ? ((j - 1) << SampleShift) + 1 : from;
        int hi = j < endSample ? j << SampleShift : to;
        return lo + LowerBound(_classEarliest.AsSpan(lo, hi - lo), value);
    }

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
            // In long: bounds reach ±1,000,000,000 with prehistory, so start less a length can pass int.MinValue.
            int lo = LowerBoundInClass(from, to, (int)Math.Max(int.MinValue, (long)start - _classMaxLength[c]));
            int hi = LowerBoundInClass(lo, to, (int)Math.Min(int.MaxValue, end + 1L));
            for (int k = lo; k < hi; k++)
            {
                int position = positions[k];
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

/// <summary>Unions of sorted runs of event positions (the postings of several keys) into one sorted answer without repeats.</summary>
internal static class SortedRuns
{
    /// <summary>
    /// The distinct positions of the <paramref name="runs"/> (slices of <paramref name="items"/>, each ascending), in
    /// ascending order, for a timeline of <paramref name="count"/> events. Dense answers mark a bitmap of the timeline;
    /// sparse ones are merged pairwise, as merge sort does. Temporary buffers come from the shared pool, so a query
    /// allocates only its answer (at ten million events, every large temporary array was a full garbage collection).
    /// </summary>
    internal static int[] Union(ReadOnlySpan<int> items, List<(int Start, int End)> runs, int count)
    {
        long total = 0;
        foreach ((int start, int end) in runs)
        {
            total += end - start;
        }
        if (total == 0)
        {
            return [];
        }
        if (runs.Count == 1)
        {
            // One key's postings are ascending, but an event naming one place twice is posted twice under it.
            ReadOnlySpan<int> run = items[runs[0].Start..runs[0].End];
            var distinct = new List<int>(run.Length);
            foreach (int position in run)
            {
                if (distinct.Count == 0 || distinct[^1] != position)
                {
                    distinct.Add(position);
                }
            }
            return [.. distinct];
        }
        // Merging costs about log2(runs) passes over the postings, with a branch the processor cannot predict; the
        // bitmap costs a few passes over count / 64 words. Measured at ten million events, the bitmap wins from about
        // one posting in 64 events per merge pass.
        int passes = 32 - BitOperations.LeadingZeroCount((uint)(runs.Count - 1));
        return total * passes * 64 >= count ? ByBitmap(items, runs, count, (int)total) : ByMerging(items, runs, (int)total);
    }

    /// <summary>
    /// How many distinct positions the <paramref name="runs"/> hold (see <see cref="Union"/>), without making the
    /// answer: one pass over a single run, a pooled bitmap of the timeline for dense answers, a merge otherwise.
    /// </summary>
    internal static int CountDistinct(int[] items, (int Start, int End)[] runs, int count)
    {
        long total = 0;
        foreach ((int start, int end) in runs)
        {
            total += end - start;
        }
        if (total == 0)
        {
            return 0;
        }
        if (runs.Length == 1)
        {
            int distinct = 1;
            ReadOnlySpan<int> run = items.AsSpan(runs[0].Start, runs[0].End - runs[0].Start);
            for (int k = 1; k < run.Length; k++)
            {
                distinct += run[k] != run[k - 1] ? 1 : 0;
            }
            return distinct;
        }
        int passes = 32 - BitOperations.LeadingZeroCount((uint)(runs.Length - 1));
        if (total * passes * 64 < count)
        {
            // Sparse: a merge that only counts (a cursor per run, no answer array).
            var merge = new RunMerge(items, runs);
            int merged = 0;
            while (merge.Next() >= 0)
            {
                merged++;
            }
            return merged;
        }
        int words = (count + 63) >> 6;
        ulong[] bits = ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(bits, 0, words);
            foreach ((int start, int end) in runs)
            {
                foreach (int position in items.AsSpan(start, end - start))
                {
                    bits[position >> 6] |= 1UL << position;
                }
            }
            int found = 0;
            foreach (ulong word in bits.AsSpan(0, words))
            {
                found += BitOperations.PopCount(word);
            }
            return found;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bits);
        }
    }

    private static int[] ByBitmap(ReadOnlySpan<int> items, List<(int Start, int End)> runs, int count, int total)
    {
        int words = (count + 63) >> 6;
        ulong[] bits = ArrayPool<ulong>.Shared.Rent(words);
        int[] found = ArrayPool<int>.Shared.Rent(total);
        try
        {
            Array.Clear(bits, 0, words);
            foreach ((int start, int end) in runs)
            {
                foreach (int position in items[start..end])
                {
                    bits[position >> 6] |= 1UL << position;
                }
            }
            int r = 0;
            for (int w = 0; w < words; w++)
            {
                for (ulong word = bits[w]; word != 0; word &= word - 1)
                {
                    found[r++] = (w << 6) + BitOperations.TrailingZeroCount(word);
                }
            }
            return found.AsSpan(0, r).ToArray();
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bits);
            ArrayPool<int>.Shared.Return(found);
        }
    }

    private static int[] ByMerging(ReadOnlySpan<int> items, List<(int Start, int End)> runs, int total)
    {
        int[] source = ArrayPool<int>.Shared.Rent(total);
        int[] target = ArrayPool<int>.Shared.Rent(total);
        int[] bounds = ArrayPool<int>.Shared.Rent(runs.Count + 1);
        try
        {
            int length = 0, count = runs.Count;
            for (int r = 0; r < count; r++)
            {
                bounds[r] = length;
                items[runs[r].Start..runs[r].End].CopyTo(source.AsSpan(length));
                length += runs[r].End - runs[r].Start;
            }
            bounds[count] = length;
            while (count > 1)
            {
                int merged = 0;
                for (int r = 0; r < count; r += 2)
                {
                    int lo = bounds[r], mid = bounds[Math.Min(r + 1, count)], hi = bounds[Math.Min(r + 2, count)];
                    int i = lo, j = mid, w = lo;
                    while (i < mid && j < hi)
                    {
                        target[w++] = source[j] < source[i] ? source[j++] : source[i++];
                    }
                    source.AsSpan(i, mid - i).CopyTo(target.AsSpan(w));
                    w += mid - i;
                    source.AsSpan(j, hi - j).CopyTo(target.AsSpan(w));
                    bounds[merged++] = lo;
                }
                bounds[merged] = length;
                count = merged;
                (source, target) = (target, source);
            }
            // The same event can be posted under two of the runs' keys: keep it once.
            int kept = 0;
            for (int k = 0; k < length; k++)
            {
                if (kept == 0 || source[k] != target[kept - 1])
                {
                    target[kept++] = source[k];
                }
            }
            return target.AsSpan(0, kept).ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(source);
            ArrayPool<int>.Shared.Return(target);
            ArrayPool<int>.Shared.Return(bounds);
        }
    }
}

/// <summary>
/// Work a timeline build hands to another core while it goes on (a thread of its own, not the shared pool, which may
/// be busy); with <c>parallel</c> false it runs on the caller's thread when its result is asked for.
/// </summary>
internal sealed class SideWork<T>
{
    private readonly Func<T> _work;
    private readonly Task<T>? _task;

    internal SideWork(Func<T> work, bool parallel)
    {
        _work = work;
        if (parallel)
        {
            _task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>The result (ask once), waiting for it; the work's own exception, not wrapped, if it failed.</summary>
    internal T Result => _task is null ? _work() : _task.GetAwaiter().GetResult();

    /// <summary>Waits for parallel work to end, ignoring its result and its failure (the caller is failing with its own).</summary>
    internal void Settle()
    {
        if (_task is not null)
        {
            ((IAsyncResult)_task).AsyncWaitHandle.WaitOne();
            _ = _task.Exception; // observed: the caller's own exception is the one reported
        }
    }
}
