using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Places;

/// <summary>What <see cref="CardChecker"/> checks against. Immutable.</summary>
public sealed class CardCheckOptions
{

    /// <summary>The gazetteer whose lifespans and names are checked; by default <see cref="HistoricalGazetteer.Default"/>.</summary>
    public HistoricalGazetteer? Gazetteer { get; init; }

    /// <summary>Today, for the future-date check; <see langword="null"/> (the default) reads the system clock (UTC) at each check.</summary>
    public LocalDate? Today { get; init; }

    /// <summary>
    /// The lines of the text the card was read from (the first line first), so that places get their exact column;
    /// without them, columns are worked out from the card's canonical layout.
    /// </summary>
    public IReadOnlyList<string>? SourceLines { get; init; }

    /// <summary>
    /// The calendar each region used, by place name (ignoring case), for the O.S. check. By default every named region
    /// of <see cref="CalendarPolicy.Named"/> (17 switch days: <c>Great Britain</c> from 14 September 1752,
    /// <c>Russia</c> from 14 February 1918, <c>France</c>, <c>Sweden</c>, <c>Greece</c>…), under its name and with the
    /// hyphens read as spaces (<c>great-britain</c>, <c>Great Britain</c>), and the polities that used that region's
    /// calendar under their own names (<c>Kingdom of England</c>, <c>Russian Empire</c>, …; see
    /// <see cref="RegionPlaceNames"/>). The switch days therefore come from one place, the named policies.
    /// </summary>
    public IReadOnlyDictionary<string, CalendarPolicy> RegionalCalendars { get; init; } = DefaultRegionalCalendars;

    /// <summary>
    /// The place names, besides a region's own name, that the default <see cref="RegionalCalendars"/> give a named
    /// region's calendar: polities of the shipped gazetteer that used it (<c>russia</c>: <c>Russian Empire</c>,
    /// <c>Tsardom of Russia</c>, …). Keyed by the region's name in <see cref="CalendarPolicy.Named"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RegionPlaceNames { get; } =
        new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["great-britain"] = ["Kingdom of Great Britain", "United Kingdom", "Kingdom of England", "Wales", "Kingdom of Ireland",
                "Kingdom of Scotland", "British America", "Thirteen Colonies"],
            ["russia"] = ["Russian Empire", "Tsardom of Russia", "Russian SFSR", "Soviet Russia"],
            ["turkey"] = ["Republic of Turkey", "Türkiye"],
        }.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<string>)Array.AsReadOnly(p.Value), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, CalendarPolicy> DefaultRegionalCalendars = BuildDefaultRegionalCalendars();

    // Declared after DefaultRegionalCalendars: static fields are initialised in the order they are written, and the
    // default options read that map when they are made.
    /// <summary>The options by default: the shipped gazetteer, today from the system clock, and the regional calendars below.</summary>
    public static CardCheckOptions Default { get; } = new();

    private static Dictionary<string, CalendarPolicy> BuildDefaultRegionalCalendars()
    {
        var map = new Dictionary<string, CalendarPolicy>(StringComparer.OrdinalIgnoreCase);
        foreach ((string region, CalendarPolicy policy) in CalendarPolicy.Named)
        {
            // Not regions: the encyclopedic convention and the two proleptic calendars.
            if (region is "encyclopedic" or "gregorian" or "julian" || policy.FirstGregorianDay is null)
            {
                continue;
            }
            // "great-britain" is also "Great Britain", as a place path writes it.
            string[] words = region.Split('-');
            map[string.Join(' ', Array.ConvertAll(words, w => char.ToUpperInvariant(w[0]) + w[1..]))] = policy;
            map.TryAdd(region, policy);
        }
        foreach ((string region, IReadOnlyList<string> names) in RegionPlaceNames)
        {
            foreach (string name in names)
            {
                map[name] = CalendarPolicy.Named[region];
            }
        }
        return map;
    }
}

