using System.Collections;
using HistoricalEvents.Internal;
using NodaTime.Calendars;

namespace HistoricalEvents.Timelines;

/// <summary>
/// Events in chronological order, indexed for queries by date, day of the year, place, period and text. Built once
/// (<see cref="TimelineBuilder"/>, <see cref="FromEvents"/>, <see cref="FromCards"/>), then immutable and safe for any
/// number of concurrent readers.
/// </summary>
/// <remarks>
/// <para>
/// Order: by <see cref="HistoricalDate.CompareTo(HistoricalDate)"/> (earliest bound, then latest bound, then a fixed
/// tie-break), and events with equal dates in the order they were added. So within one year, events dated to a
/// month of it come before the year itself, which comes before its later months.
/// </para>
/// <para>
/// Every query answers a list of <see cref="TimelineMatch"/> in timeline order, which composes with LINQ.
/// Queries on dates say how surely each event matches (see <see cref="Between"/>); the others match definitely.
/// </para>
/// </remarks>
public sealed partial class Timeline : IReadOnlyList<HistoricalEvent>
{
    private readonly HistoricalEvent[] _events;
    private readonly int[] _earliest;
    private readonly int[] _latest;
    private readonly int[] _byLatest;
    private readonly OverlapIndex _overlap;
    private readonly PostingIndex _onThisDay;
    private readonly PostingIndex _places;
    private readonly TextIndex _text;
    private readonly SpatialIndex? _spatial;

