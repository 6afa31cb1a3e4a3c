using System.Text;
using HistoricalEvents.Serialization;
using HistoricalEvents.Text;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>The JSON Lines reader on any bytes: cards and events, from a stream (sync and async) and a text reader, with a short and the default line limit.</summary>
internal sealed class JsonLinesTarget : FuzzTarget
{
    private static readonly JsonLinesReaderOptions[] OptionSets = [new() { SourceName = "fuzz.jsonl" }, new() { SourceName = "fuzz.jsonl", MaxLineLength = 64 }];

    public override string Name => "jsonlines";

    public override string Description =>
        "HistoricalEventsJsonLines (cards, events; Stream sync and async, TextReader): never throws; errors have positions; sync and async agree";

    public override void Run(byte[] input)
    {
        string text = Utf8(input);
        foreach (JsonLinesReaderOptions options in OptionSets)
        {
            Same(HistoricalEventsJsonLines.ReadCards(new MemoryStream(input), options),
                HistoricalEventsJsonLines.ReadCardsAsync(new MemoryStream(input), options), "cards");
            Same(HistoricalEventsJsonLines.ReadEvents(new MemoryStream(input), options),
                HistoricalEventsJsonLines.ReadEventsAsync(new MemoryStream(input), options), "events");
            foreach (ParseResult<EventCard> result in HistoricalEventsJsonLines.ReadCards(new StringReader(text), options))
            {
                if (!result.Success)
                {
                    FuzzCheck.Error(result.Error, "HistoricalEventsJsonLines.ReadCards(TextReader)");
                }
            }
            foreach (ParseResult<HistoricalEvent> result in HistoricalEventsJsonLines.ReadEvents(new StringReader(text), options))
            {
                if (result.Success)
                {
                    ImportChecks.Event(result.Value, "HistoricalEventsJsonLines.ReadEvents(TextReader)");
                }
                else
                {
                    FuzzCheck.Error(result.Error, "HistoricalEventsJsonLines.ReadEvents(TextReader)");
                }
            }
        }
    }

    private static void Same<T>(IEnumerable<ParseResult<T>> sync, IAsyncEnumerable<ParseResult<T>> async, string what)
    {
        List<ParseResult<T>> a = [.. sync];
        List<ParseResult<T>> b = async.ToBlockingEnumerable().ToList();
        Check(a.Count == b.Count, $"HistoricalEventsJsonLines: sync and async read as many {what}", $"{a.Count} / {b.Count}");
        for (int i = 0; i < a.Count; i++)
        {
            Check(a[i].Success == b[i].Success, $"HistoricalEventsJsonLines: sync and async agree on each of the {what}");
            if (a[i].Success)
            {
                Check(EqualityComparer<T>.Default.Equals(a[i].Value, b[i].Value), $"HistoricalEventsJsonLines: sync and async read equal {what}");
            }
            else
            {
                FuzzCheck.Error(a[i].Error, $"HistoricalEventsJsonLines.Read {what}");
                Check(a[i].Error!.Equals(b[i].Error), $"HistoricalEventsJsonLines: sync and async report the same error", $"{a[i].Error} / {b[i].Error}");
            }
        }
    }
}