/// <summary>
/// Checks event cards as a historian would: places named at dates when they did not exist or were called
/// otherwise, moments outside their card's span, dates in the future, and O.S. dates where the Julian calendar was no
/// longer used. Warnings are data (<see cref="CardWarning"/>), never exceptions. Thread-safe.
/// </summary>
/// <remarks>
/// A card with nothing to warn about costs no allocation: the place names are looked up as they are, positions are
/// worked out only for a warning, and the list of warnings is made at the first one (CardsToJson checks every card).
/// </remarks>
public static class CardChecker
{
    // Up to this many names in one event's places are told apart by comparing each with the ones before it; more
    // (a hostile card with hundreds of places) go through a hash set, so the check stays linear.
    private const int LinearSeenLimit = 16;

    /// <summary>Checks a card with <see cref="CardCheckOptions.Default"/>.</summary>
    public static IReadOnlyList<CardWarning> Check(EventCard card) => Check(card, CardCheckOptions.Default);

    /// <summary>Checks a card; warnings come in line order, then column order.</summary>
    public static IReadOnlyList<CardWarning> Check(EventCard card, CardCheckOptions options)
    {
        Preconditions.CheckNotNull(card);
        Preconditions.CheckNotNull(options);
        HistoricalGazetteer gazetteer = options.Gazetteer ?? HistoricalGazetteer.Default;
        LocalDate today = options.Today ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        // Dates are compared on the library's day axis, not as LocalDates: a bound such as 10,000 BC has no LocalDate
        // (reading HistoricalDate.Earliest throws for it), and a Julian "today" could not be compared with an ISO one.
        int todayDay = HistoricalDate.FromLocalDate(today).EarliestDay;
        List<CardWarning>? warnings = null;
        HistoricalEvent headline = card.Headline;
        CheckEvent(card, headline, isHeadline: true, gazetteer, today, todayDay, options, ref warnings);
        IReadOnlyList<HistoricalEvent> moments = card.Moments;
        for (int i = 0; i < moments.Count; i++)
        {
            HistoricalEvent moment = moments[i];
            CheckEvent(card, moment, isHeadline: false, gazetteer, today, todayDay, options, ref warnings);
            if (headline.Date.Kind == HistoricalDateKind.Interval)
            {
                // Against the span's outer bounds: a card dated 1914–1918 holds every day of 1914 to 1918 as written,
                // so June 28, 1914 is inside it even though the span's own start day is not known.
                HistoricalDate m = moment.Date, span = headline.Date;
                bool outside = m.LatestDay < span.EarliestDay || m.EarliestDay > span.LatestDay;
                bool straddles = !outside && (m.EarliestDay < span.EarliestDay || m.LatestDay > span.LatestDay);
                if (outside || straddles)
                {
                    (warnings ??= []).Add(new CardWarning(CardWarningCodes.MomentOutsideCard,
                        $"this moment is dated {m}, outside its card's span {span}",
                        DatePosition(card, moment), outside ? Certainty.Definitely : Certainty.Possibly, card.File));
                }
            }
        }
        if (warnings is null)
        {
            return [];
        }
        warnings.Sort(static (a, b) => a.Position.Line != b.Position.Line ? a.Position.Line.CompareTo(b.Position.Line) : a.Position.Column.CompareTo(b.Position.Column));
        return warnings;
    }