    internal Timeline(List<HistoricalEvent> added, PeriodSet periods, Gazetteer.AliasTable aliases,
        Places.HistoricalGazetteer? historical = null)
    {
        Periods = periods;
        int n = added.Count;
        // The text index's first pass reads only the events' texts (which re-created events share) and needs no
        // timeline order: at scale it runs on another core while places are interned and the events sorted.
        bool parallel = n >= ParallelBuildThreshold;
        var tokenizing = new SideWork<TextIndex.Tokens>(() => TextIndex.Tokenize(added), parallel);
        SideWork<TextIndex>? indexing = null;
        try
        {
            // Sort with a struct key that encodes HistoricalDate.CompareTo exactly, then insertion order: sorting
            // touches no event objects, which at a million events scattered in memory is what costs. Dates do not
            // depend on places, so the sort comes first and the text index's second pass can start while places
            // are interned.
            var keys = new SortKey[n];
            var dayKeyByOrder = new int[n];
            for (int i = 0; i < n; i++)
            {
                HistoricalDate date = added[i].Date;
                keys[i] = new SortKey(date.EarliestDay, date.LatestDay, TieKey(date), Pack(date.EndFields), i);
                dayKeyByOrder[i] = date.AnnualDate is { } annual ? DayKey(annual) : -1;
            }
            Array.Sort(keys);
            var positionOf = new int[n];
            for (int i = 0; i < n; i++)
            {
                positionOf[keys[i].Order] = i;
            }
            // The text index's second pass (its postings in timeline order) runs beside the other indexes.
            indexing = new SideWork<TextIndex>(() => TextIndex.Build(tokenizing.Result, positionOf), parallel);

            // Intern the places; events naming other objects for them are re-created with the interned ones.
            var gazetteer = new Gazetteer.Builder(aliases, historical);
            var placeStart = new int[n + 1];
            int placeCount = 0;
            for (int i = 0; i < n; i++)
            {
                placeCount += added[i].Places.Count;
            }
            // Sized up front: at a million events, every grown array would be another large-object allocation.
            var placeIds = new List<int>(placeCount);
            var inserted = new HistoricalEvent[n];
            for (int i = 0; i < n; i++)
            {
                HistoricalEvent e = added[i];
                placeStart[i] = placeIds.Count;
                bool same = true;
                // Indexing, not foreach: an interface enumerator per event is a million allocations.
                IReadOnlyList<Place> places = e.Places;
                for (int k = 0; k < places.Count; k++)
                {
                    Place place = places[k];
                    int id = gazetteer.Intern(place);
                    placeIds.Add(id);
                    // A place with coordinates is kept as the event gave it: the interned node is the path's first
                    // mention, which may have none, and coordinates belong to the mention, not to the path.
                    same &= ReferenceEquals(gazetteer[id], place) || place.Coordinates is not null && gazetteer[id].Equals(place);
                }
                inserted[i] = same ? e : new HistoricalEvent(e.Date, e.Summary, Interned(gazetteer, placeIds, placeStart[i], places), e.Title,
                    e.Narrative, e.Sources, e.Origin);
            }
            placeStart[n] = placeIds.Count;
            Gazetteer = gazetteer.Build(out int[] dfsIds);

            _events = new HistoricalEvent[n];
            _earliest = new int[n];
            _latest = new int[n];
            var dayKeys = new int[n];
            var placeKeys = new int[placeIds.Count];
            var placeItems = new int[placeIds.Count];
            int posted = 0;
            for (int i = 0; i < n; i++)
            {
                int order = keys[i].Order;
                _events[i] = inserted[order];
                _earliest[i] = keys[i].Earliest;
                _latest[i] = keys[i].Latest;
                dayKeys[i] = dayKeyByOrder[order];
                for (int p = placeStart[order]; p < placeStart[order + 1]; p++)
                {
                    placeKeys[posted] = dfsIds[placeIds[p]];
                    placeItems[posted++] = i;
                }
            }
            _overlap = new OverlapIndex(_earliest, _latest);
            _onThisDay = PostingIndex.Build(DayKeyCount, dayKeys, []);
            _places = PostingIndex.Build(Gazetteer.Count, placeKeys, placeItems);
            // Coordinates are read from the events as added (interning keeps one object per path, not per mention), in the
            // order they were added (reading events in timeline order is a cache miss each), then put in timeline order.
            List<(double, double, int)>? located = null;
            for (int k = 0; k < n; k++)
            {
                IReadOnlyList<Place> places = added[k].Places;
                for (int p = 0; p < places.Count; p++)
                {
                    if (places[p].Coordinates is { } c)
                    {
                        (located ??= []).Add((c.Latitude, c.Longitude, positionOf[k]));
                    }
                }
            }
            if (located is not null)
            {
                // The spatial index keeps each cell's entries in the order given: timeline order, and an event's places
                // in turn (a stable sort by position).
                var byPosition = new long[located.Count];
                for (int k = 0; k < byPosition.Length; k++)
                {
                    byPosition[k] = (long)located[k].Item3 << 32 | (uint)k;
                }
                (double, double, int)[] entries = [.. located];
                Array.Sort(byPosition, entries);
                located = [.. entries];
            }
            _spatial = located is null ? null : SpatialIndex.Build(located);
            _byLatest = new int[n];
            for (int i = 0; i < n; i++)
            {
                _byLatest[i] = i;
            }
            Array.Sort((int[])_latest.Clone(), _byLatest);
            _text = indexing.Result;
        }
        catch
        {
            // Let the other core finish reading the events before the builder that owns them can change them.
            tokenizing.Settle();
            indexing?.Settle();
            throw;
        }
    }

    /// <summary>The number of events from which a build uses a second core (below it, a thread costs more than it saves).</summary>
    internal const int ParallelBuildThreshold = 65_536;

    private static Place[] Interned(Gazetteer.Builder gazetteer, List<int> placeIds, int start, IReadOnlyList<Place> given)
    {
        var places = new Place[placeIds.Count - start];
        for (int k = 0; k < places.Length; k++)
        {
            Place node = gazetteer[placeIds[start + k]];
            places[k] = given[k].Coordinates is not { } coordinates ? node
                : node.Equals(given[k]) ? given[k]
                : node.WithCoordinates(coordinates);
        }
        return places;
    }

    private readonly record struct SortKey(int Earliest, int Latest, long Tie, long TieEnd, int Order) : IComparable<SortKey>
    {
        public int CompareTo(SortKey other)
        {
            int c = Earliest.CompareTo(other.Earliest);
            if (c != 0) return c;
            if ((c = Latest.CompareTo(other.Latest)) != 0) return c;
            if ((c = Tie.CompareTo(other.Tie)) != 0) return c;
            if ((c = TieEnd.CompareTo(other.TieEnd)) != 0) return c;
            return Order.CompareTo(other.Order);
        }
    }

