using HistoricalEvents.Places;

namespace HistoricalEvents.Timelines;

public sealed partial class Timeline
{
    /// <summary>
    /// With a historical gazetteer, a bare polity name (<c>Roman Empire</c>) also finds the events at the cities the
    /// polity held (<c>Rome</c>, <c>Palatine Hill, Rome</c>) dated definitely inside the holding: the polity's period
    /// in the city's <see cref="HistoricalPlace.HeldBy"/>, within the polity's lifespan. A place counts as the city
    /// when it is written bare or only inside polities that held the city at some time (<c>Rome, Italy</c>), never
    /// inside anything else (<c>Rome, Georgia, United States</c> is another Rome). Returns the union of the place
    /// postings' <paramref name="runs"/> with those events added, in timeline order without repeats, or
    /// <see langword="null"/> when no held place adds any (the caller then answers the runs lazily).
    /// </summary>
    private int[]? WithHeldPlaces(string text, bool includeEnclosed, List<(int Start, int End)> runs)
    {
        HistoricalGazetteer? historical = Gazetteer.HistoricalNames;
        if (historical is null || !Place.ParsePath(text).TryGetValue(out Place? parsed) || parsed.Parent is not null)
        {
            return null;
        }
        var held = new List<int>();
        foreach (HistoricalPlace polity in historical.FindByName(parsed.Name))
        {
            if (polity.Kind != PlaceKind.Polity)
            {
                continue;
            }
            foreach ((HistoricalPlace city, PlaceHolding holding) in historical.PlacesHeldBy(polity))
            {
                foreach (PlaceName cityName in city.Names)
                {
                    foreach (Place node in Gazetteer.FindByName(cityName.Name))
                    {
                        if (!historical.IsWrittenAsCity(node, city) || !Gazetteer.TryGetId(node.Path, out int id))
                        {
                            continue;
                        }
                        int end = includeEnclosed ? Gazetteer.SubtreeEnd(id) : id + 1;
                        for (int n = id; n < end; n++)
                        {
                            foreach (int position in _places.Range(n, n + 1))
                            {
                                if (HistoricalGazetteer.HeldOn(polity, holding, _events[position].Date) == Certainty.Definitely)
                                {
                                    held.Add(position);
                                }
                            }
                        }
                    }
                }
            }
        }
        if (held.Count == 0)
        {
            return null;
        }
        int[] found = SortedRuns.Union(_places.Items, runs, _events.Length);
        // Both answers in timeline order, without repeats (an event can be both at the polity and at a city it held).
        held.AddRange(found);
        held.Sort();
        var merged = new List<int>(held.Count);
        foreach (int position in held)
        {
            if (merged.Count == 0 || merged[^1] != position)
            {
                merged.Add(position);
            }
        }
        return [.. merged];
    }
}