    private static void CheckEvent(EventCard card, HistoricalEvent e, bool isHeadline, HistoricalGazetteer gazetteer, LocalDate today,
        int todayDay, CardCheckOptions options, ref List<CardWarning>? warnings)
    {
        HistoricalDate date = e.Date;
        if (date.EarliestDay > todayDay)
        {
            (warnings ??= []).Add(new CardWarning(CardWarningCodes.FutureDate, $"this date, {date}, is after today ({HistoricalDate.FromLocalDate(today)})",
                DatePosition(card, e), Certainty.Definitely, card.File));
        }
        IReadOnlyList<Place> places = e.Places;
        if (places.Count == 0)
        {
            return;
        }
        bool oldStyle = IsMarkedOldStyle(date);
        // Each name is checked once per event, at its first mention (ignoring case).
        HashSet<string>? seen = CountNames(places) > LinearSeenLimit ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null;
        TextPosition[]? positions = null;
        for (int k = 0; k < places.Count; k++)
        {
            Place place = places[k];
            for (Place? p = place; p is not null; p = p.Parent)
            {
                if (seen is not null ? !seen.Add(p.Name) : NamedBefore(places, k, p))
                {
                    continue;
                }
                if (CheckName(p.Name, date, gazetteer) is { } finding)
                {
                    // The column of this name inside the path as written: names are written most specific first.
                    positions ??= PlacePositions(card, e, isHeadline, options.SourceLines);
                    (warnings ??= []).Add(new CardWarning(finding.Code, finding.Message, NamePosition(positions[k], place, p), finding.Certainty, card.File));
                }
                if (oldStyle && options.RegionalCalendars.TryGetValue(p.Name, out CalendarPolicy? policy)
                    && policy.FirstGregorianDay is { } switchDay && date.EarliestDay >= HistoricalDate.FromLocalDate(switchDay).EarliestDay)
                {
                    (warnings ??= []).Add(new CardWarning(CardWarningCodes.CalendarMark,
                        $"{date} is marked O.S. (Julian), but {p.Name} used the Gregorian calendar from {HistoricalDate.FromLocalDate(switchDay)}",
                        DatePosition(card, e), Certainty.Definitely, card.File));
                }
            }
        }
    }

    // How many names the event's place paths hold, counting repeats.
    private static int CountNames(IReadOnlyList<Place> places)
    {
        int count = 0;
        for (int k = 0; k < places.Count && count <= LinearSeenLimit; k++)
        {
            count += places[k].Depth + 1;
        }
        return count;
    }

