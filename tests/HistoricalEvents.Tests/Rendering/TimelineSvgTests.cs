using System.Globalization;
using System.Xml.Linq;
using HistoricalEvents.Rendering;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Rendering;

/// <summary>The SVG's content: well-formed XML, ticks for the span, marks by kind of date, lanes, tooltips.</summary>
public class TimelineSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static HistoricalEvent Event(string date, string title, string place = "Rome, Italy") =>
        new(HistoricalDate.Parse(date), title + " happened.", [Place.Parse(place)], title, sources: [Source.Parse("https://en.wikipedia.org/wiki/" + title.Replace(' ', '_'))]);

    private static XElement Draw(params HistoricalEvent[] events) => XElement.Parse(TimelineSvg.Render(events));

    private static List<string> Ticks(XElement svg) =>
        [.. svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "tick").Select(t => t.Value)];

    public static TheoryData<string, string, string[]> TickCases => new()
    {
        { "44 BC", "AD 14", ["40 BC", "30 BC", "20 BC", "10 BC", "5 BC", "AD 5", "AD 10"] },
        { "1000 BC", "AD 1000", ["1000 BC", "600 BC", "200 BC", "AD 1", "AD 200", "AD 1000"] },
        { "1914", "1918", ["1914", "1915", "1916", "1917", "1918"] },
        { "April 1, 1920", "April 28, 1920", ["5 Apr 1920", "12 Apr 1920", "19 Apr 1920", "26 Apr 1920"] },
    };

    [Theory]
    [MemberData(nameof(TickCases))]
    // Round years counted as people count them (no year zero); weekly ticks fall on Mondays.
    public void Render_Span_TicksSuitTheSpanWithNoYearZero(string from, string to, string[] expected)
    {
        List<string> ticks = Ticks(Draw(Event(from, "First"), Event(to, "Last")));
        Assert.All(expected, e => Assert.True(ticks.Contains(e), e + " not in " + string.Join(", ", ticks)));
        Assert.DoesNotContain(ticks, t => t is "0" or "0 BC" or "AD 0");
        Assert.InRange(ticks.Count, 3, 16);
    }

    [Fact]
    public void Render_MomentsAndSpans_PointsAndBars()
    {
        XElement svg = Draw(Event("44 BC", "Caesar"), Event("1914–1918", "War"));
        var marks = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "event")
            .ToDictionary(g => g.Descendants(Svg + "text").Single().Value, g => g.Elements().Concat(g.Descendants()).First(e => (string?)e.Attribute("class") == "mark").Name.LocalName);
        Assert.Equal("circle", marks["Caesar"]);
        Assert.Equal("rect", marks["War"]);
    }

    [Theory]
    [InlineData("c. 1200 BC–1150 BC", "url(#he-mask-start)")]
    [InlineData("1914–c. 1918", "url(#he-mask-end)")]
    [InlineData("1914–1918", null)]
    public void Render_ApproximateEnds_Faded(string date, string? mask)
    {
        XElement rect = Draw(Event(date, "Span")).Descendants(Svg + "rect").Single(r => (string?)r.Attribute("class") == "mark");
        Assert.Equal(mask, (string?)rect.Attribute("mask"));
    }

    [Theory]
    [InlineData("404 or 403 BC", true)]
    [InlineData("1991?", true)]
    [InlineData("1991", false)]
    public void Render_UncertainDates_Dashed(string date, bool dashed)
    {
        XElement mark = Draw(Event(date, "E")).Descendants().Single(e => (string?)e.Attribute("class") == "mark");
        Assert.Equal(dashed, mark.Attribute("stroke-dasharray") is not null);
    }

    [Fact]
    public void Render_Event_TooltipHasTitleDatePlaceAndSummaryAndLinksToSource()
    {
        XElement group = Draw(Event("March 15, 44 BC", "Assassination of Julius Caesar")).Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "event");
        string tooltip = group.Descendants(Svg + "title").Single().Value;
        Assert.Equal("Assassination of Julius Caesar\nMarch 15, 44 BC · Rome, Italy\nAssassination of Julius Caesar happened.", tooltip);
        Assert.Equal("https://en.wikipedia.org/wiki/Assassination_of_Julius_Caesar", (string?)group.Descendants(Svg + "a").Single().Attribute("href"));
    }

    [Fact]
    public void Render_MarkupInTitles_Escaped()
    {
        string svg = TimelineSvg.Render([Event("1991", "<script>alert(1)</script> & \"more\"")]);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        _ = XElement.Parse(svg);
    }

    [Fact]
    public void Render_ManyEventsInOneYear_LabelsInSeparateLanesWithoutOverlap()
    {
        HistoricalEvent[] events = [.. Enumerable.Range(1, 40).Select(i => Event("1066", $"Event number {i} of the year"))];
        XElement svg = Draw(events);
        var boxes = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "label").Select(t =>
        {
            double x = double.Parse((string)t.Attribute("x")!, CultureInfo.InvariantCulture), y = double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture);
            double w = TimelineSvg.TextWidth(t.Value);
            return (t.Attribute("text-anchor") is null ? x : x - w, y, w);
        }).ToList();
        Assert.Equal(40, boxes.Count);
        for (int i = 0; i < boxes.Count; i++)
            for (int j = i + 1; j < boxes.Count; j++)
                Assert.False(boxes[i].y == boxes[j].y && boxes[i].Item1 < boxes[j].Item1 + boxes[j].w && boxes[j].Item1 < boxes[i].Item1 + boxes[i].w, $"labels {i} and {j} overlap");
    }

    [Fact]
    public void Render_TimelineWithPeriod_BandBehindEvents()
    {
        Timelines.Timeline timeline = new TimelineBuilder()
            .Add(Event("31 BC", "Actium"))
            .AddPeriod(new HistoricalPeriod("Roman Republic", HistoricalDate.Parse("509 BC–27 BC")))
            .Build();
        XElement svg = XElement.Parse(TimelineSvg.Render(timeline));
        XElement period = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "period");
        Assert.Contains("Roman Republic", period.Value, StringComparison.Ordinal);
        XElement[] groups = [.. svg.Elements(Svg + "g")];
        Assert.True(Array.FindIndex(groups, g => (string?)g.Attribute("class") == "periods") < Array.FindIndex(groups, g => (string?)g.Attribute("class") == "events"));
    }

    [Fact]
    public void Render_NoEvents_DrawsAnEmptyAxis()
    {
        XElement svg = Draw();
        Assert.Equal("No events", svg.Element(Svg + "title")!.Value);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(30_000)]
    public void Options_WidthOutOfRange_Throws(int width) =>
        Assert.Throws<ArgumentException>(() => new TimelineSvgOptions { Width = width });

    [Fact]
    public void Render_LongTitle_ShortenedWithEllipsisAndWholeInTooltip()
    {
        string title = new('x', 100);
        XElement group = Draw(Event("1991", title)).Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "event");
        Assert.Equal(48, group.Descendants(Svg + "text").Single().Value.Length);
        Assert.StartsWith(title, group.Descendants(Svg + "title").Single().Value, StringComparison.Ordinal);
    }
}
