using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Samples.TimelineQuery;

/// <summary>
/// The TimelineQuery command, callable from tests with its own standard streams: reads card files, builds a
/// timeline, and writes each match as one JSON object per line, in timeline order.
/// </summary>
public static class TimelineQueryApp
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Keep "Azerbaijan’s" readable: the output is UTF-8, not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Runs the command; returns 0 on success, 1 when some cards could not be read, 2 on bad arguments or a missing file.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!TimelineQueryArguments.TryParse(args, out TimelineQueryArguments arguments, out string error))
        {
            stderr.WriteLine($"TimelineQuery: {error}");
            stderr.WriteLine(TimelineQueryArguments.Usage);
            return 2;
        }
        foreach (string file in arguments.Files)
        {
            if (file != "-" && !File.Exists(file))
            {
                stderr.WriteLine(Directory.Exists(file) ? $"TimelineQuery: {file}: is a directory, not a card file." : $"TimelineQuery: {file}: no such file.");
                return 2;
            }
        }
        // The timeline is built from the stream: each card's events are added as read, keeping only what the output
        // and the filters need (no sources; places only for --place; the narrative only for --text), so a 1 GB card
        // file is not held in memory as cards.
        var builder = new TimelineBuilder();
        bool keepPlaces = arguments.Place is not null;
        bool keepNarrative = arguments.Text is not null;
        // With --text, events are searched as they are read, a batch at a time, and kept without their narrative:
        // whether an event holds the words depends on that event alone. Only the matches are kept, unless --near is
        // given: the nearest events depend on every event, so then every event is kept and the matches are remembered.
        TextFilter? textFilter = arguments.Text is { } words ? new TextFilter(words, builder, keepAll: arguments.Near is not null) : null;
        bool failed = false;
        try
        {
            foreach (string file in arguments.Files)
            {
                // "-" reads the cards from standard input.
                IEnumerable<ParseResult<EventCard>> results = file == "-"
                    ? CardReader.ReadAll(stdin ?? TextReader.Null, new CardReaderOptions { SourceName = "-" })
                    : CardReader.ReadFile(file);
                foreach (ParseResult<EventCard> result in results)
                {
                    if (result.TryGetValue(out EventCard? card))
                    {
                        if (textFilter is not null)
                        {
                            AddNeeded(textFilter.Batch, card, keepPlaces, keepNarrative);
                            textFilter.FlushIfFull();
                        }
                        else
                        {
                            AddNeeded(builder, card, keepPlaces, keepNarrative);
                        }
                    }
                    else
                    {
                        // A bad card is reported with its position; the other cards are still queried.
                        stderr.WriteLine($"TimelineQuery: {result.Error!.WithSource(result.Error.Source ?? file)}");
                        failed = true;
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"TimelineQuery: {e.Message}");
            return 2;
        }
        textFilter?.Flush();
        IReadOnlyList<TimelineMatch> matches = Query(builder.Build(), arguments, textApplied: textFilter is not null, textFilter?.Matched);
        Write(matches, stdout);
        return failed ? 1 : 0;
    }

    /// <summary>
    /// Collects events in batches, searches each batch for the words (a timeline of the batch, the same search as the
    /// whole timeline's), and adds the matching events, without their narrative, to the builder: memory holds one
    /// batch's narratives, not the file's. With <paramref name="keepAll"/> (for --near), every event is added without
    /// its narrative and the ones that matched are remembered in <see cref="Matched"/>.
    /// </summary>
    private sealed class TextFilter(string words, TimelineBuilder matching, bool keepAll)
    {
        private const int BatchSize = 16_384;

        public TimelineBuilder Batch { get; private set; } = new();

        /// <summary>With keepAll, the events added that matched the words (as added); otherwise null (every event added matched).</summary>
        public HashSet<HistoricalEvent>? Matched { get; } = keepAll ? new(ReferenceEqualityComparer.Instance) : null;

        public void FlushIfFull()
        {
            if (Batch.Count >= BatchSize)
            {
                Flush();
            }
        }

        public void Flush()
        {
            if (Batch.Count == 0)
            {
                return;
            }
            Timeline batch = Batch.Build();
            var found = new HashSet<HistoricalEvent>(batch.Search(words).Select(m => m.Event), ReferenceEqualityComparer.Instance);
            foreach (HistoricalEvent e in batch)
            {
                if (Matched is null && !found.Contains(e))
                {
                    continue;
                }
                // The narrative was needed to search; the output does not show it, so it is not kept.
                var kept = new HistoricalEvent(e.Date, e.Summary, e.Places, e.Title, null, null, e.Origin);
                matching.Add(kept);
                if (Matched is not null && found.Contains(e))
                {
                    Matched.Add(kept);
                }
            }
            Batch = new TimelineBuilder();
        }
    }

    /// <summary>Adds the card's events with only the parts a query reads and <see cref="Write"/> writes.</summary>
    private static void AddNeeded(TimelineBuilder builder, EventCard card, bool keepPlaces, bool keepNarrative)
    {
        foreach (HistoricalEvent e in card.Events)
        {
            builder.Add(new HistoricalEvent(e.Date, e.Summary, keepPlaces ? e.Places : null, e.Title,
                keepNarrative ? e.Narrative : null, null, e.Origin));
        }
    }

    /// <summary>Builds a timeline of <paramref name="cards"/>, queries it and writes the matches; returns how many were written.</summary>
    public static int Run(TimelineQueryArguments arguments, IEnumerable<EventCard> cards, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(stdout);
        IReadOnlyList<TimelineMatch> matches = Query(Timeline.FromCards(cards), arguments);
        Write(matches, stdout);
        return matches.Count;
    }

    /// <summary>
    /// Answers the arguments' filters on <paramref name="timeline"/>, combined with AND, in timeline order. A match's
    /// certainty is the least of its filters' (on this day, place, text and near are definite); without filters every
    /// event matches definitely.
    /// </summary>
    public static IReadOnlyList<TimelineMatch> Query(Timeline timeline, TimelineQueryArguments arguments) =>
        Query(timeline, arguments, textApplied: false, textMatches: null);

    /// <summary>
    /// As <see cref="Query(Timeline, TimelineQueryArguments)"/>; with <paramref name="textApplied"/>, the text filter
    /// already ran as the events were read and the narrative is gone, so the text is not searched again: the timeline
    /// holds only matching events, or, with <paramref name="textMatches"/>, every event and those are the matches.
    /// </summary>
    private static IReadOnlyList<TimelineMatch> Query(Timeline timeline, TimelineQueryArguments arguments, bool textApplied,
        IReadOnlySet<HistoricalEvent>? textMatches)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(arguments);
        var answers = new List<IReadOnlyList<TimelineMatch>>();
        if (arguments.On is { } on)
        {
            answers.Add(timeline.OnThisDay(on));
        }
        if (arguments.Between is var (from, to))
        {
            answers.Add(timeline.Between(from, to, arguments.Minimum));
        }
        if (arguments.Place is { } place)
        {
            answers.Add(timeline.AtPlace(place));
        }
        if (arguments.During is var (start, end))
        {
            var period = new HistoricalPeriod($"{start}–{end}", HistoricalDate.Interval(start, end));
            answers.Add(timeline.During(period, arguments.Minimum));
        }
        if (arguments.Near is { } near)
        {
            answers.Add(timeline.Nearest(near, arguments.Take));
        }
        if (arguments.Text is { } text && !textApplied)
        {
            answers.Add(timeline.Search(text));
        }
        else if (textMatches is not null)
        {
            answers.Add([.. timeline.Select((e, i) => new TimelineMatch(e, Certainty.Definitely, i)).Where(m => textMatches.Contains(m.Event))]);
        }
        if (answers.Count == 0)
        {
            return [.. timeline.Select((e, i) => new TimelineMatch(e, Certainty.Definitely, i))];
        }
        // Each answer is in timeline order; keep the positions every filter found, with the least certainty.
        var combined = answers[0].ToDictionary(m => m.Index);
        foreach (IReadOnlyList<TimelineMatch> answer in answers.Skip(1))
        {
            var next = new Dictionary<int, TimelineMatch>();
            foreach (TimelineMatch m in answer)
            {
                if (combined.TryGetValue(m.Index, out TimelineMatch previous))
                {
                    next.Add(m.Index, m.Certainty < previous.Certainty ? m : previous);
                }
            }
            combined = next;
        }
        return [.. combined.Values.OrderBy(m => m.Index)];
    }

    /// <summary>
    /// Writes each match as one JSON object per line:
    /// <c>{"card":…,"title":…,"summary":…,"date":"EDTF","certainty":"definitely","file":…,"line":4}</c>.
    /// </summary>
    public static void Write(IEnumerable<TimelineMatch> matches, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(stdout);
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, JsonOptions);
        foreach (TimelineMatch match in matches)
        {
            HistoricalEvent e = match.Event;
            json.WriteStartObject();
            json.WriteString("card", e.Origin?.CardTitle);
            json.WriteString("title", e.Title);
            json.WriteString("summary", e.Summary);
            json.WriteString("date", e.Date.ToEdtfString());
            json.WriteString("certainty", match.Certainty == Certainty.Definitely ? "definitely" : "possibly");
            json.WriteString("file", e.Origin?.File);
            if (e.Origin is { } origin)
            {
                json.WriteNumber("line", origin.Line);
            }
            else
            {
                json.WriteNull("line");
            }
            json.WriteEndObject();
            json.Flush();
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
            json.Reset(buffer);
        }
    }
}
