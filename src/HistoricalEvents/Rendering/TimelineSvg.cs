using System.Globalization;
using System.Text;
using HistoricalEvents.Internal;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Rendering;

/// <summary>
/// Draws events as a self-contained SVG (no script, no external file): a year axis whose ticks suit the span (days
/// to millennia, BC and AD with no year zero), events as points and spans as bars, approximate ends faded, uncertain
/// dates dashed, periods as bands behind, labels in lanes so that none overlap, and a tooltip (<c>&lt;title&gt;</c>)
/// with each event's title, date as written, places and summary. The SVG text works in a browser, in Markdown and
/// in LINQPad (<c>Util.RawHtml(svg)</c>). See docs/rendering.md for the drawing rules.
/// </summary>
public static class TimelineSvg
{
    // Layout in pixels.
    private const int Margin = 24;
    private const int TitleHeight = 34;
    private const int AxisHeight = 34;
    private const int LaneHeight = 22;
    private const int LegendHeight = 30;
    private const int LabelGap = 10;
    private const double FontSize = 12;
    private const string FontFamily = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

    private static readonly string[] Palette =
        ["#2f6fb3", "#c2452d", "#2e8b57", "#8e44ad", "#d4880f", "#16879b", "#b0306a", "#5b6b00", "#7a4f2a", "#4b5fc4"];

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Draws a timeline's events, with its periods (and the options' periods) as bands behind them.</summary>
    /// <param name="timeline">The timeline to draw.</param>
    /// <param name="options">How to draw; <see cref="TimelineSvgOptions.Default"/> when null.</param>
    /// <returns>The SVG text, starting with <c>&lt;svg</c>.</returns>
    public static string Render(Timeline timeline, TimelineSvgOptions? options = null)
    {
        Preconditions.CheckNotNull(timeline);
        options ??= TimelineSvgOptions.Default;
        return Draw(timeline, [.. timeline.Periods, .. options.Periods], options);
    }

    /// <summary>Draws the events of a query's matches (<c>timeline.InCentury(1, Era.BeforeCommon)</c>).</summary>
    /// <param name="matches">The matches to draw.</param>
    /// <param name="options">How to draw; <see cref="TimelineSvgOptions.Default"/> when null.</param>
    /// <returns>The SVG text, starting with <c>&lt;svg</c>.</returns>
    public static string Render(IEnumerable<TimelineMatch> matches, TimelineSvgOptions? options = null)
    {
        Preconditions.CheckNotNull(matches);
        options ??= TimelineSvgOptions.Default;
        return Draw(matches.Select(m => m.Event), options.Periods, options);
    }

    /// <summary>Draws any events.</summary>
    /// <param name="events">The events to draw.</param>
    /// <param name="options">How to draw; <see cref="TimelineSvgOptions.Default"/> when null.</param>
    /// <returns>The SVG text, starting with <c>&lt;svg</c>.</returns>
    public static string Render(IEnumerable<HistoricalEvent> events, TimelineSvgOptions? options = null)
    {
        Preconditions.CheckNotNull(events);
        options ??= TimelineSvgOptions.Default;
        return Draw(events, options.Periods, options);
    }

    private static string Draw(IEnumerable<HistoricalEvent> source, IReadOnlyList<HistoricalPeriod> periods, TimelineSvgOptions options)
    {
        List<Mark> marks = [.. source.Select(e => Mark.Of(Preconditions.CheckNotNull(e)))];
        // One colour per group (data set or place), in the groups' alphabetical order.
        var colors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string g in marks.Select(m => GroupOf(m.Event)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            colors[g] = Palette[colors.Count % Palette.Length];
        int width = options.Width;
        double plotLeft = Margin, plotRight = width - Margin;

        // The domain: every known bound of the events (open ends do not stretch it), padded on both sides.
        double min = double.MaxValue, max = double.MinValue;
        foreach (Mark m in marks)
        {
            min = Math.Min(min, m.KnownFirst);
            max = Math.Max(max, m.KnownLast + 1);
        }
        if (marks.Count == 0)
        {
            foreach (HistoricalPeriod p in periods)
            {
                min = Math.Min(min, Day(p.Span.Earliest));
                max = Math.Max(max, Day(p.Span.Latest) + 1);
            }
        }
        if (min > max)
        {
            min = DayNumbers.FromGregorian(2000, 1, 1);
            max = min + 366;
        }
        double pad = Math.Max((max - min) * 0.03, 1);
        min = Math.Max(min - pad, DayNumbers.MinDay);
        max = Math.Min(max + pad, DayNumbers.MaxDay + 1);
        double scale = (plotRight - plotLeft) / (max - min);
        double X(double day) => plotLeft + ((Math.Clamp(day, min, max) - min) * scale);

        // Periods: bands behind, their names in lanes of their own under the axis.
        var periodLanes = new List<double>();
        var periodItems = new List<(HistoricalPeriod Period, double X0, double X1, int Lane, double LabelX)>();
        foreach (HistoricalPeriod p in periods.OrderBy(p => p.Span.Earliest))
        {
            double x0 = X(Day(p.Span.Earliest)), x1 = Math.Max(X(Day(p.Span.Latest) + 1), x0 + 2);
            string name = Shorten(p.Name, options.MaxLabelLength);
            double w = TextWidth(name);
            double lx = Math.Clamp(x0 + 4, plotLeft, plotRight - w);
            int lane = Place(periodLanes, lx, lx + w);
            periodItems.Add((p, x0, x1, lane, lx));
        }

        // Events: first-fit lanes, in order of their left edge.
        var lanes = new List<double>();
        var placed = new List<(Mark Mark, double X0, double X1, int Lane, double LabelX, string Label, bool AnchorEnd)>();
        foreach (Mark m in marks.OrderBy(m => m.First).ThenBy(m => m.Last))
        {
            double x0 = X(m.First), x1 = Math.Max(X(m.Last + 1), x0);
            if (m.IsPoint)
                x0 = x1 = (x0 + x1) / 2;
            string label = Shorten(m.Event.Title ?? m.Event.Summary, options.MaxLabelLength);
            double w = TextWidth(label);
            double right = x1 + 7, left = x0 - 7;
            bool anchorEnd = right + w > plotRight && left - w >= plotLeft;
            double labelStart = anchorEnd ? left - w : Math.Min(right, plotRight - w);
            int lane = Place(lanes, Math.Min(x0 - 5, labelStart), Math.Max(x1 + 5, labelStart + w));
            placed.Add((m, x0, x1, lane, anchorEnd ? left : labelStart, label, anchorEnd));
        }

        double top = TitleHeight + AxisHeight;
        double periodTop = top;
        double lanesTop = periodTop + (periodLanes.Count * LaneHeight) + 6;
        double plotBottom = lanesTop + (Math.Max(lanes.Count, 1) * LaneHeight) + 8;
        double height = plotBottom + LegendHeight;

        var svg = new StringBuilder(4096 + (marks.Count * 400));
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"{width}\" height=\"{N(height)}\" viewBox=\"0 0 {width} {N(height)}\" font-family=\"{FontFamily}\" font-size=\"{N(FontSize)}\" role=\"img\">\n");
        string title = options.Title ?? DefaultTitle(marks);
        svg.Append("<title>").Append(Escape(title)).Append("</title>\n");
        svg.Append("""
<defs>
<linearGradient id="he-fade-start"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="0.35" stop-color="#fff"/></linearGradient>
<linearGradient id="he-fade-end"><stop offset="0.65" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></linearGradient>
<linearGradient id="he-fade-both"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="0.3" stop-color="#fff"/><stop offset="0.7" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></linearGradient>
<mask id="he-mask-start" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#he-fade-start)"/></mask>
<mask id="he-mask-end" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#he-fade-end)"/></mask>
<mask id="he-mask-both" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#he-fade-both)"/></mask>
</defs>

""");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"background\" width=\"{width}\" height=\"{N(height)}\" fill=\"#fcfbf8\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"heading\" x=\"{Margin}\" y=\"24\" font-size=\"17\" font-weight=\"600\" fill=\"#222\">{Escape(title)}</text>\n");

        // Axis: ticks and grid lines.
        double axisY = TitleHeight + AxisHeight - 6;
        svg.Append("<g class=\"axis\" fill=\"#555\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(plotLeft)}\" y1=\"{N(axisY)}\" x2=\"{N(plotRight)}\" y2=\"{N(axisY)}\" stroke=\"#888\"/>\n");
        foreach ((double day, string text) in Ticks(min, max, plotRight - plotLeft))
        {
            double x = X(day);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" y1=\"{N(axisY - 5)}\" x2=\"{N(x)}\" y2=\"{N(plotBottom)}\" stroke=\"#e4e1da\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" y1=\"{N(axisY - 5)}\" x2=\"{N(x)}\" y2=\"{N(axisY)}\" stroke=\"#888\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{N(x)}\" y=\"{N(axisY - 9)}\" text-anchor=\"middle\">{Escape(text)}</text>\n");
        }
        svg.Append("</g>\n");

        // Periods behind the events.
        if (periodItems.Count > 0)
        {
            svg.Append("<g class=\"periods\">\n");
            foreach ((HistoricalPeriod p, double x0, double x1, int lane, double lx) in periodItems)
            {
                string color = ColorOf(p.Name);
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"period\"><title>{Escape(p.Name)}&#10;{Escape(p.Span.ToString())}{(p.Description is null ? "" : "&#10;" + Escape(p.Description))}</title>");
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x0)}\" y=\"{N(periodTop)}\" width=\"{N(x1 - x0)}\" height=\"{N(plotBottom - periodTop)}\" fill=\"{color}\" fill-opacity=\"0.08\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"period-label\" x=\"{N(lx)}\" y=\"{N(periodTop + (lane * LaneHeight) + 15)}\" fill=\"{color}\" font-style=\"italic\">{Escape(Shorten(p.Name, options.MaxLabelLength))}</text></g>\n");
            }
            svg.Append("</g>\n");
        }

        // Events.
        svg.Append("<g class=\"events\">\n");
        int index = 0;
        foreach ((Mark m, double x0, double x1, int lane, double lx, string label, bool anchorEnd) in placed)
        {
            HistoricalEvent e = m.Event;
            double y = lanesTop + (lane * LaneHeight) + (LaneHeight / 2.0);
            string color = colors[GroupOf(e)];
            string dash = m.Uncertain ? " stroke-dasharray=\"3 2\"" : "";
            Uri? url = options.LinkSources ? e.Sources.Select(s => s.Url).FirstOrDefault(u => u is not null) : null;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"event\" data-index=\"{index++}\">");
            if (url is not null)
                svg.Append("<a href=\"").Append(Escape(url.AbsoluteUri)).Append("\">");
            svg.Append("<title>").Append(Escape(Tooltip(e))).Append("</title>");
            if (m.IsPoint)
            {
                if (m.IsInterval is false && x1 - x0 < 0.5 && m.Last - m.First >= 1 && X(m.Last + 1) - X(m.First) >= 4)
                {
                    // A moment known to a range wider than a few pixels: the range, faint, behind its middle.
                    double r0 = X(m.First), r1 = X(m.Last + 1);
                    svg.Append(CultureInfo.InvariantCulture, $"<line class=\"range\" x1=\"{N(r0)}\" y1=\"{N(y)}\" x2=\"{N(r1)}\" y2=\"{N(y)}\" stroke=\"{color}\" stroke-opacity=\"0.35\" stroke-width=\"3\"{dash}/>");
                }
                string fill = m.Uncertain ? "#fff" : color;
                string opacity = m.Approximate ? " fill-opacity=\"0.45\"" : "";
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"mark\" cx=\"{N(x0)}\" cy=\"{N(y)}\" r=\"4.5\" fill=\"{fill}\"{opacity} stroke=\"{color}\" stroke-width=\"1.5\"{dash}/>");
            }
            else
            {
                string mask = (m.FadeStart, m.FadeEnd) switch
                {
                    (true, true) => " mask=\"url(#he-mask-both)\"",
                    (true, false) => " mask=\"url(#he-mask-start)\"",
                    (false, true) => " mask=\"url(#he-mask-end)\"",
                    _ => "",
                };
                string fill = m.Uncertain ? "fill-opacity=\"0.25\"" : "fill-opacity=\"0.85\"";
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"mark\" x=\"{N(x0)}\" y=\"{N(y - 5)}\" width=\"{N(Math.Max(x1 - x0, 1))}\" height=\"10\" rx=\"3\" fill=\"{color}\" {fill} stroke=\"{color}\"{dash}{mask}/>");
            }
            string anchor = anchorEnd ? " text-anchor=\"end\"" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{N(lx)}\" y=\"{N(y + 4)}\"{anchor} fill=\"#222\">{Escape(label)}</text>");
            if (url is not null)
                svg.Append("</a>");
            svg.Append("</g>\n");
        }
        svg.Append("</g>\n");

        // Legend.
        double ly = plotBottom + 18;
        svg.Append(CultureInfo.InvariantCulture, $"""
<g class="legend" font-size="11" fill="#555">
<circle cx="{N(plotLeft + 5)}" cy="{N(ly - 4)}" r="4.5" fill="#666" stroke="#666"/><text x="{N(plotLeft + 14)}" y="{N(ly)}">event</text>
<rect x="{N(plotLeft + 60)}" y="{N(ly - 9)}" width="26" height="10" rx="3" fill="#666" fill-opacity="0.85"/><text x="{N(plotLeft + 92)}" y="{N(ly)}">span</text>
<rect x="{N(plotLeft + 132)}" y="{N(ly - 9)}" width="26" height="10" rx="3" fill="#666" mask="url(#he-mask-both)"/><text x="{N(plotLeft + 164)}" y="{N(ly)}">approximate ends</text>
<circle cx="{N(plotLeft + 275)}" cy="{N(ly - 4)}" r="4.5" fill="#fff" stroke="#666" stroke-width="1.5" stroke-dasharray="3 2"/><text x="{N(plotLeft + 284)}" y="{N(ly)}">uncertain or one of two dates</text>
<line x1="{N(plotLeft + 470)}" y1="{N(ly - 4)}" x2="{N(plotLeft + 496)}" y2="{N(ly - 4)}" stroke="#666" stroke-opacity="0.35" stroke-width="3"/><text x="{N(plotLeft + 502)}" y="{N(ly)}">possible days of an event</text>

""");
        double gx = plotLeft + 680;
        foreach (string group in marks.Select(m => GroupOf(m.Event)).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(8))
        {
            string label = Shorten(group, 24);
            if (gx + 14 + TextWidth(label) > plotRight)
                break;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(gx)}\" y=\"{N(ly - 9)}\" width=\"10\" height=\"10\" fill=\"{colors[group]}\"/><text x=\"{N(gx + 14)}\" y=\"{N(ly)}\">{Escape(label)}</text>\n");
            gx += 14 + TextWidth(label) + 12;
        }
        svg.Append("</g>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // Events are coloured by the file they were read from (one colour per data set), else by their first place's
    // outermost name.
    private static string GroupOf(HistoricalEvent e) =>
        e.Origin?.File is { } file ? Path.GetFileNameWithoutExtension(file) : e.Places.Count > 0 ? e.Places[0].Root.Name : "";

    // First-fit: the first lane whose last item ends before this one starts.
    private static int Place(List<double> lanes, double start, double end)
    {
        for (int i = 0; i < lanes.Count; i++)
        {
            if (lanes[i] + LabelGap <= start)
            {
                lanes[i] = end;
                return i;
            }
        }
        lanes.Add(end);
        return lanes.Count - 1;
    }

    private static string DefaultTitle(List<Mark> marks)
    {
        if (marks.Count == 0)
            return "No events";
        HistoricalDate first = marks.MinBy(m => m.KnownFirst)!.Event.Date, last = marks.MaxBy(m => m.KnownLast)!.Event.Date;
        string count = marks.Count.ToString("N0", CultureInfo.InvariantCulture);
        return marks.Count == 1 ? $"1 event, {first}" : $"{count} events, {YearText(Year(marks.Min(m => m.KnownFirst)))} to {YearText(Year(marks.Max(m => m.KnownLast)))}";
    }

    private static string Tooltip(HistoricalEvent e)
    {
        var text = new StringBuilder();
        if (e.Title is not null)
            text.Append(e.Title).Append('\n');
        text.Append(e.Date.Text ?? e.Date.ToString());
        if (e.Places.Count > 0)
            text.Append(" · ").AppendJoin(" | ", e.Places.Select(p => p.Path));
        text.Append('\n').Append(e.Summary);
        return text.ToString();
    }

    // Tick marks for the span: the smallest step that leaves room for a label, from days to millennia.
    private static List<(double Day, string Text)> Ticks(double min, double max, double plotWidth)
    {
        double pxPerDay = plotWidth / (max - min);
        const double MinSpacing = 90;
        var ticks = new List<(double, string)>();
        int first = (int)Math.Floor(min), last = (int)Math.Ceiling(max);
        foreach (int step in new[] { 1, 2, 7, 14 })
        {
            if (step * pxPerDay < MinSpacing)
                continue;
            for (int d = first; d <= last; d++)
            {
                if (d >= min && d <= max && (step == 1 || d % step == 0))
                {
                    DayNumbers.ToGregorian(d, out int y, out int mo, out int da);
                    ticks.Add((d, $"{da} {MonthNames[mo - 1]} {YearText(y)}"));
                }
            }
            return ticks;
        }
        DayNumbers.ToGregorian(first, out int y0, out _, out _);
        DayNumbers.ToGregorian(Math.Min(last, DayNumbers.MaxDay), out int y1, out _, out _);
        foreach (int months in new[] { 1, 2, 3, 6 })
        {
            if (months * 30.4 * pxPerDay < MinSpacing)
                continue;
            for (int y = y0; y <= y1; y++)
            {
                for (int mo = 1; mo <= 12; mo += months)
                {
                    int d = DayNumbers.FromGregorian(y, mo, 1);
                    if (d >= min && d <= max)
                        ticks.Add((d, mo == 1 ? YearText(y) : $"{MonthNames[mo - 1]} {YearText(y)}"));
                }
            }
            return ticks;
        }
        foreach (int years in new[] { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000 })
        {
            if (years * 365.2425 * pxPerDay < MinSpacing && years < 5000)
                continue;
            bool bc = y0 <= 0;
            for (int y = y0; y <= y1; y++)
            {
                // Round numbers as people count years: 100 BC, AD 100 (no year zero; 1 BC and AD 1 are adjacent).
                int counted = y <= 0 ? 1 - y : y;
                // AD 1 marks the change of era when BC years are shown (its neighbours are a whole step away).
                if (counted % years != 0 && !(y == 1 && bc && years >= 10))
                    continue;
                int d = DayNumbers.FromGregorian(y, 1, 1);
                if (d >= min && d <= max)
                    ticks.Add((d, y > 0 && bc ? $"AD {y}" : YearText(y)));
            }
            return ticks;
        }
        return ticks;
    }

    private static string YearText(int astronomicalYear) =>
        astronomicalYear <= 0 ? $"{(1 - astronomicalYear).ToString(CultureInfo.InvariantCulture)} BC" : astronomicalYear.ToString(CultureInfo.InvariantCulture);

    private static int Year(double day)
    {
        DayNumbers.ToGregorian((int)Math.Floor(day), out int y, out _, out _);
        return y;
    }

    private static double Day(NodaTime.LocalDate date) => DayNumbers.FromGregorian(date.Year, date.Month, date.Day);

    private static string Shorten(string text, int max)
    {
        string line = text.ReplaceLineEndings(" ");
        return line.Length <= max ? line : string.Concat(line.AsSpan(0, max - 1).TrimEnd(), "…");
    }

    // A generous estimate of the label's width at 12 px in common sans-serif faces (DejaVu Sans, the widest of
    // them, as the measure), so that lanes keep labels apart in any browser.
    internal static double TextWidth(string text)
    {
        double em = 0;
        foreach (char c in text)
        {
            em += c switch
            {
                ' ' => 0.34,
                'i' or 'l' or 'j' or 'I' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.32,
                'f' or 't' or 'r' or '(' or ')' or '-' or '[' or ']' => 0.42,
                'm' or 'w' => 0.98,
                'M' or 'W' or '—' or '…' => 1.02,
                >= 'A' and <= 'Z' => 0.78,
                >= '0' and <= '9' => 0.66,
                < '\u0080' => 0.64,
                _ => 0.8,
            };
        }
        return Math.Ceiling((em * FontSize) + 2);
    }

    private static string ColorOf(string key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
            hash = (hash ^ c) * 16777619;
        return Palette[hash % (uint)Palette.Length];
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\n' => sb.Append("&#10;"),
                < ' ' => sb.Append(' '),
                _ => sb.Append(c),
            };
        }
        return sb.ToString();
    }

    // One event's extent on the day axis and how it is drawn.
    private sealed class Mark
    {
        public required HistoricalEvent Event { get; init; }

        public required double First { get; init; }

        public required double Last { get; init; }

        public required double KnownFirst { get; init; }

        public required double KnownLast { get; init; }

        public required bool IsInterval { get; init; }

        public required bool FadeStart { get; init; }

        public required bool FadeEnd { get; init; }

        public required bool Approximate { get; init; }

        public required bool Uncertain { get; init; }

        // Moments are points whatever their precision (a year is a point on a century's axis); the bounds show as a
        // faint range behind the point when they are wider than a few pixels.
        public bool IsPoint => !IsInterval;

        public static Mark Of(HistoricalEvent e)
        {
            HistoricalDate d = e.Date;
            double first = Day(d.Earliest), last = Day(d.Latest);
            bool interval = d.Kind == HistoricalDateKind.Interval;
            bool openStart = interval && d.StartEnd != IntervalEnd.Known, openEnd = interval && d.EndEnd != IntervalEnd.Known;
            double knownFirst = openStart ? Day(d.End.Earliest) : first, knownLast = openEnd ? Day(d.Start.Latest) : last;
            return new Mark
            {
                Event = e,
                First = first,
                Last = last,
                KnownFirst = knownFirst,
                KnownLast = knownLast,
                IsInterval = interval,
                FadeStart = openStart || (interval && d.Start.IsApproximate),
                FadeEnd = openEnd || (interval && d.End.IsApproximate),
                Approximate = d.IsApproximate,
                Uncertain = d.IsUncertain || d.Kind == HistoricalDateKind.OneOf,
            };
        }
    }
}
