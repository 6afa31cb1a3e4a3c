using System.Globalization;
using System.Numerics;
using System.Text;

namespace HistoricalEvents.Timelines;

/// <summary>
/// The timeline's full-text index: every word of every event's title, summary and narrative, folded (lower case, no
/// diacritics), with the sorted positions of the events that hold it. Immutable once built; safe for concurrent readers.
/// </summary>
/// <remarks>
/// <para>
/// A word is a run of letters and digits (with the combining marks inside it). Folding lowers case invariantly,
/// drops combining marks and maps letters with diacritics to their base letter (<see cref="TextFolding"/>):
/// <c>Łódź</c>, <c>LODZ</c> and <c>lodz</c> are one word.
/// </para>
/// <para>
/// Layout: the distinct words sorted ordinally, and one array of event positions holding each word's postings in
/// turn (compressed sparse rows). A query word is a prefix: the words it starts form one block of the sorted
/// array, found by two binary searches, and their postings are merged. Memory is four bytes per (event, distinct
/// word) pair plus the vocabulary.
/// </para>
/// </remarks>
internal sealed class TextIndex
{
    private readonly string[] _words;
    private readonly int[] _start;
    private readonly int[] _postings;
    private readonly int _count;

    private TextIndex(string[] words, int[] start, int[] postings, int count)
    {
        _words = words;
        _start = start;
        _postings = postings;
        _count = count;
    }

    /// <summary>The bytes the index holds: the words (strings and references), the row starts and the postings.</summary>
    internal long Bytes
    {
        get
        {
            long words = 8L * _words.Length;
            foreach (string word in _words)
            {
                words += 22 + 2L * word.Length;   // object header, length and text, as the runtime lays a string out
            }
            return words + 4L * _start.Length + 4L * _postings.Length;
        }
    }

    /// <summary>The number of distinct words.</summary>
    internal int WordCount => _words.Length;

