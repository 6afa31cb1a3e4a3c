using System.Globalization;
using System.Net;
using System.Text;
using HistoricalEvents.Rendering;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Samples.TimelinePage;

/// <summary>The sample's core: a query over cards to one self-contained HTML page (the SVG, then the list).</summary>
public static class TimelinePageApp
{
    /// <summary>The text shown with an argument error.</summary>
    public const string Usage =
        "usage: TimelinePage [--between A B] [--place NAME] [--text WORDS] [--title TITLE] [--out FILE.html] [FILE...]\n" +
        "Without FILE, reads the bundled samples/data; without a filter, shows the events of the 1st century BC.";

    /// <summary>The window shown when no filter is given: the 1st century BC.</summary>
    public static readonly (string From, string To) DefaultWindow = ("100 BC", "1 BC");

    /// <summary>Runs the command line: reads the cards, writes the page. Returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? from = null, to = null, place = null, text = null, title = null, output = null;
        var files = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            int needs = arg switch { "--between" => 2, "--place" or "--text" or "--title" or "--out" => 1, _ => 0 };
            if (arg.StartsWith("--", StringComparison.Ordinal) && needs == 0)
            {
                stderr.WriteLine($"unknown option {arg}\n{Usage}");
                return 2;
            }
            if (i + needs >= args.Count)
            {
                stderr.WriteLine($"{arg} needs {needs} value(s)\n{Usage}");
                return 2;
            }
            switch (arg)
            {
                case "--between": from = args[++i]; to = args[++i]; break;
                case "--place": place = args[++i]; break;
                case "--text": text = args[++i]; break;
                case "--title": title = args[++i]; break;
                case "--out": output = args[++i]; break;
                default: files.Add(arg); break;
            }
        }
        if (files.Count == 0)
            files.AddRange(BundledData.Files());
        if (files.Count == 0)
        {
            stderr.WriteLine("no card files given and samples/data not found\n" + Usage);
            return 2;
        }
        if (from is null && place is null && text is null)
            (from, to) = DefaultWindow;

        var builder = new TimelineBuilder();
        int errors = 0;
        foreach (string file in files)
        {
            foreach (ParseResult<EventCard> result in CardReader.ReadFile(file))
            {
                if (result.TryGetValue(out EventCard? card))
                    builder.Add(card);
                else
                {
                    errors++;
                    stderr.WriteLine(result.Error);
                }
            }
        }
        Timeline timeline = builder.Build();
        IEnumerable<HistoricalEvent> events = timeline;
        var what = new List<string>();
        if (from is not null)
        {
            ParseResult<HistoricalDate> a = HistoricalDate.ParseResult(from), b = HistoricalDate.ParseResult(to!);
            if (!a.Success || !b.Success)
            {
                stderr.WriteLine($"--between: {(a.Success ? b.Error : a.Error)}");
                return 2;
            }
            var window = timeline.Between(a.Value, b.Value, Certainty.Definitely).Select(m => m.Index).ToHashSet();
            events = events.Where((_, i) => window.Contains(i));
            what.Add($"{from} to {to}");
        }
        List<HistoricalEvent> selected = [.. events];
        if (place is not null)
        {
            var at = timeline.AtPlace(place).Select(m => m.Event).ToHashSet(ReferenceEqualityComparer.Instance);
            selected = [.. selected.Where(at.Contains)];
            what.Add($"at {place}");
        }
        if (text is not null)
        {
            var found = timeline.Search(text).Select(m => m.Event).ToHashSet(ReferenceEqualityComparer.Instance);
            selected = [.. selected.Where(found.Contains)];
            what.Add($"“{text}”");
        }
        title ??= $"{selected.Count.ToString("N0", CultureInfo.InvariantCulture)} events, {string.Join(", ", what)}";

        string page = Page(title, selected, files);
        if (output is null)
            stdout.Write(page);
        else
        {
            File.WriteAllText(output, page, new UTF8Encoding(false));
            stdout.WriteLine($"{output}: {selected.Count} events");
        }
        return errors > 0 ? 1 : 0;
    }

    /// <summary>The page: a heading, the SVG and the list of events with links to their sources.</summary>
    public static string Page(string title, IReadOnlyList<HistoricalEvent> events, IReadOnlyList<string> files)
    {
        var html = new StringBuilder();
        string t = WebUtility.HtmlEncode(title);
        html.Append($$"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{t}}</title>
<style>
body { font-family: 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; margin: 24px auto; max-width: 1240px; color: #222; background: #f4f2ed; }
h1 { font-size: 22px; font-weight: 600; margin: 0 0 4px; }
p.note { color: #666; margin: 0 0 16px; font-size: 13px; }
figure { margin: 0 0 24px; overflow-x: auto; background: #fcfbf8; border: 1px solid #e0ddd5; border-radius: 6px; }
svg a:hover text { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; font-size: 13px; background: #fcfbf8; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e6e3dc; vertical-align: top; }
th { background: #ebe7de; }
td.date { white-space: nowrap; }
</style>
</head>
<body>
<h1>{{t}}</h1>
<p class="note">Made by HistoricalEvents from {{files.Count}} card file(s). Hover a mark for its date, places and summary; click it for its source.</p>
<figure>

""");
        html.Append(TimelineSvg.Render(events, new TimelineSvgOptions { Title = title }));
        html.Append("</figure>\n<table class=\"events\">\n<tr><th>Date</th><th>Event</th><th>Places</th><th>Source</th></tr>\n");
        foreach (HistoricalEvent e in events.OrderBy(e => e.Date))
        {
            string places = string.Join("; ", e.Places.Select(p => p.Coordinates is { } c ? $"{p.Path} ({c})" : p.Path));
            string sources = string.Join(" ", e.Sources.Select(s => s.Url is null
                ? WebUtility.HtmlEncode(s.Text)
                : $"<a href=\"{WebUtility.HtmlEncode(s.Url.AbsoluteUri)}\">{WebUtility.HtmlEncode(s.Description)}</a>"));
            html.Append($"<tr><td class=\"date\">{WebUtility.HtmlEncode(e.Date.Text ?? e.Date.ToString())}</td>" +
                $"<td><b>{WebUtility.HtmlEncode(e.Title ?? "")}</b> {WebUtility.HtmlEncode(e.Summary)}</td>" +
                $"<td>{WebUtility.HtmlEncode(places)}</td><td>{sources}</td></tr>\n");
        }
        html.Append("</table>\n</body>\n</html>\n");
        return html.ToString();
    }
}