    // HistoricalDate.CompareTo breaks ties of equal bounds by its shape (kind and interval ends), then the start's
    // fields, then the end's; these keys pack the same fields, in the same order of significance, into longs.
    private static long TieKey(HistoricalDate date)
    {
        long shape = (long)date.Kind | (long)date.StartEnd << 2 | (long)date.EndEnd << 4;
        return shape << 43 | Pack(date.StartFields);
    }

    // Year - 1 (offset to stay positive, 16 bits), month - 1 (6 bits: season codes reach 41), day - 1 (5),
    // precision (3), calendar (1), qualifiers (2), part (2), flags (8): DateFields.CompareTo's order.
    private static long Pack(in DateFields f) =>
        (long)(f.Year - 1 + 16384) << 27 | (long)(f.Month - 1) << 21 | (long)(f.Day - 1) << 16 |
        (long)f.Precision << 13 | (long)f.Calendar << 12 | (long)f.Qualifiers << 10 | (long)f.Part << 8 | (long)f.Flags;

    private const int DayKeyCount = 13 * 32;

    private static int DayKey(NodaTime.AnnualDate date) => date.Month * 32 + date.Day;

    /// <summary>A timeline with no events, places or periods.</summary>
    public static Timeline Empty { get; } = new TimelineBuilder().Build();

    /// <summary>Builds a timeline of <paramref name="events"/> (see <see cref="TimelineBuilder.Build"/>).</summary>
    public static Timeline FromEvents(IEnumerable<HistoricalEvent> events) => new TimelineBuilder().AddRange(events).Build();

    /// <summary>Builds a timeline of the cards' events: each card's headline and moments (see <see cref="TimelineBuilder.Add(EventCard)"/>).</summary>
    public static Timeline FromCards(IEnumerable<EventCard> cards) => new TimelineBuilder().AddRange(cards).Build();

    /// <summary>The places the events name, interned, with their enclosing chains and aliases.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The named periods added to the timeline.</summary>
    public PeriodSet Periods { get; }

    /// <summary>The number of events.</summary>
    public int Count => _events.Length;

    /// <summary>The event at <paramref name="index"/> in timeline order.</summary>
    /// <exception cref="IndexOutOfRangeException">The index is negative or not less than <see cref="Count"/>.</exception>
    public HistoricalEvent this[int index] => _events[index];

