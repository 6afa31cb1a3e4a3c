using System.Globalization;
using HistoricalEvents.Timelines;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>The full-text index behind <see cref="TimelineT.Search"/>: folding, prefixes, fields, and agreement with a scan.</summary>
public class TextIndexTests
{
    private static readonly TimelineT Small = TimelineT.FromEvents(
    [
        new HistoricalEvent(HistoricalDate.Parse("1945"), "The Red Army takes Łódź.", [], "Liberation of Łódź"),
        new HistoricalEvent(HistoricalDate.Parse("1554"), "São Paulo is founded by Jesuits.", [], null),
        new HistoricalEvent(HistoricalDate.Parse("1257"), "Kraków receives town rights.", [], null, ["The charter follows Magdeburg law.", "Tromsø is far away."]),
        new HistoricalEvent(HistoricalDate.Parse("1900"), "Cafe\u0301 society in Paris.", [], null),
        new HistoricalEvent(HistoricalDate.Parse("1991"), "Azerbaijan’s independence.", [], "Independence Day"),
    ]);

    [Theory]
    [InlineData("lodz", new[] { 1945 })]
    [InlineData("ŁÓDŹ", new[] { 1945 })]
    [InlineData("liberation lod", new[] { 1945 })]
    [InlineData("sao paulo", new[] { 1554 })]
    [InlineData("SÃO", new[] { 1554 })]
    [InlineData("krakow", new[] { 1257 })]
    [InlineData("Kraków charter", new[] { 1257 })]
    [InlineData("magdeburg", new[] { 1257 })]
    [InlineData("tromso", new[] { 1257 })]
    [InlineData("café", new[] { 1900 })]
    [InlineData("cafe", new[] { 1900 })]
    [InlineData("independ", new[] { 1991 })]
    [InlineData("azerbaijan s", new[] { 1991 })]
    [InlineData("the", new[] { 1257, 1945 })]
    [InlineData("ndependence", new int[0])]
    [InlineData("paris kraków", new int[0])]
    [InlineData("zzz", new int[0])]
    public void Search_FoldedPrefixes_FindTitlesSummariesAndNarrative(string query, int[] years) =>
        Assert.Equal(years, Small.Search(query).Select(m => m.Event.Date.Year));

    [Theory]
    [InlineData("")]
    [InlineData(" … ")]
    [InlineData("\u0301")]
    public void Search_NoWord_Throws(string query) => Assert.Throws<ArgumentException>(() => Small.Search(query));

    [Fact]
    public void Search_Positions_AreTimelineIndexes()
    {
        foreach (TimelineMatch match in Small.Search("the"))
        {
            Assert.Same(Small[match.Index], match.Event);
            Assert.Equal(Certainty.Definitely, match.Certainty);
        }
    }

    private static readonly string[] Words =
        ["war", "warrior", "Wärme", "peace", "PEACE", "Łódź", "lodz", "été", "ete", "ÉTÉ", "kraków", "krakow", "a", "ab", "abc", "b", "1991", "19", "São"];

    private static readonly CompareInfo Invariant = CultureInfo.InvariantCulture.CompareInfo;

    // The oracle: a word matches a query word when, ignoring case and combining marks, it starts with it.
    private static bool WordStarts(string word, string term) =>
        Invariant.IsPrefix(Fold(word), Fold(term), CompareOptions.Ordinal);

    // Written out for the letters of Words (the tests run with invariant globalization, where Normalize does not decompose).
    private static string Fold(string s) => new([.. s.ToLowerInvariant().Select(c => c switch
    {
        'ä' or 'ã' => 'a',
        'é' => 'e',
        'ó' => 'o',
        'ł' => 'l',
        'ź' => 'z',
        _ => c,
    })]);

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory, MemberData(nameof(Seeds))]
    public void Search_RandomEventsAndQueries_AgreesWithAScan(int seed)
    {
        var random = new Random(seed);
        string Text(int max) => string.Join(random.Next(2) == 0 ? " " : ", ", Enumerable.Range(0, random.Next(max)).Select(_ => Words[random.Next(Words.Length)]));
        var events = new List<HistoricalEvent>();
        for (int i = 0; i < 400; i++)
        {
            string summary = "E" + Text(5);
            string? title = random.Next(2) == 0 ? null : "T " + Text(3);
            string[] narrative = [.. Enumerable.Range(0, random.Next(3)).Select(_ => "N " + Text(6))];
            events.Add(new HistoricalEvent(HistoricalDate.FromYear(random.Next(1, 2000)), summary, [], title, narrative));
        }
        TimelineT timeline = TimelineT.FromEvents(events);
        for (int q = 0; q < 60; q++)
        {
            string[] terms = [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Words[random.Next(Words.Length)])];
            string query = string.Join(' ', terms);
            bool Matches(HistoricalEvent e)
            {
                string all = string.Join(' ', new[] { e.Title ?? "", e.Summary }.Concat(e.Narrative));
                string[] words = all.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
                return terms.All(t => words.Any(w => WordStarts(w, t)));
            }
            int[] expected = [.. Enumerable.Range(0, timeline.Count).Where(i => Matches(timeline[i]))];
            Assert.True(expected.SequenceEqual(timeline.Search(query).Select(m => m.Index)), $"seed {seed}, query \"{query}\"");
        }
    }

    [Fact]
    public void Search_CommonPrefixOverManyEvents_UnionsEveryWord()
    {
        // Enough events that a short prefix takes the bitmap path, and a second word the per-candidate path.
        var events = new List<HistoricalEvent>();
        for (int i = 0; i < 5000; i++)
        {
            events.Add(new HistoricalEvent(HistoricalDate.FromYear(1 + i % 1999), $"word{i % 97} other{i % 13} rare{i % 1000}", []));
        }
        TimelineT timeline = TimelineT.FromEvents(events);
        Assert.Equal(5000, timeline.Search("word").Count);
        int Expected(params string[] terms) =>
            events.Count(e => terms.All(t => e.Summary.Split(' ').Any(w => w.StartsWith(t, StringComparison.Ordinal))));
        Assert.Equal(Expected("word", "other3"), timeline.Search("WORD other3").Count);
        Assert.Equal(Expected("rare7", "word1"), timeline.Search("rare7 word1").Count);
        Assert.Equal(Expected("rare7"), timeline.Search("rare7").Count);
        Assert.Equal(Expected("rare71", "other1"), timeline.Search("other1 rare71").Count);
    }
}
