using System.Globalization;
using System.Text.Json;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Interchange;

/// <summary>Options for <see cref="OnThisDayImporter"/>.</summary>
public sealed class OnThisDayImportOptions
{
    /// <summary>The default options: English Wikipedia, every kind but holidays.</summary>
    public static OnThisDayImportOptions Default { get; } = new();

    /// <summary>The Wikipedia language code of the feed, used for page URLs when the feed gives none (<c>en</c>).</summary>
    public string Language { get; init => field = Preconditions.CheckNotNull(value); } = "en";

    /// <summary>The file or stream name errors name.</summary>
    public string? SourceName { get; init; }
}

/// <summary>
/// Reads the Wikimedia on-this-day feed (<c>/feed/onthisday/{type}/{MM}/{DD}</c>): the <c>selected</c>,
/// <c>events</c>, <c>births</c> and <c>deaths</c> lists become events on that day of their year, with the linked
/// pages as sources. Holidays have no year and are not events. See docs/interchange.md.
/// </summary>
public static class OnThisDayImporter
{
    private static readonly string[] Kinds = ["selected", "events", "births", "deaths"];

    /// <summary>Reads the feed response in <paramref name="stream"/> for the day <paramref name="day"/> (the feed does not repeat the day it was asked for).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IEnumerable<ParseResult<HistoricalEvent>> Read(Stream stream, AnnualDate day, OnThisDayImportOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        options ??= OnThisDayImportOptions.Default;
        // Read whole, as JsonDocument would: its strings are checked as UTF-8 only when read (GetString throws
        // InvalidOperationException, which fuzzing found), so the text is checked once here, at its first bad byte.
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        ReadOnlyMemory<byte> json = bytes.GetBuffer().AsMemory(0, (int)bytes.Length);
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        if (InvalidUtf8(json.Span) is { } bad)
        {
            return [ParseResult<HistoricalEvent>.ForError(new ParseError(bad.Position, bad.Found, Messages.Utf8JsonExpected, options.SourceName))];
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return [ParseResult<HistoricalEvent>.ForError(new ParseError(
                new TextPosition((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), Messages.Quote(e.Message), Messages.JsonDocumentExpected, options.SourceName))];
        }
        using (document)
        {
            return ReadDocument(document.RootElement, day, options).ToList();
        }
    }

    /// <summary>Reads the feed response in the file at <paramref name="path"/>; errors name the file.</summary>
    public static IEnumerable<ParseResult<HistoricalEvent>> ReadFile(string path, AnnualDate day, OnThisDayImportOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= OnThisDayImportOptions.Default;
        using FileStream stream = File.OpenRead(path);
        return Read(stream, day, new OnThisDayImportOptions { Language = options.Language, SourceName = options.SourceName ?? path });
    }

