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
        int[] identity = new int[events.Count];
        for (int i = 0; i < identity.Length; i++)
        {
            identity[i] = i;
        }
        return Build(events, identity);
    }

    /// <summary>
    /// Indexes the events in the order given (the order they were added: their texts were allocated in that order, so
    /// reading them so is what the memory caches like); the event at <c>k</c> has timeline position
    /// <paramref name="positionOf"/>[k].
    /// </summary>
    internal static TextIndex Build(IReadOnlyList<HistoricalEvent> events, int[] positionOf) => Build(Tokenize(events), positionOf);

    /// <summary>
    /// The first pass: every event's distinct word ids, in the order given. It reads only the events' texts and needs
    /// no timeline order, so a timeline runs it on another core while it interns places and sorts.
    /// </summary>
    /// <remarks>
    /// Each text is read once: each event's distinct word ids go to a flat list of fixed-size chunks (no doubling
    /// copies of a list of tens of millions), with how many events hold each word. A text that is all ASCII (the
    /// common case) is split and lowered in one loop; any other goes through <see cref="NextWord"/> and
    /// <see cref="Fold"/>, which give the same words for ASCII text.
    /// </remarks>
    internal static Tokens Tokenize(IReadOnlyList<HistoricalEvent> events)
    {
        int n = events.Count;
        var tokens = new Tokens(n);
        for (int k = 0; k < n; k++)
        {
            tokens.EventStart[k] = tokens.Flat.Count;
            HistoricalEvent e = events[k];
            if (e.Title is { } title)
            {
                tokens.AddWords(title, k);
            }
            tokens.AddWords(e.Summary, k);
            IReadOnlyList<string> narrative = e.Narrative;
            for (int p = 0; p < narrative.Count; p++)
            {
                tokens.AddWords(narrative[p], k);
            }
        }
        tokens.EventStart[n] = tokens.Flat.Count;
        return tokens;
    }

    /// <summary>The words of events in the order given: the vocabulary, how many events hold each word, and each event's word ids.</summary>
    internal sealed class Tokens
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private int[] _lastEvent = new int[256];
        private char[] _folded = new char[64];

        internal Tokens(int count)
        {
            _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            EventStart = new long[count + 1];
        }

        internal Dictionary<string, int> Ids => _ids;

        internal int[] Counts { get; private set; } = new int[256];

        internal ChunkedInts Flat { get; } = new();

        /// <summary>Where each event's ids start in <see cref="Flat"/> (one more entry: the end).</summary>
        internal long[] EventStart { get; }

        internal void AddWords(string text, int k)
        {
            if (!Ascii.IsValid(text))
            {
                for (int at = 0; NextWord(text, ref at, out int start, out int length);)
                {
                    Add(Fold(text.AsSpan(start, length), ref _folded), k);
                }
                return;
            }
            // ASCII: a word is a run of ASCII letters and digits, folded by lowering.
            ReadOnlySpan<char> chars = text;
            for (int i = 0; i < chars.Length;)
            {
                char c = chars[i];
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    i++;
                    continue;
                }
                int length = 0;
                do
                {
                    if (length == _folded.Length)
                    {
                        Array.Resize(ref _folded, 2 * length);
                    }
                    _folded[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
                while (++i < chars.Length && char.IsAsciiLetterOrDigit(c = chars[i]));
                Add(_folded.AsSpan(0, length), k);
            }
        }

        private void Add(ReadOnlySpan<char> word, int k)
        {
            if (!_lookup.TryGetValue(word, out int id))
            {
                id = _ids.Count;
                _lookup[word] = id;
                if (id == Counts.Length)
                {
                    int[] counts = Counts;
                    Array.Resize(ref counts, 2 * id);
                    Counts = counts;
                    Array.Resize(ref _lastEvent, 2 * id);
                }
                _lastEvent[id] = -1;
            }
            if (_lastEvent[id] != k)
            {
                _lastEvent[id] = k;
                Counts[id]++;
                Flat.Add(id);
            }
        }
    }

    /// <summary>
    /// The second pass: sorts the vocabulary and writes the postings, walking the timeline positions in order so every
    /// row comes out sorted without a sort; the event at <c>k</c> of the first pass has position <paramref name="positionOf"/>[k].
    /// </summary>
    internal static TextIndex Build(Tokens tokens, int[] positionOf)
    {
        int n = positionOf.Length;
        Dictionary<string, int> ids = tokens.Ids;
        int[] counts = tokens.Counts;
        ChunkedInts flat = tokens.Flat;
        long[] eventStart = tokens.EventStart;
        // Sort the vocabulary; rows follow the sorted order so a prefix's words are one block of rows.
        string[] sorted = new string[ids.Count];
        int[] order = new int[sorted.Length];
        foreach ((string word, int id) in ids)
        {
            sorted[id] = word;
            order[id] = id;
        }
        Array.Sort(sorted, order, StringComparer.Ordinal);
        int[] rowOf = new int[sorted.Length];
        int[] start = new int[sorted.Length + 1];
        for (int row = 0; row < order.Length; row++)
        {
            rowOf[order[row]] = row;
            start[row + 1] = checked(start[row] + counts[order[row]]);
        }
        // Postings in timeline order, so each row is sorted.
        int[] eventAt = new int[n];
        for (int k = 0; k < n; k++)
        {
            eventAt[positionOf[k]] = k;
        }
        int[] postings = new int[start[^1]];
        int[] fill = start[..^1];
        for (int i = 0; i < n; i++)
        {
            int k = eventAt[i];
            for (long f = eventStart[k]; f < eventStart[k + 1]; f++)
            {
                postings[fill[rowOf[flat[f]]]++] = i;
            }
        }
        return new TextIndex(sorted, start, postings, n);
    }

    /// <summary>A growable list of ints in fixed chunks of 2^20: growing never copies, and no chunk is a huge object.</summary>
    internal sealed class ChunkedInts
    {
        private const int Shift = 20, Mask = (1 << Shift) - 1;
        private readonly List<int[]> _chunks = [];

        internal long Count { get; private set; }

        internal void Add(int value)
        {
            int slot = (int)(Count & Mask);
            if (slot == 0)
            {
                _chunks.Add(new int[1 << Shift]);
            }
            _chunks[^1][slot] = value;
            Count++;
        }

        internal int this[long index] => _chunks[(int)(index >> Shift)][index & Mask];
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
        var runs = new List<(int Start, int End)>(to - from);
        for (int row = from; row < to; row++)
        {
            runs.Add((_start[row], _start[row + 1]));
        }
        return SortedRuns.Union(_postings, runs, _count);
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
        // Many postings: mark them in a bitmap of the timeline (pooled: a new one a query was a large object each).
        int words = (_count + 63) >> 6;
        ulong[] bits = System.Buffers.ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(bits, 0, words);
            for (int k = _start[from]; k < _start[to]; k++)
            {
                int position = _postings[k];
                bits[position >> 6] |= 1UL << position;
            }
            foreach (int c in candidates)
            {
                if ((bits[c >> 6] & 1UL << c) != 0)
                {
                    kept.Add(c);
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(bits);
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
