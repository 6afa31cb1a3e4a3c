using HistoricalEvents.Timelines;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>
/// Prefixes that start many words, each in few events: the index merges the words' postings (sorted rows), and the
/// answer must equal a scan, every event once, in timeline order.
/// </summary>
public class TextIndexPrefixTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4];

    [Theory, MemberData(nameof(Seeds))]
    public void Search_PrefixOfManyRareWords_EqualsAScan(int seed)
    {
        var random = new Random(seed);
        var events = new List<HistoricalEvent>();
        for (int i = 0; i < 6000; i++)
        {
            // One to three words from 10,000; an event may hold two words of one prefix (it must be found once).
            string text = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => "w" + random.Next(10_000)));
            events.Add(new HistoricalEvent(HistoricalDate.FromYear(random.Next(1, 2000)), text + ".", [],
                random.Next(4) == 0 ? "T" + random.Next(10_000) : null));
        }
        TimelineT timeline = TimelineT.FromEvents(events);

        foreach (string query in (string[])["w12", "w1", "w99", "t4", "w5 w6", "w1 t1"])
        {
            string[] terms = query.Split(' ');
            int[] expected = [.. Enumerable.Range(0, timeline.Count).Where(i => terms.All(t => Holds(timeline[i], t)))];

            int[] actual = [.. timeline.Search(query).Select(m => m.Index)];

            Assert.Equal(expected, actual);
        }
    }

    private static bool Holds(HistoricalEvent e, string term) =>
        (e.Title + " " + e.Summary).Split(' ', '.').Any(w => w.StartsWith(term, StringComparison.OrdinalIgnoreCase));
}
