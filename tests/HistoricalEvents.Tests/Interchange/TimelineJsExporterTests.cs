using System.Text.Json;
using HistoricalEvents.Interchange;

namespace HistoricalEvents.Tests.Interchange;

public class TimelineJsExporterTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Interchange", "TimelineJs", name);

    private const string Card = """
        Azerbaijan Declares Independence from the Soviet Union
        1991 · Baku, Azerbaijan
        Azerbaijan declares its independence from the Soviet Union.
        April 28, 1920
        Azerbaijan was incorporated into the Soviet Union.
        Baku, Azerbaijan | Soviet Union
        Following the chaos of World War I <and> more.
        Source: en.wikipedia.org
        """;

    private static JsonDocument Export(IEnumerable<HistoricalEvent> events, TimelineJsOptions? options = null)
    {
        var stream = new MemoryStream();
        TimelineJsExporter.Write(events, stream, options);
        return JsonDocument.Parse(stream.ToArray());
    }

    private static HistoricalEvent Event(string date, string title = "T") => new(HistoricalDate.Parse(date), "S", title: title);

    public static TheoryData<string, string, string?, string> Dates => new()
    {
        // date, start_date, end_date, display_date
        { "March 15, 44 BC", "-44/3/15", null, "March 15, 44 BC" },
        { "April 1920", "1920/4", null, "April 1920" },
        { "c. 1200", "1200", null, "c. 1200" },
        { "1200?", "1200", null, "1200?" },
        { "1 BC", "-1", null, "1 BC" },
        { "1914–1918", "1914", "1918", "1914–1918" },
        { "1920s", "1920", "1929", "1920s" },
        { "5th century BC", "-500", "-401", "5th century BC" },
        { "404 or 403 BC", "-404", "-403", "404 or 403 BC" },
        { "1920-04-28/..", "1920/4/28", null, "" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Write_Date_YearMonthDayWithBcNegativeAndDisplayDateAsWritten(string date, string start, string? end, string display)
    {
        using JsonDocument doc = Export([Event(date)]);
        JsonElement e = doc.RootElement.GetProperty("events")[0];

        Assert.Equal(start, Ymd(e.GetProperty("start_date")));
        Assert.Equal(end, e.TryGetProperty("end_date", out JsonElement endDate) ? Ymd(endDate) : null);
        if (display.Length > 0)
        {
            Assert.Equal(display, e.GetProperty("display_date").GetString());
        }
    }

    private static string Ymd(JsonElement date) =>
        string.Join("/", new[] { "year", "month", "day" }.Where(k => date.TryGetProperty(k, out _)).Select(k => date.GetProperty(k).GetInt32()));

    [Fact]
    public void Write_Cards_HeadlineAndMomentsWithHtmlEscapedTextAndGroups()
    {
        var stream = new MemoryStream();
        TimelineJsExporter.Write([EventCard.Parse(Card)], stream, new TimelineJsOptions { Title = "Azerbaijan", Indented = true });
        using JsonDocument doc = JsonDocument.Parse(stream.ToArray());
        JsonElement events = doc.RootElement.GetProperty("events");

        Assert.Equal("Azerbaijan", doc.RootElement.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());
        Assert.Equal(2, events.GetArrayLength());
        Assert.Equal("Azerbaijan Declares Independence from the Soviet Union", events[1].GetProperty("text").GetProperty("headline").GetString());
        Assert.Equal("Azerbaijan", events[0].GetProperty("group").GetString());
        string text = events[0].GetProperty("text").GetProperty("text").GetString()!;
        Assert.Contains("World War I &lt;and&gt; more.", text, StringComparison.Ordinal);
        Assert.Contains("<p>Source: en.wikipedia.org</p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Periods_Eras()
    {
        var era = new HistoricalPeriod("Soviet era", HistoricalDate.Parse("1920/1991"));

        using JsonDocument doc = Export([Event("1991")], new TimelineJsOptions { Eras = [era] });
        JsonElement e = doc.RootElement.GetProperty("eras")[0];

        Assert.Equal("1920", Ymd(e.GetProperty("start_date")));
        Assert.Equal("1991", Ymd(e.GetProperty("end_date")));
        Assert.Equal("Soviet era", e.GetProperty("text").GetProperty("headline").GetString());
    }

    [Fact]
    public void Write_Everything_OnlyPropertiesTimelineJsOwnExamplesUse()
    {
        // Every property name we write, per kind of object, appears in TimelineJS's own example files.
        var known = new Dictionary<string, HashSet<string>>();
        foreach (string file in new[] { "eras.json", "cosmo.json", "cosmo-mixed.json", "marktwain.json", "women_in_computing.json" })
        {
            using JsonDocument example = JsonDocument.Parse(File.ReadAllText(Fixture(file)));
            Collect(example.RootElement, "timeline", known);
        }
        // display_date on a slide is documented on TimelineJS's JSON page, though no example uses it.
        Assert.Contains("display_date", File.ReadAllText(Fixture("json-format.njk")), StringComparison.Ordinal);
        known["slide"].Add("display_date");
        var era = new HistoricalPeriod("Soviet era", HistoricalDate.Parse("1920/1991"), description: "d");
        using JsonDocument ours = Export(EventCard.Parse(Card).Events.Append(Event("1920s")),
            new TimelineJsOptions { Title = "t", TitleText = "x", Eras = [era] });
        var written = new Dictionary<string, HashSet<string>>();
        Collect(ours.RootElement, "timeline", written);

        foreach ((string kind, HashSet<string> names) in written)
        {
            Assert.True(known.ContainsKey(kind), kind);
            Assert.Subset(known[kind], names);
        }
        Assert.Equal(JsonValueKind.Number, ours.RootElement.GetProperty("events")[0].GetProperty("start_date").GetProperty("year").ValueKind);
    }

    private static void Collect(JsonElement e, string kind, Dictionary<string, HashSet<string>> into)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in e.EnumerateArray())
            {
                Collect(item, kind, into);
            }
            return;
        }
        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (!into.TryGetValue(kind, out HashSet<string>? names))
        {
            into[kind] = names = [];
        }
        foreach (JsonProperty p in e.EnumerateObject())
        {
            names.Add(p.Name);
            string child = p.Name switch
            {
                "events" or "title" => "slide",
                "start_date" or "end_date" => "date",
                "eras" => "era",
                _ => p.Name,
            };
            Collect(p.Value, child, into);
        }
    }
}
