using System.Net;
using System.Text.Json;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Interchange;

/// <summary>Options for <see cref="TimelineJsExporter"/>.</summary>
public sealed class TimelineJsOptions
{
    /// <summary>The default options: no title slide, no eras, events grouped by the country (the outermost place) of their first place.</summary>
    public static TimelineJsOptions Default { get; } = new();

    /// <summary>The headline of the title slide; <see langword="null"/> writes no title slide.</summary>
    public string? Title { get; init; }

    /// <summary>The text of the title slide.</summary>
    public string? TitleText { get; init; }

    /// <summary>Periods written as TimelineJS eras.</summary>
    public IEnumerable<HistoricalPeriod>? Eras { get; init; }

    /// <summary>The <c>group</c> of an event (TimelineJS puts each group on its own rows); <see langword="null"/> for none. The default is the outermost place of the first place.</summary>
    public Func<HistoricalEvent, string?> Group { get; init => field = Preconditions.CheckNotNull(value); } = e => e.Places.Count > 0 ? e.Places[0].Root.Name : null;

    /// <summary>Whether to indent the JSON.</summary>
    public bool Indented { get; init; }
}

/// <summary>
/// Writes events as TimelineJS3 JSON (<c>{"title": …, "events": […], "eras": […]}</c>), the format its JSON page
/// documents: dates as year, month and day objects with BC years negative, the date as written in
/// <c>display_date</c> (so <c>c.</c> and <c>?</c> show), title and summary in <c>text</c>. See docs/interchange.md.
/// </summary>
public static class TimelineJsExporter
{
    /// <summary>Writes <paramref name="events"/> as one TimelineJS document to <paramref name="stream"/> (UTF-8).</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    public static void Write(IEnumerable<HistoricalEvent> events, Stream stream, TimelineJsOptions? options = null)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(stream);
        options ??= TimelineJsOptions.Default;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = options.Indented });
        json.WriteStartObject();
        if (options.Title is not null)
        {
            json.WriteStartObject("title");
            WriteText(json, options.Title, options.TitleText is null ? null : Html(options.TitleText));
            json.WriteEndObject();
        }
        json.WriteStartArray("events");
        foreach (HistoricalEvent e in events)
        {
            Preconditions.CheckNotNull(e);
            json.WriteStartObject();
            WriteDates(json, e.Date);
            json.WriteString("display_date", e.Date.ToString());
            WriteText(json, e.Title ?? e.Origin?.CardTitle ?? e.Summary, Body(e));
            if (options.Group(e) is { } group)
            {
                json.WriteString("group", group);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (options.Eras is { } eras)
        {
            json.WriteStartArray("eras");
            foreach (HistoricalPeriod era in eras)
            {
                Preconditions.CheckNotNull(era);
                json.WriteStartObject();
                WriteDates(json, era.Span, alwaysEnd: true);
                WriteText(json, era.Name, era.Description is null ? null : Html(era.Description));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>Writes every event of <paramref name="cards"/> (headlines and moments; a moment's headline is its card's title).</summary>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    public static void Write(IEnumerable<EventCard> cards, Stream stream, TimelineJsOptions? options = null)
    {
        Preconditions.CheckNotNull(cards);
        Write(cards.SelectMany(c => Preconditions.CheckNotNull(c).Events.Select(e => e.Title is null ? WithTitle(e, c.Title) : e)), stream, options);
    }

    private static HistoricalEvent WithTitle(HistoricalEvent e, string title) =>
        new(e.Date, e.Summary, e.Places, title, e.Narrative, e.Sources, e.Origin);

    private static void WriteText(Utf8JsonWriter json, string headline, string? text)
    {
        json.WriteStartObject("text");
        json.WriteString("headline", Html(headline));
        if (text is not null)
        {
            json.WriteString("text", text);
        }
        json.WriteEndObject();
    }

    private static string Body(HistoricalEvent e)
    {
        var body = new System.Text.StringBuilder();
        body.Append("<p>").Append(Html(e.Summary)).Append("</p>");
        foreach (string paragraph in e.Narrative)
        {
            body.Append("<p>").Append(Html(paragraph)).Append("</p>");
        }
        if (e.Places.Count > 0)
        {
            body.Append("<p>").Append(Html(string.Join(" | ", e.Places.Select(p => p.Path)))).Append("</p>");
        }
        foreach (Source source in e.Sources)
        {
            body.Append("<p>Source: ");
            if (source.Url is { } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                body.Append("<a href=\"").Append(Html(url.AbsoluteUri)).Append("\">").Append(Html(source.Text)).Append("</a>");
            }
            else
            {
                body.Append(Html(source.Text));
            }
            body.Append("</p>");
        }
        return body.ToString();
    }

    // TimelineJS takes HTML in headline and text: the library's plain text is escaped.
    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static void WriteDates(Utf8JsonWriter json, HistoricalDate date, bool alwaysEnd = false)
    {
        (DateParts start, DateParts? end) = Parts(date);
        json.WriteStartObject("start_date");
        start.Write(json);
        json.WriteEndObject();
        end ??= alwaysEnd ? start : null;
        if (end is { } last)
        {
            json.WriteStartObject("end_date");
            last.Write(json);
            json.WriteEndObject();
        }
    }

    /// <summary>The start and (for spans) end TimelineJS dates of a date: its written day, month or year, else the years of its bounds.</summary>
    internal static (DateParts Start, DateParts? End) Parts(HistoricalDate date)
    {
        if (date.Kind == HistoricalDateKind.Interval)
        {
            DateParts? start = date.StartEnd == IntervalEnd.Known ? Parts(date.Start).Start : null;
            DateParts? end = date.EndEnd == IntervalEnd.Known ? (Parts(date.End).End ?? Parts(date.End).Start) : null;
            return start is { } s ? (s, end) : end is { } e ? (e, null) : (new DateParts(Year(date.Earliest.Year), null, null), null);
        }
        if (date.Kind == HistoricalDateKind.OneOf)
        {
            (DateParts first, _) = Parts(date.Start);
            (DateParts secondStart, DateParts? secondEnd) = Parts(date.End);
            return (first, secondEnd ?? secondStart);
        }
        // The written fields, in the calendar written (TimelineJS has no calendars; display_date shows the text).
        switch (date.Precision)
        {
            case DatePrecision.Day:
                return (new DateParts(Year(date.Year), date.Month, date.Day), null);
            case DatePrecision.Month:
                return (new DateParts(Year(date.Year), date.Month, null), null);
            case DatePrecision.Season:
            case DatePrecision.Year:
                return (new DateParts(Year(date.Year), null, null), null);
            default:
                {
                    // Decades, centuries and millennia (and their early, mid and late parts): the years of the whole span.
                    int size = date.Precision switch { DatePrecision.Decade => 10, DatePrecision.Century => 100, _ => 1000 };
                    return (new DateParts(Year(date.Year), null, null), new DateParts(Year(date.Year + size - 1), null, null));
                }
        }
    }

    // TimelineJS: "BCE years should be negative numbers": 44 BC is -44 (astronomical -43).
    private static int Year(int astronomical) => astronomical <= 0 ? astronomical - 1 : astronomical;

    internal readonly record struct DateParts(int Year, int? Month, int? Day)
    {
        public void Write(Utf8JsonWriter json)
        {
            json.WriteNumber("year", Year);
            if (Month is { } m)
            {
                json.WriteNumber("month", m);
            }
            if (Day is { } d)
            {
                json.WriteNumber("day", d);
            }
        }
    }
}