    private static IEnumerable<ParseResult<HistoricalEvent>> ReadDocument(JsonElement root, AnnualDate day, OnThisDayImportOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield return Error("$", root.ValueKind.ToString(), Messages.OnThisDayFeedExpected, options);
            yield break;
        }
        foreach (string kind in Kinds)
        {
            if (!root.TryGetProperty(kind, out JsonElement list))
            {
                continue;
            }
            if (list.ValueKind != JsonValueKind.Array)
            {
                yield return Error("$." + kind, list.ValueKind.ToString(), "an array", options);
                continue;
            }
            int index = 0;
            foreach (JsonElement item in list.EnumerateArray())
            {
                string path = $"$.{kind}[{index.ToString(CultureInfo.InvariantCulture)}]";
                index++;
                yield return Item(item, kind, path, day, options);
            }
        }
    }

    private static ParseResult<HistoricalEvent> Item(JsonElement item, string kind, string path, AnnualDate day, OnThisDayImportOptions options)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("text", out JsonElement textElement) || textElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(textElement.GetString()))
        {
            return Error(path + ".text", item.ValueKind.ToString(), Messages.OnThisDayTextExpected, options);
        }
        string text = textElement.GetString()!.ReplaceLineEndings(" ").Trim();
        if (!item.TryGetProperty("year", out JsonElement yearElement) || yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out int year))
        {
            return Error(path + ".year", item.TryGetProperty("year", out JsonElement y) ? y.ToString() : "no year", Messages.OnThisDayYearExpected, options);
        }
        if (year == 0)
        {
            return Error(path + ".year", "0", Messages.OnThisDayYearExpected, options);
        }
        // The feed numbers years as Wikipedia writes them: -39 is 39 BC (astronomical -38).
        int astronomical = year < 0 ? year + 1 : year;
        HistoricalCalendar? calendar = text.Contains("(Gregorian calendar)", StringComparison.Ordinal) ? HistoricalCalendar.Gregorian
            : text.Contains("(Julian calendar)", StringComparison.Ordinal) || text.Contains("(O.S.)", StringComparison.Ordinal) ? HistoricalCalendar.Julian
            : null;
        HistoricalDate date;
        try
        {
            date = HistoricalDate.FromDay(astronomical, day.Month, day.Day, calendar);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Error(path + ".year", year.ToString(CultureInfo.InvariantCulture),
                Messages.OnThisDayDayExpected(day.Month, day.Day), options);
        }
        var sources = new List<Source>();
        string? firstTitle = null;
        if (item.TryGetProperty("pages", out JsonElement pages) && pages.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement page in pages.EnumerateArray())
            {
                if (PageTitle(page) is not { } title)
                {
                    continue;
                }
                firstTitle ??= title;
                string url = PageUrl(page) ?? $"https://{options.Language}.wikipedia.org/wiki/{Uri.EscapeDataString(title.Replace(' ', '_'))}";
                Source source = Source.Parse(url);
                if (!sources.Contains(source))
                {
                    sources.Add(source);
                }
            }
        }
        string headline = firstTitle ?? text;
        string eventTitle = kind switch
        {
            "births" => "Birth: " + headline,
            "deaths" => "Death: " + headline,
            _ => headline,
        };
        var origin = new EventOrigin(eventTitle, options.SourceName, new TextPosition(1, 1));
        return ParseResult<HistoricalEvent>.ForValue(new HistoricalEvent(date, text, title: eventTitle, sources: sources, origin: origin));
    }

    // A blank title is no title, and a title is one line (fuzzing found an empty title and source).
    private static string? PageTitle(JsonElement page)
    {
        if (page.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (page.TryGetProperty("normalizedtitle", out JsonElement n) && n.ValueKind == JsonValueKind.String && OneLine(n.GetString()) is { } normalized)
        {
            return normalized;
        }
        return page.TryGetProperty("title", out JsonElement t) && t.ValueKind == JsonValueKind.String ? OneLine(t.GetString()!.Replace('_', ' ')) : null;
    }

    // The page's URL when it is one non-blank line; otherwise the caller makes one from the title.
    private static string? PageUrl(JsonElement page) =>
        page.TryGetProperty("content_urls", out JsonElement urls) && urls.ValueKind == JsonValueKind.Object
        && urls.TryGetProperty("desktop", out JsonElement desktop) && desktop.ValueKind == JsonValueKind.Object
        && desktop.TryGetProperty("page", out JsonElement url) && url.ValueKind == JsonValueKind.String
        && url.GetString()!.Trim() is { Length: > 0 } text && text.AsSpan().IndexOfAny('\r', '\n') < 0
            ? text
            : null;

    private static string? OneLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.ReplaceLineEndings(" ").Trim();

    // The position (line, and column in bytes as JsonException gives it) and the bytes of the first invalid UTF-8 sequence.
    private static (TextPosition Position, string Found)? InvalidUtf8(ReadOnlySpan<byte> json)
    {
        if (System.Text.Unicode.Utf8.IsValid(json))
        {
            return null;
        }
        int at = 0;
        while (System.Text.Rune.DecodeFromUtf8(json[at..], out _, out int consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }
        System.Text.Rune.DecodeFromUtf8(json[at..], out _, out int badLength);
        ReadOnlySpan<byte> before = json[..at];
        int line = before.Count((byte)'\n') + 1;
        int column = at - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return (new TextPosition(line, column), Messages.InvalidUtf8(json.Slice(at, Math.Max(1, badLength))));
    }

    private static ParseResult<HistoricalEvent> Error(string path, string found, string expected, OnThisDayImportOptions options) =>
        ParseResult<HistoricalEvent>.ForError(new ParseError(new TextPosition(1, 1), found, expected,
            options.SourceName is null ? path : options.SourceName + " " + path));
}
