using System.Text.Json;
using HistoricalEvents.Samples.CardsToJson;
using HistoricalEvents.Tests.Text.Cards;

namespace HistoricalEvents.Tests.Samples;

public class CardsToJsonTests
{
    private static (int ExitCode, string[] Lines, string Errors) Run(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CardsToJsonApp.Run(args, new StringReader(stdin), stdout, stderr);
        string[] lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (code, lines, stderr.ToString());
    }

    [Fact]
    public void Run_SeedFile_WritesTheSpecifiedObject()
    {
        string path = CardTestData.SeedPath;
        (int code, string[] lines, string errors) = Run("", path);
        Assert.Equal((0, ""), (code, errors));
        string line = Assert.Single(lines);
        using JsonDocument doc = JsonDocument.Parse(line);
        JsonElement card = doc.RootElement;
        Assert.Equal(["file", "line", "title", "date", "place", "summary", "moments", "narrative", "sources"],
            card.EnumerateObject().Select(p => p.Name).Take(9));
        Assert.Equal(path, card.GetProperty("file").GetString());
        Assert.Equal(1, card.GetProperty("line").GetInt32());
        Assert.Equal("Azerbaijan Declares Independence from the Soviet Union", card.GetProperty("title").GetString());
        Assert.Equal("1991", card.GetProperty("date").GetString());
        Assert.Equal("Baku, Azerbaijan", card.GetProperty("place").GetString());
        Assert.Equal("Azerbaijan declares its independence from the Soviet Union following a national referendum.", card.GetProperty("summary").GetString());
        JsonElement moment = Assert.Single(card.GetProperty("moments").EnumerateArray());
        Assert.Equal("1920-04-28", moment.GetProperty("date").GetString());
        Assert.Equal("Azerbaijan was incorporated into the Soviet Union as the Azerbaijan Soviet Socialist Republic.", moment.GetProperty("summary").GetString());
        Assert.Equal(["Baku, Azerbaijan", "Soviet Union"], moment.GetProperty("places").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(7, card.GetProperty("narrative").GetArrayLength());
        Assert.Equal(["en.wikipedia.org"], card.GetProperty("sources").EnumerateArray().Select(p => p.GetString()));
        // Non-ASCII stays readable, and the object is on one line.
        Assert.Contains("Azerbaijan\u2019s independence", line, StringComparison.Ordinal);
        Assert.StartsWith("{\"file\":", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StandardInput_ReadsItWhenNoFileIsGiven()
    {
        (int code, string[] lines, _) = Run(CardTestData.Seed);
        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal(CardsToJsonApp.StandardInputName, doc.RootElement.GetProperty("file").GetString());
    }

    [Fact]
    public void Run_SomeBadCards_WritesTheGoodOnesAndErrorsAndReturnsOne()
    {
        string text = CardTestData.Small("Good") + "\n\nBad\nFebruary 30, 1920\nS.\nP.\nSource: x\n\n" + CardTestData.Small("Also good");
        (int code, string[] lines, string errors) = Run(text, "-");
        Assert.Equal(1, code);
        Assert.Equal(["Good", "Also good"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()));
        Assert.StartsWith("<stdin>:8:10: found \"30\", expected ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadCardInFile_NamesTheFileLineAndColumn()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cards-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Bad\n1991x\nS.\nP.\nSource: x");
        try
        {
            (int code, _, string errors) = Run("", path);
            Assert.Equal(1, code);
            Assert.StartsWith($"{path}:2:5: found ", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("no-such-file.txt")]
    public void Run_BadArgumentOrMissingFile_ReturnsTwoAndWritesNothing(string arg)
    {
        (int code, string[] lines, string errors) = Run(CardTestData.Seed, CardTestData.SeedPath, arg);
        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains(arg, errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--to", "cards")]
    [InlineData("--to=cards")]
    public void Run_ToCards_WritesLibraryCardJsonThatReadsBack(params string[] option)
    {
        (int code, string[] lines, string errors) = Run("", [.. option, CardTestData.SeedPath]);
        Assert.Equal((0, ""), (code, errors));
        EventCard read = System.Text.Json.JsonSerializer.Deserialize(Assert.Single(lines), HistoricalEvents.Serialization.HistoricalEventsJson.Context.EventCard)!;
        Assert.Equal(HistoricalEvents.Text.CardReader.Parse(CardTestData.Seed).Value, read);
    }

    [Fact]
    public void Run_ToEvents_WritesOneLinePerEvent()
    {
        (int code, string[] lines, _) = Run(CardTestData.Seed, "--to", "events");
        Assert.Equal(0, code);
        Assert.Equal(2, lines.Length);
        Assert.Equal("1920-04-28", JsonDocument.Parse(lines[1]).RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Run_Seed_WritesTheCardCheckersOneWarning()
    {
        (int code, string[] lines, _) = Run(CardTestData.Seed, CardTestData.SeedPath);
        Assert.Equal(0, code);
        JsonElement warning = Assert.Single(JsonDocument.Parse(Assert.Single(lines)).RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("HE1001", warning.GetProperty("code").GetString());
        Assert.StartsWith("the Soviet Union existed from December 30, 1922", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal((6, 20), (warning.GetProperty("line").GetInt32(), warning.GetProperty("column").GetInt32()));
        Assert.Equal("Definitely", warning.GetProperty("certainty").GetString());
    }

    [Fact]
    public void Run_ToTimelineJs_WritesOneDocumentWithBothEvents()
    {
        (int code, string[] lines, _) = Run(CardTestData.Seed, "--to", "timelinejs", CardTestData.SeedPath);
        Assert.Equal(0, code);
        JsonElement events = JsonDocument.Parse(string.Join('\n', lines)).RootElement.GetProperty("events");
        Assert.Equal(2, events.GetArrayLength());
        Assert.Equal(1991, events[0].GetProperty("start_date").GetProperty("year").GetInt32());
    }

    [Fact]
    public void Run_ToGeoJson_WritesAFeatureForEachEventWithCoordinates()
    {
        const string card = "Battle of Actium\n31 BC · Actium, Greece @ 38.95, 20.75\nOctavian defeats Antony.\nA naval battle.\nSource: en.wikipedia.org";
        (int code, string[] lines, _) = Run(card, "--to", "geojson");
        Assert.Equal(0, code);
        JsonElement root = JsonDocument.Parse(string.Join('\n', lines)).RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        JsonElement point = Assert.Single(root.GetProperty("features").EnumerateArray()).GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal([20.75, 38.95], point.EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public void Run_UnknownFormat_ReturnsTwoAndNamesTheFormats()
    {
        (int code, string[] lines, string errors) = Run(CardTestData.Seed, "--to", "yaml");
        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("unknown format yaml; expected one of jsonl, cards, events, timelinejs, geojson", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StreamOutput_IsTheSameBytesAsTextOutput()
    {
        var bytes = new MemoryStream();
        Assert.Equal(0, CardsToJsonApp.Run([CardTestData.SeedPath], TextReader.Null, bytes, TextWriter.Null));
        var text = new StringWriter();
        Assert.Equal(0, CardsToJsonApp.Run([CardTestData.SeedPath], TextReader.Null, text, TextWriter.Null));
        Assert.Equal(text.ToString(), System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
        Assert.EndsWith("}\n", text.ToString(), StringComparison.Ordinal);
    }
}
