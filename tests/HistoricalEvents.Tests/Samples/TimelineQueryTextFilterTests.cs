using HistoricalEvents.Samples.TimelineQuery;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Samples;

/// <summary>
/// TimelineQuery with <c>--text</c> keeps only the events that match while it reads (a batch at a time): its output
/// must equal that of a timeline built from every card, across batches, with equal dates in file order.
/// </summary>
public class TimelineQueryTextFilterTests
{
    // 40,000 cards (several batches), dates repeating so that equal dates span batches; every seventh narrative
    // holds "Łódź", every eleventh title "harbour".
    private static string ManyCards()
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 40_000; i++)
        {
            text.Append(i % 11 == 0 ? $"Harbour works {i}\n" : $"Card {i}\n");
            text.Append($"{1900 + i % 50} · City {i % 13}, Country {i % 3}\n");
            text.Append($"Event {i} happens.\n");
            text.Append(i % 7 == 0 ? $"The people of Łódź remember {i}.\n" : $"Nothing else {i}.\n");
            text.Append("Source: example.org\n\n");
        }
        return text.ToString();
    }

    [Theory]
    [InlineData("--text", "lodz")]
    [InlineData("--text", "harbour lodz")]
    [InlineData("--text", "remember", "--between", "1910", "1920")]
    [InlineData("--text", "lodz", "--place", "Country 1")]
    [InlineData("--text", "lodz", "--near", "1925", "--take", "5")]
    [InlineData("--text", "harbour", "--near", "1930", "--take", "3000")]
    public void Run_TextOnManyCards_SameOutputAsAWholeTimeline(params string[] query)
    {
        string cards = ManyCards();
        var streamed = new StringWriter();
        int code = TimelineQueryApp.Run([.. query, "-"], new StringReader(cards), streamed, new StringWriter());
        Assert.True(TimelineQueryArguments.TryParse([.. query, "-"], out TimelineQueryArguments arguments, out _));
        List<EventCard> all = [.. CardReader.ReadAll(new StringReader(cards), new CardReaderOptions { SourceName = "-" }).Select(r => r.Value)];
        var whole = new StringWriter();

        int written = TimelineQueryApp.Run(arguments, all, whole);

        Assert.Equal(0, code);
        Assert.True(written > 0);
        Assert.Equal(whole.ToString(), streamed.ToString());
    }
}