    /// <summary>Indexes the events, whose positions are their indexes in <paramref name="events"/>.</summary>
    internal static TextIndex Build(IReadOnlyList<HistoricalEvent> events)
    {
        int n = events.Count;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = new List<int>();
        var lastEvent = new List<int>();
        // Pass 1: each event's distinct word ids, in one flat list, and how many events hold each word.
        var flat = new List<int>(n * 4);
        var eventStart = new int[n + 1];
        char[] folded = new char[64];
        for (int i = 0; i < n; i++)
        {
            eventStart[i] = flat.Count;
            HistoricalEvent e = events[i];
            if (e.Title is { } title)
            {
                AddWords(title);
            }
            AddWords(e.Summary);
            IReadOnlyList<string> narrative = e.Narrative;
            for (int p = 0; p < narrative.Count; p++)
            {
                AddWords(narrative[p]);
            }

            void AddWords(string text)
            {
                for (int at = 0; NextWord(text, ref at, out int start, out int length);)
                {
                    ReadOnlySpan<char> word = Fold(text.AsSpan(start, length), ref folded);
                    if (!lookup.TryGetValue(word, out int id))
                    {
                        id = ids.Count;
                        lookup[word] = id;
                        counts.Add(0);
                        lastEvent.Add(-1);
                    }
                    if (lastEvent[id] != i)
                    {
                        lastEvent[id] = i;
                        counts[id]++;
                        flat.Add(id);
                    }
                }
            }
        }
        eventStart[n] = flat.Count;

        // Sort the vocabulary; rows follow the sorted order so a prefix's words are one block of rows.
        string[] words = new string[ids.Count];
        foreach ((string word, int id) in ids)
        {
            words[id] = word;
        }
        int[] order = new int[words.Length];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }
        string[] sorted = (string[])words.Clone();
        Array.Sort(sorted, order, StringComparer.Ordinal);
        int[] rowOf = new int[words.Length];
        int[] start = new int[words.Length + 1];
        for (int row = 0; row < order.Length; row++)
        {
            rowOf[order[row]] = row;
            start[row + 1] = start[row] + counts[order[row]];
        }
        // Pass 2: postings in event order, so each row is sorted.
        int[] postings = new int[flat.Count];
        int[] fill = (int[])start.Clone();
        for (int i = 0; i < n; i++)
        {
            for (int k = eventStart[i]; k < eventStart[i + 1]; k++)
            {
                postings[fill[rowOf[flat[k]]]++] = i;
            }
        }
        return new TextIndex(sorted, start, postings, n);
    }

    /// <summary>
    /// The positions of the events holding, for every query word, a word it starts (after folding), ascending;
    /// <see langword="null"/> when the text has no word.
    /// </summary>
    internal int[]? Search(string text)
    {
        var terms = new List<(int From, int To, long Postings)>();
        char[] folded = new char[64];
        for (int at = 0; NextWord(text, ref at, out int start, out int length);)
        {
            ReadOnlySpan<char> prefix = Fold(text.AsSpan(start, length), ref folded);
            (int from, int to) = PrefixRange(prefix);
            terms.Add((from, to, (long)_start[to] - _start[from]));
        }
        if (terms.Count == 0)
        {
            return null;
        }
        terms.Sort((a, b) => a.Postings.CompareTo(b.Postings));
        if (terms[0].Postings == 0)
        {
            return [];
        }
        int[] candidates = Union(terms[0].From, terms[0].To);
        for (int t = 1; t < terms.Count && candidates.Length > 0; t++)
        {
            candidates = Intersect(candidates, terms[t].From, terms[t].To);
        }
        return candidates;
    }

    /// <summary>The block of rows whose words start with <paramref name="prefix"/>.</summary>
    private (int From, int To) PrefixRange(ReadOnlySpan<char> prefix)
    {
        // Words starting with the prefix are contiguous in ordinal order: those before compare less, those after greater.
        int lo = 0, hi = _words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Compare(_words[mid], prefix) < 0) lo = mid + 1; else hi = mid;
        }
        int from = lo;
        hi = _words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Compare(_words[mid], prefix) <= 0) lo = mid + 1; else hi = mid;
        }
        return (from, lo);
    }

    private static int Compare(string word, ReadOnlySpan<char> prefix) =>
        word.AsSpan().StartsWith(prefix, StringComparison.Ordinal) ? 0 : word.AsSpan().CompareTo(prefix, StringComparison.Ordinal);

    /// <summary>The sorted, distinct positions of the rows <paramref name="from"/> to <paramref name="to"/>.</summary>
    private int[] Union(int from, int to)
    {
        if (to - from == 1)
        {
            return _postings[_start[from].._start[to]];
        }
        long total = (long)_start[to] - _start[from];
        if (total * 16 < _count)
        {
            int[] merged = _postings[_start[from].._start[to]];
            Array.Sort(merged);
            int distinct = 0;
            for (int k = 0; k < merged.Length; k++)
            {
                if (k == 0 || merged[k] != merged[k - 1])
                {
                    merged[distinct++] = merged[k];
                }
            }
            return merged[..distinct];
        }
        ulong[] bits = Bits(from, to);
        int count = 0;
        foreach (ulong word in bits)
        {
            count += BitOperations.PopCount(word);
        }
        int[] result = new int[count];
        int r = 0;
        for (int w = 0; w < bits.Length; w++)
        {
            for (ulong word = bits[w]; word != 0; word &= word - 1)
            {
                result[r++] = (w << 6) + BitOperations.TrailingZeroCount(word);
            }
        }
        return result;
    }

    private ulong[] Bits(int from, int to)
    {
        ulong[] bits = new ulong[(_count + 63) >> 6];
        for (int k = _start[from]; k < _start[to]; k++)
        {
            int position = _postings[k];
            bits[position >> 6] |= 1UL << position;
        }
        return bits;
    }

    /// <summary>The candidates that some row from <paramref name="from"/> to <paramref name="to"/> holds.</summary>
    private int[] Intersect(int[] candidates, int from, int to)
    {
        var kept = new List<int>(candidates.Length);
        if (to - from == 1)
        {
            ReadOnlySpan<int> row = _postings.AsSpan(_start[from], _start[to] - _start[from]);
            foreach (int c in candidates)
            {
                if (row.BinarySearch(c) >= 0)
                {
                    kept.Add(c);
                }
            }
            return [.. kept];
        }
        long total = (long)_start[to] - _start[from];
        if (total > 64L * candidates.Length)
        {
            // Few candidates against many postings: search each row for each candidate.
            foreach (int c in candidates)
            {
                for (int row = from; row < to; row++)
                {
                    if (_postings.AsSpan(_start[row], _start[row + 1] - _start[row]).BinarySearch(c) >= 0)
                    {
                        kept.Add(c);
                        break;
                    }
                }
            }
            return [.. kept];
        }
        ulong[] bits = Bits(from, to);
        foreach (int c in candidates)
        {
            if ((bits[c >> 6] & 1UL << c) != 0)
            {
                kept.Add(c);
            }
        }
        return [.. kept];
    }

    /// <summary>Finds the next word from <paramref name="at"/>: a run of letters and digits and the marks inside it.</summary>
    internal static bool NextWord(string text, ref int at, out int start, out int length)
    {
        int i = at;
        while (i < text.Length && !IsWordStart(text[i]))
        {
            i++;
        }
        start = i;
        while (i < text.Length && IsWordPart(text[i]))
        {
            i++;
        }
        length = i - start;
        at = i;
        return length > 0;
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);

    private static bool IsWordPart(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : IsWordStart(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The word folded: lower case, diacritics dropped; in <paramref name="buffer"/> (grown if needed).</summary>
    internal static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, ref char[] buffer)
    {
        if (buffer.Length < word.Length)
        {
            buffer = new char[Math.Max(word.Length, 2 * buffer.Length)];
        }
        if (Ascii.IsValid(word))
        {
            Ascii.ToLower(word, buffer, out int written);
            return buffer.AsSpan(0, written);
        }
        int length = 0;
        foreach (char c in word)
        {
            char folded = TextFolding.Fold(c);
            if (folded != '\0')
            {
                buffer[length++] = folded;
            }
        }
        return buffer.AsSpan(0, length);
    }
}