    // Whether `name`'s name (ignoring case) came earlier in the event: in an earlier place's path, or more specific in its own.
    private static bool NamedBefore(IReadOnlyList<Place> places, int k, Place name)
    {
        for (int j = 0; j <= k; j++)
        {
            for (Place? q = places[j]; q is not null; q = q.Parent)
            {
                if (j == k && ReferenceEquals(q, name))
                {
                    return false;
                }
                if (string.Equals(q.Name, name.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsMarkedOldStyle(HistoricalDate date) =>
        !date.IsDualDated && date.Text is { } text && text.Contains("O.S.", StringComparison.OrdinalIgnoreCase);

    /// <summary>A warning about a place name, before its position is known.</summary>
    private readonly record struct NameFinding(string Code, string Message, Certainty Certainty);

    private static NameFinding? CheckName(string name, HistoricalDate date, HistoricalGazetteer gazetteer)
    {
        IReadOnlyList<HistoricalPlace> candidates = gazetteer.FindByName(name);
        if (candidates.Count == 0)
        {
            return null;
        }
        HistoricalPlace? existing = null;
        Certainty bestName = Certainty.Not, bestExists = Certainty.Not;
        HistoricalPlace best = candidates[0];
        for (int i = 0; i < candidates.Count; i++)
        {
            HistoricalPlace candidate = candidates[i];
            Certainty used = candidate.NameUsedOn(name, date);
            if (used == Certainty.Definitely)
            {
                return null;
            }
            Certainty exists = candidate.ExistedOn(date);
            if (exists == Certainty.Definitely)
            {
                existing ??= candidate;
            }
            if (used > bestName || (used == bestName && exists > bestExists))
            {
                (best, bestName, bestExists) = (candidate, used, exists);
            }
        }
        if (existing is not null)
        {
            // The place was there, under another name.
            return new NameFinding(CardWarningCodes.NameNotInUse, NameNotInUseMessage(existing, name, date),
                bestName == Certainty.Not ? Certainty.Definitely : Certainty.Possibly);
        }
        return new NameFinding(CardWarningCodes.PlaceDidNotExist,
            string.Concat(LifespanText.GetValue(best, static place => $"{WithArticle(place)} existed {Period(place.Inception, place.Dissolution)}; this event is dated "), date.ToString()),
            bestExists == Certainty.Not ? Certainty.Definitely : Certainty.Possibly);
    }

    // Its own method: the lambdas capture the name and the date, and C# makes their closure where the captured
    // parameters are declared, so in CheckName it would be allocated for every name, warning or not.
    private static string NameNotInUseMessage(HistoricalPlace existing, string name, HistoricalDate date)
    {
        PlaceName[] periods = [.. existing.Names.Where(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase))];
        string[] ofTheTime = [.. existing.Names.Where(n => n.WasUsedOn(date) == Certainty.Definitely && !string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(n => n.Name).Distinct(StringComparer.OrdinalIgnoreCase)];
        string used = string.Join(" and ", periods.Select(n => Period(n.From, n.To)));
        string suggestion = ofTheTime.Length == 0 ? "" : $"; it was called {string.Join(" or ", ofTheTime)} then";
        return $"the name {name} was used {used}; this event is dated {date}{suggestion}";
    }

    // "the Soviet Union existed from December 30, 1922 to December 26, 1991; this event is dated ", made once per place
    // (a large card file names the same few places again and again). Held weakly: a gazetteer can be let go.
    private static readonly ConditionalWeakTable<HistoricalPlace, string> LifespanText = new();

    private static string Period(HistoricalDate? from, HistoricalDate? to) => (from, to) switch
    {
        ({ } f, { } t) => $"from {f} to {t}",
        ({ } f, null) => $"from {f}",
        (null, { } t) => $"until {t}",
        _ => "at no known time",
    };

    // "the Soviet Union", "the Ottoman Empire", but "Carthage", "East Germany".
    private static readonly string[] ArticleWords =
    [
        "Union", "Empire", "Kingdom", "Republic", "States", "Caliphate", "Confederation", "Confederacy", "Sultanate", "Khanate",
        "Emirate", "Duchy", "Principality", "Commonwealth", "Federation", "Raj", "dynasty", "shogunate", "Horde", "SSR", "SFSR",
        "Tsardom", "Electorate", "Margraviate", "County", "Lordship", "Crown", "Dominion", "rule", "Ilkhanate", "Netherlands",
    ];

    private static string WithArticle(HistoricalPlace place)
    {
        if (place.Kind != PlaceKind.Polity)
        {
            return place.Name;
        }
        foreach (Range word in place.Name.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> w = place.Name.AsSpan(word).TrimEnd(',');
            foreach (string article in ArticleWords)
            {
                if (w.SequenceEqual(article))
                {
                    return "the " + place.Name;
                }
            }
        }
        return place.Name;
    }

    private static TextPosition DatePosition(EventCard card, HistoricalEvent e) => e.Origin?.Position ?? card.Position;

    // Where each place of the event starts: on the headline line after " · ", or on the moment's places line (two
    // lines below its date line). With the source lines, the place text is found in the line as written.
    private static TextPosition[] PlacePositions(EventCard card, HistoricalEvent e, bool isHeadline, IReadOnlyList<string>? lines)
    {
        var positions = new TextPosition[e.Places.Count];
        TextPosition origin = DatePosition(card, e);
        long line = isHeadline ? origin.Line : origin.Line + 2;
        string? text = lines is not null && line >= 1 && line <= lines.Count ? lines[(int)(line - 1)] : null;
        int column;
        if (isHeadline)
        {
            int dot = text?.IndexOf(" \u00b7 ", StringComparison.Ordinal) ?? -1;
            column = dot >= 0 ? dot + 3 : (e.Date.Text?.Length ?? e.Date.ToString().Length) + 3;
        }
        else
        {
            column = 0;
        }
        for (int k = 0; k < positions.Length; k++)
        {
            string written = e.Places[k].Text;
            int found = text?.IndexOf(written, column, StringComparison.Ordinal) ?? -1;
            if (found >= 0)
            {
                column = found;
            }
            positions[k] = new TextPosition(line, column + 1);
            column += written.Length + 3;
        }
        return positions;
    }

    // The column of `name` (the place itself or one enclosing it) inside `place`'s path as written.
    private static TextPosition NamePosition(TextPosition start, Place place, Place name)
    {
        int offset = 0;
        for (Place? p = place; p is not null && !ReferenceEquals(p, name); p = p.Parent)
        {
            offset += p.Name.Length + Place.PathSeparator.Length;
        }
        return new TextPosition(start.Line, start.Column + offset);
    }
}