    /// <summary>Enumerates the events in timeline order.</summary>
    public IEnumerator<HistoricalEvent> GetEnumerator() => ((IEnumerable<HistoricalEvent>)_events).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The bytes the timeline holds beyond the events themselves: its arrays and indexes (not the gazetteer's places).</summary>
    internal long IndexBytes =>
        8L * _events.Length + 4L * (_earliest.Length + _latest.Length + _byLatest.Length) + _overlap.Bytes + _onThisDay.Bytes + _places.Bytes + _text.Bytes;

    /// <summary>The bytes of the full-text index alone (part of <see cref="IndexBytes"/>).</summary>
    internal long TextIndexBytes => _text.Bytes;

    // ---- Dates -----------------------------------------------------------------------------------------------

    /// <summary>
    /// The events that fall between the start of <paramref name="from"/> and the end of <paramref name="to"/> (the
    /// window from <c>from</c>'s earliest to <c>to</c>'s latest day, inclusive): <see cref="Certainty.Definitely"/> when
    /// every possible day of the event lies inside, <see cref="Certainty.Possibly"/> when some does. An event dated
    /// <c>1991</c> is possibly, not definitely, between August 1 and August 31, 1991.
    /// </summary>
    /// <param name="from">The first date of the window.</param>
    /// <param name="to">The last date of the window.</param>
    /// <param name="minimum"><see cref="Certainty.Possibly"/> (the default) for both kinds of match, or <see cref="Certainty.Definitely"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> ends before <paramref name="from"/> starts.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is <see cref="Certainty.Not"/> or not a certainty.</exception>
    public IReadOnlyList<TimelineMatch> Between(HistoricalDate from, HistoricalDate to, Certainty minimum = Certainty.Possibly)
    {
        CheckMinimum(minimum);
        Preconditions.CheckArgument(to.LatestDay >= from.EarliestDay, Messages.QueryEndBeforeStart, nameof(to));
        return Window(from.EarliestDay, to.LatestDay, minimum);
    }

    /// <summary>
    /// The events that share a day with <paramref name="date"/>'s bounds, with certainty as in <see cref="Between"/>:
    /// <c>Overlapping(1991)</c> finds events in 1991 definitely, and the 1990s possibly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is <see cref="Certainty.Not"/> or not a certainty.</exception>
    public IReadOnlyList<TimelineMatch> Overlapping(HistoricalDate date, Certainty minimum = Certainty.Possibly)
    {
        CheckMinimum(minimum);
        return Window(date.EarliestDay, date.LatestDay, minimum);
    }

    /// <summary>The events in a year (astronomical: 44 BC is -43), in the calendar the encyclopedic convention gives that year; see <see cref="Overlapping"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year does not lie wholly within -9998-01-01 to 9999-12-31 on the axis: it is outside -9997 to 9999 (year -9998 is Julian by the encyclopedic convention and starts before the axis), or <paramref name="minimum"/> is not Possibly or Definitely.</exception>
    public IReadOnlyList<TimelineMatch> InYear(int year, Certainty minimum = Certainty.Possibly) =>
        Overlapping(HistoricalDate.FromYear(year), minimum);

    /// <summary>
    /// The events in the ten years from <paramref name="firstYear"/> (astronomical: 1920 for the 1920s; -48 for 49–40 BC);
    /// see <see cref="Overlapping"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The decade does not lie wholly within -9998-01-01 to 9999-12-31 on the axis (a decade from -9998 is Julian and starts before it), or <paramref name="minimum"/> is not Possibly or Definitely.</exception>
    public IReadOnlyList<TimelineMatch> InDecade(int firstYear, Certainty minimum = Certainty.Possibly) =>
        Overlapping(HistoricalDate.FromSpan(firstYear, DatePrecision.Decade), minimum);

    /// <summary>
    /// The events in an ordinal century: <c>InCentury(20)</c> is 1901–2000, <c>InCentury(5, Era.BeforeCommon)</c> is
    /// 500–401 BC (as encyclopedias count: there is no year 0); see <see cref="Overlapping"/>.
    /// </summary>
    /// <param name="century">The ordinal, from 1.</param>
    /// <param name="era"><see cref="Era.Common"/> (the default) or <see cref="Era.BeforeCommon"/>.</param>
    /// <param name="minimum">The least certainty to answer.</param>
    /// <exception cref="ArgumentOutOfRangeException">The century is not 1 to 100 or does not lie wholly within -9998-01-01 to 9999-12-31 on the axis, or <paramref name="minimum"/> is not Possibly or Definitely.</exception>
    /// <exception cref="ArgumentException">The era is neither Common nor BeforeCommon.</exception>
    public IReadOnlyList<TimelineMatch> InCentury(int century, Era? era = null, Certainty minimum = Certainty.Possibly)
    {
        Preconditions.CheckArgumentRange(century, 1, 100);
        era ??= Era.Common;
        Preconditions.CheckArgument(era == Era.Common || era == Era.BeforeCommon, Messages.UnsupportedEra(era.Name), nameof(era));
        int firstYear = era == Era.Common ? 100 * (century - 1) + 1 : 1 - 100 * century;
        return Overlapping(HistoricalDate.FromSpan(firstYear, DatePrecision.Century), minimum);
    }

    /// <summary>
    /// The events that end before <paramref name="date"/> starts (<see cref="HistoricalDate.IsBefore"/>, exact):
    /// definitely when every reading of both puts the event first, possibly when some does.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not Possibly or Definitely.</exception>
    public IReadOnlyList<TimelineMatch> Before(HistoricalDate date, Certainty minimum = Certainty.Possibly)
    {
        CheckMinimum(minimum);
        // Nothing can end before the date starts unless it starts before the date's last day.
        int end = OverlapIndex.LowerBound(_earliest, date.LatestDay);
        var matches = new List<TimelineMatch>();
        for (int i = 0; i < end; i++)
        {
            Certainty c = _latest[i] < date.EarliestDay ? Certainty.Definitely : _events[i].Date.IsBefore(date);
            if (c >= minimum)
            {
                matches.Add(new TimelineMatch(_events[i], c, i));
            }
        }
        return matches;
    }

    /// <summary>The events that start after <paramref name="date"/> ends (<see cref="HistoricalDate.IsAfter"/>, exact); the mirror of <see cref="Before"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not Possibly or Definitely.</exception>
    public IReadOnlyList<TimelineMatch> After(HistoricalDate date, Certainty minimum = Certainty.Possibly)
    {
        CheckMinimum(minimum);
        var matches = new List<TimelineMatch>();
        // Events sharing a day with the date's bounds may or may not start after it; those starting later all do.
        foreach (int i in OverlappingPositions(date.EarliestDay, date.LatestDay))
        {
            AddIfAtLeast(matches, i, _events[i].Date.IsAfter(date), minimum);
        }
        for (int i = OverlapIndex.LowerBound(_earliest, date.LatestDay + 1); i < _events.Length; i++)
        {
            matches.Add(new TimelineMatch(_events[i], Certainty.Definitely, i));
        }
        return matches;
    }

    /// <summary>
    /// The <paramref name="count"/> events nearest to <paramref name="date"/>, in timeline order. The distance is the
    /// number of days between the bounds (0 for an event whose bounds share a day with the date's); ties go to the
    /// event earlier in the timeline. Every match is <see cref="Certainty.Definitely"/>: the distance is exact.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IReadOnlyList<TimelineMatch> Nearest(HistoricalDate date, int count)
    {
        Preconditions.CheckArgumentRange(count, 0, int.MaxValue);
        int qs = date.EarliestDay, qe = date.LatestDay;
        List<int> chosen = OverlappingPositions(qs, qe);
        if (chosen.Count > count)
        {
            chosen.RemoveRange(count, chosen.Count - count);
        }
        int needed = count - chosen.Count;
        if (needed > 0)
        {
            // Two streams by growing distance: events starting after the date, and (by latest bound) events ending before it.
            var picked = new List<(int Distance, int Position)>();
            int after = OverlapIndex.LowerBound(_earliest, qe + 1);
            int before = LowerBoundByLatest(qs) - 1;
            int last = -1;
            while (true)
            {
                int da = after < _events.Length ? _earliest[after] - qe : int.MaxValue;
                int db = before >= 0 ? qs - _latest[_byLatest[before]] : int.MaxValue;
                int d = Math.Min(da, db);
                // Stop when no events are left, or enough are picked and the next one is farther than every tie.
                if (d == int.MaxValue || (picked.Count >= needed && d > last))
                {
                    break;
                }
                picked.Add(da <= db ? (da, after++) : (db, _byLatest[before--]));
                last = d;
            }
            picked.Sort();
            for (int k = 0; k < needed && k < picked.Count; k++)
            {
                chosen.Add(picked[k].Position);
            }
            chosen.Sort();
        }
        var matches = new TimelineMatch[chosen.Count];
        for (int k = 0; k < matches.Length; k++)
        {
            matches[k] = new TimelineMatch(_events[chosen[k]], Certainty.Definitely, chosen[k]);
        }
        return matches;
    }

    private int LowerBoundByLatest(int value)
    {
        int lo = 0, hi = _byLatest.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (_latest[_byLatest[mid]] < value)
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

    /// <summary>
    /// The events on a day of the year, matched on the month and day as written, in the date's own calendar (the
    /// Ides of March, 15 March 44 BC Julian, is found on 15 March). Only single dates written to the day match:
    /// a date known only to the month or year, an interval and a pair of alternatives do not.
    /// 29 February finds only events written on 29 February; it is never folded into 28 February or 1 March.
    /// </summary>
    public IReadOnlyList<TimelineMatch> OnThisDay(NodaTime.AnnualDate day) =>
        new DefiniteMatches(_events, _onThisDay.ItemArray, _onThisDay.Start(DayKey(day)), _onThisDay.Start(DayKey(day) + 1) - _onThisDay.Start(DayKey(day)));

    // ---- Places ----------------------------------------------------------------------------------------------

    /// <summary>
    /// The events at a place, by path or alias (<c>Azerbaijan</c>, <c>baku, azerbaijan</c>, <c>USSR</c>), or when no
    /// place has that path, at every place with that name (<c>Baku</c>); ignoring case. With
    /// <paramref name="includeEnclosed"/> (the default) the places inside count too: <c>Azerbaijan</c> finds events in
    /// <c>Baku, Azerbaijan</c>. An unknown place finds nothing. With a historical gazetteer
    /// (<see cref="TimelineBuilder.UseHistoricalGazetteer"/>) a polity's name also finds the events at the cities it
    /// held, dated definitely inside its holding (<c>Roman Empire</c> finds <c>Rome</c> in 100 AD, not in 1900).
    /// </summary>
    public IReadOnlyList<TimelineMatch> AtPlace(string place, bool includeEnclosed = true)
    {
        Preconditions.CheckNotNull(place);
        var runs = new List<(int Start, int End)>();
        foreach (Place p in Gazetteer.Resolve(place))
        {
            AddPlaceRuns(p, includeEnclosed, runs);
        }
        int[]? held = WithHeldPlaces(place, includeEnclosed, runs);
        return held is null ? new RunUnionMatches(_events, _places.ItemArray, [.. runs]) : new DefiniteMatches(_events, held);
    }

    /// <summary>The events at <paramref name="place"/> (and, with <paramref name="includeEnclosed"/>, inside it); see <see cref="AtPlace(string, bool)"/>.</summary>
    public IReadOnlyList<TimelineMatch> AtPlace(Place place, bool includeEnclosed = true)
    {
        Preconditions.CheckNotNull(place);
        var runs = new List<(int Start, int End)>();
        AddPlaceRuns(place, includeEnclosed, runs);
        return new RunUnionMatches(_events, _places.ItemArray, [.. runs]);
    }

    /// <summary>Adds the slices of the place postings that hold the place's events (each slice in timeline order).</summary>
    private void AddPlaceRuns(Place place, bool includeEnclosed, List<(int Start, int End)> runs)
    {
        if (!Gazetteer.TryGetId(place.Path, out int id))
        {
            return;
        }
        // The places inside a place are one run of depth-first ids; each place's postings are in timeline order.
        int end = includeEnclosed ? Gazetteer.SubtreeEnd(id) : id + 1;
        for (int node = id; node < end; node++)
        {
            int from = _places.Start(node), to = _places.Start(node + 1);
            if (to > from)
            {
                runs.Add((from, to));
            }
        }
    }

    // ---- Where ----------------------------------------------------------------------------------------------

    /// <summary>
    /// The events with a place (with <see cref="Place.Coordinates"/>) within <paramref name="kilometres"/> of
    /// <paramref name="center"/>, by great-circle distance on a sphere of the Earth's mean radius (6371.0088 km), in
    /// timeline order. Indexed by a one-degree grid: only nearby cells are visited.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kilometres"/> is negative or not a number.</exception>
    public IReadOnlyList<TimelineMatch> WithinDistance(GeoCoordinate center, double kilometres)
    {
        if (!(kilometres >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(kilometres), kilometres, Messages.DistanceRange);
        }
        return new DefiniteMatches(_events, _spatial?.WithinDistance(center, kilometres) ?? []);
    }

    /// <summary>
    /// The events with a place inside the box from <paramref name="southWest"/> to <paramref name="northEast"/>
    /// (edges included), in timeline order. A box whose west edge is east of its east edge crosses the antimeridian.
    /// </summary>
    /// <exception cref="ArgumentException">The south edge is north of the north edge.</exception>
    public IReadOnlyList<TimelineMatch> WithinBox(GeoCoordinate southWest, GeoCoordinate northEast)
    {
        Preconditions.CheckArgument(southWest.Latitude <= northEast.Latitude, Messages.BoxSouthOfNorth, nameof(southWest));
        return new DefiniteMatches(_events, _spatial?.WithinBox(southWest.Latitude, southWest.Longitude, northEast.Latitude, northEast.Longitude) ?? []);
    }

    // ---- Periods ---------------------------------------------------------------------------------------------

    /// <summary>
    /// The events during <paramref name="period"/>: whose date lies within it (<see cref="HistoricalPeriod.Contains(HistoricalDate)"/>,
    /// exact with the period's fuzzy ends). From the 1920 incorporation to the 1991 independence, an event on
    /// April 28, 1920 is definitely during, one dated 1991 possibly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not Possibly or Definitely.</exception>
    public IReadOnlyList<TimelineMatch> During(HistoricalPeriod period, Certainty minimum = Certainty.Possibly)
    {
        Preconditions.CheckNotNull(period);
        CheckMinimum(minimum);
        var matches = new List<TimelineMatch>();
        foreach (int i in OverlappingPositions(period.Span.EarliestDay, period.Span.LatestDay))
        {
            AddIfAtLeast(matches, i, period.Contains(_events[i].Date), minimum);
        }
        return matches;
    }

    /// <summary>The events during the period with this name or alias in <see cref="Periods"/>; see <see cref="During(HistoricalPeriod, Certainty)"/>.</summary>
    /// <exception cref="KeyNotFoundException">The timeline has no period of that name.</exception>
    public IReadOnlyList<TimelineMatch> During(string periodName, Certainty minimum = Certainty.Possibly) =>
        During(Periods[periodName], minimum);

    /// <summary>
    /// The events whose date stands in Allen's <paramref name="relation"/> to <paramref name="period"/>
    /// (<c>event relation period</c>; the event read naturally, the period as a span), exact, with certainty:
    /// <c>Relating(ww2, AllenRelation.Before)</c> finds what happened before the war, with a gap.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not one of the thirteen relations, or <paramref name="minimum"/> is not Possibly or Definitely.</exception>
    public IReadOnlyList<TimelineMatch> Relating(HistoricalPeriod period, AllenRelation relation, Certainty minimum = Certainty.Possibly)
    {
        Preconditions.CheckNotNull(period);
        CheckRelation(relation);
        CheckMinimum(minimum);
        HistoricalDate span = period.Span;
        var matches = new List<TimelineMatch>();
        void Check(int i) =>
            AddIfAtLeast(matches, i, _events[i].Date.Relate(span, relation, _events[i].Date.NaturalReading, DateReading.Span), minimum);
        if (relation is AllenRelation.Before or AllenRelation.Meets)
        {
            // The event must start before the period's last day.
            int end = OverlapIndex.LowerBound(_earliest, span.LatestDay);
            for (int i = 0; i < end; i++)
            {
                Check(i);
            }
            return matches;
        }
        // Every other relation needs the bounds to share a day, except after and met-by, which may also start later.
        foreach (int i in OverlappingPositions(span.EarliestDay, span.LatestDay))
        {
            Check(i);
        }
        if (relation is AllenRelation.After or AllenRelation.MetBy)
        {
            for (int i = OverlapIndex.LowerBound(_earliest, span.LatestDay + 1); i < _events.Length; i++)
            {
                Check(i);
            }
        }
        return matches;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a value that is not one of Allen's thirteen relations.</summary>
    internal static void CheckRelation(AllenRelation relation, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(relation))] string? paramName = null)
    {
        if (!Enum.IsDefined(relation))
        {
            throw new ArgumentOutOfRangeException(paramName, relation, Messages.UnknownAllenRelation);
        }
    }

    // ---- Text and grouping -----------------------------------------------------------------------------------

    /// <summary>
    /// The events whose title, summary or narrative holds every word of <paramref name="words"/> as the start of one
    /// of its words, ignoring case and diacritics: <c>soviet independ</c> finds "Azerbaijan declares its independence
    /// from the Soviet Union", and <c>lodz</c> finds "Łódź". Words are runs of letters and digits. The timeline keeps
    /// a full-text index, so a query costs the postings of its words, not a read of every event (see <c>docs/timeline.md</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The text has no letter or digit.</exception>
    public IReadOnlyList<TimelineMatch> Search(string words)
    {
        Preconditions.CheckNotNull(words);
        int[]? positions = _text.Search(words);
        Preconditions.CheckArgument(positions is not null, Messages.SearchNeedsWords, nameof(words));
        return new DefiniteMatches(_events, positions);
    }

    /// <summary>
    /// Counts the events per year, decade or century, for histograms: the non-empty groups in order. An event counts
    /// once, in the group of its year as written (<see cref="HistoricalDate.Year"/>: the start of an interval, the first
    /// year of a decade or century; the end for an interval with an open start), so a war of 1914–1918 counts in 1914.
    /// Decades are astronomical (floor of year / 10: 1920–1929, and -50 to -41 for 51–42 BC); centuries and
    /// millennia are ordinal as encyclopedias count them (1901–2000, 100–1 BC; 1001–2000, 10,000–9001 BC). Dates of
    /// prehistory (<c>c. 10,000 BC</c>) are grouped like any other.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The precision is not year, decade, century or millennium.</exception>
    public IReadOnlyList<TimelineGroup> GroupBy(DatePrecision precision)
    {
        if (precision is not (DatePrecision.Year or DatePrecision.Decade or DatePrecision.Century or DatePrecision.Millennium))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, Messages.GroupingPrecision);
        }
        var counts = new Dictionary<int, int>();
        foreach (HistoricalEvent e in _events)
        {
            int first = GroupStart(e.Date.Year, precision);
            counts[first] = counts.GetValueOrDefault(first) + 1;
        }
        int length = precision switch { DatePrecision.Year => 1, DatePrecision.Decade => 10, DatePrecision.Century => 100, _ => 1000 };
        var groups = new TimelineGroup[counts.Count];
        int k = 0;
        foreach (KeyValuePair<int, int> entry in counts)
        {
            groups[k++] = new TimelineGroup(entry.Key, entry.Key + length - 1, entry.Value);
        }
        Array.Sort(groups, (a, b) => a.FirstYear.CompareTo(b.FirstYear));
        return groups;
    }

    /// <summary>The first year of the group of <paramref name="year"/> (astronomical) at a precision; see <see cref="GroupBy"/>.</summary>
    internal static int GroupStart(int year, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => year,
        DatePrecision.Decade => (int)Math.Floor(year / 10.0) * 10,
        // Ordinal centuries and millennia start at year 1 (AD) and end at 1 BC (astronomical 0): shift by one so
        // they divide evenly.
        DatePrecision.Century => (int)Math.Floor((year - 1) / 100.0) * 100 + 1,
        _ => (int)Math.Floor((year - 1) / 1000.0) * 1000 + 1,
    };

    // ---- Shared ----------------------------------------------------------------------------------------------

    internal static void CheckMinimum(Certainty minimum) =>
        Preconditions.CheckArgumentRange((int)minimum, (int)Certainty.Possibly, (int)Certainty.Definitely, nameof(minimum));

    private List<int> OverlappingPositions(int start, int end)
    {
        var positions = new List<int>();
        _overlap.Overlapping(start, end, positions);
        positions.Sort();
        return positions;
    }

    private IReadOnlyList<TimelineMatch> Window(int start, int end, Certainty minimum)
    {
        List<int> positions = OverlappingPositions(start, end);
        var matches = new List<TimelineMatch>(positions.Count);
        foreach (int i in positions)
        {
            Certainty c = _earliest[i] >= start && _latest[i] <= end ? Certainty.Definitely : Certainty.Possibly;
            if (c == Certainty.Possibly && _events[i].Date.Kind == HistoricalDateKind.OneOf)
            {
                // "1964 or 2008" has bounds that meet 1990, but neither alternative does.
                HistoricalDate date = _events[i].Date;
                Certainty first = InWindow(date.Start, start, end), second = InWindow(date.End, start, end);
                c = first == second ? first : Certainty.Possibly;
            }
            AddIfAtLeast(matches, i, c, minimum);
        }
        return matches;
    }

    private static Certainty InWindow(HistoricalDate date, int start, int end) =>
        date.LatestDay < start || date.EarliestDay > end ? Certainty.Not
        : date.EarliestDay >= start && date.LatestDay <= end ? Certainty.Definitely
        : Certainty.Possibly;

    private void AddIfAtLeast(List<TimelineMatch> matches, int i, Certainty certainty, Certainty minimum)
    {
        if (certainty >= minimum)
        {
            matches.Add(new TimelineMatch(_events[i], certainty, i));
        }
    }
}
