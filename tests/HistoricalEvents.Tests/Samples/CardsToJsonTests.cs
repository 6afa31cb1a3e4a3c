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
    public void Run_CardsDatedBeyondLocalDatesYears_WritesThemWithoutCrashing()
    {
        // The card checker read HistoricalDate.Earliest, which has no LocalDate for 10,000 BC: the process aborted.
        string text = CardTestData.Small("Far past", "10000 BC · Baku") + "\n\n" + CardTestData.Small("Far future", "12000 · Baku");
        (int code, string[] lines, string errors) = Run(text);
        Assert.Equal((0, ""), (code, errors));
        Assert.Equal(["-9999", "Y12000"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("date").GetString()));
        Assert.Equal([0, 1], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("warnings").GetArrayLength()));
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

    // The shape as first written (string property names, ToEdtfString, ToString, LINQ-free but plain): CardLineWriter's
    // faster path (constant names, dates on the stack, strings transcoded in place, the allocation-free checker) must
    // give exactly these bytes under the relaxed encoder, and a newline.
    private static void WriteCardPlainly(Utf8JsonWriter json, EventCard card)
    {
        HistoricalEvent headline = card.Headline;
        json.WriteStartObject();
        json.WriteString("file", card.File);
        json.WriteNumber("line", card.Line);
        json.WriteString("title", card.Title);
        json.WriteString("date", headline.Date.ToEdtfString());
        json.WriteString("place", headline.Places.Count > 0 ? headline.Places[0].Text : null);
        json.WriteString("summary", headline.Summary);
        json.WriteStartArray("moments");
        foreach (HistoricalEvent moment in card.Moments)
        {
            json.WriteStartObject();
            json.WriteString("date", moment.Date.ToEdtfString());
            json.WriteString("summary", moment.Summary);
            json.WriteStartArray("places");
            foreach (Place place in moment.Places)
            {
                json.WriteStringValue(place.Text);
            }
            json.WriteEndArray();
            json.WriteNumber("line", moment.Origin?.Line ?? 0);
            json.WriteString("dateText", moment.Date.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("narrative");
        foreach (string paragraph in card.Narrative)
        {
            json.WriteStringValue(paragraph);
        }
        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (Source source in card.Sources)
        {
            json.WriteStringValue(source.Text);
        }
        json.WriteEndArray();
        json.WriteString("dateText", headline.Date.Text);
        json.WriteString("precision", headline.Date.Precision.ToString());
        json.WriteStartArray("warnings");
        foreach (HistoricalEvents.Places.CardWarning warning in HistoricalEvents.Places.CardChecker.Check(card))
        {
            json.WriteStartObject();
            json.WriteString("code", warning.Code);
            json.WriteString("message", warning.Message);
            json.WriteNumber("line", warning.Line);
            json.WriteNumber("column", warning.Column);
            json.WriteString("certainty", warning.Certainty.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Written(Action<Utf8JsonWriter> write, System.Text.Encodings.Web.JavaScriptEncoder? encoder)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            write(json);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // The seed and the anachronisms (every warning code), and the sample card files (real cards, non-ASCII text).
    public static TheoryData<string> CardFiles => new()
    {
        Path.Combine(AppContext.BaseDirectory, "TestData", "Cards", CardTestData.SeedFileName),
        Path.Combine(AppContext.BaseDirectory, "TestData", "Places", "anachronisms.txt"),
        Path.Combine(CardTestData.RepositoryRoot, "samples", "data", "british-history.txt"),
        Path.Combine(CardTestData.RepositoryRoot, "samples", "data", "earthquakes.txt"),
        Path.Combine(CardTestData.RepositoryRoot, "samples", "data", "science-and-technology.txt"),
    };

    // One card through CardLineWriter, as text.
    private static string WrittenAsLine(EventCard card)
    {
        var bytes = new MemoryStream();
        using (var writer = new CardLineWriter(bytes))
        {
            writer.Write(card);
        }
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string WrittenPlainly(EventCard card) =>
        Written(json => WriteCardPlainly(json, card), System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\n";

    [Theory]
    [MemberData(nameof(CardFiles))]
    public void CardLineWriter_EveryCardOfAFile_SameBytesAsWritingEachValuePlainly(string path)
    {
        EventCard[] cards = [.. HistoricalEvents.Text.CardReader.ReadFile(path).Where(r => r.Success).Select(r => r.Value)];
        Assert.NotEmpty(cards);
        foreach (EventCard card in cards)
        {
            Assert.Equal(WrittenPlainly(card), WrittenAsLine(card));
        }
    }

    private static EventCard CardWith(string title, string headline) => HistoricalEvents.Text.CardReader.Parse(
        $"{title}\n{headline}\nA \"summary\".\nJune 28, 1914\nA moment.\nSarajevo, Austria-Hungary | Soviet Union\nA paragraph with \u2018quotes\u2019 and \\ and </script>.\nSource: example.org").Value;

    [Theory]
    [InlineData("Quotes \"and\" back\\slashes\ttabs", "1991 · Baku, Azerbaijan")]
    [InlineData("Azerbaijan\u2019s <b>&amp;</b> \u00e9t\u00e9 \ud83c\udfdb", "April 28, 1920 · Baku, Soviet Union")]
    [InlineData("A future card", "2999 · Rome, Italy")]
    [InlineData("No place", "c. 1200 BC")]
    [InlineData("Old Style", "March 1, 1800 O.S. · London, Great Britain")]
    [InlineData("Span", "1914–1918 · Europe")]
    [InlineData("Controls \u0001 DEL \u007f and separators \u2028\u2029", "44 BC · Rome")]
    public void CardLineWriter_CardsWithEscapesAndWarnings_SameBytesAsWritingEachValuePlainly(string title, string headline)
    {
        EventCard card = CardWith(title, headline);

        Assert.Equal(WrittenPlainly(card), WrittenAsLine(card));
    }

    [Fact]
    public void CardLineWriter_ManyCardsAcrossBlocks_TheirLinesInOrder()
    {
        // Enough cards for several 64 KiB blocks, and one card far larger than a block (the block grows, then shrinks).
        var cards = new List<EventCard>();
        for (int i = 0; i < 400; i++)
        {
            cards.Add(CardWith($"Card {i} \u2019{new string('x', i * 7)}", "1991 · Baku, Azerbaijan"));
        }
        cards.Insert(200, CardWith("Huge " + string.Concat(Enumerable.Repeat("Azerbaijan\u2019s \"independence\" ", 20_000)), "1991"));
        var bytes = new MemoryStream();
        using (var writer = new CardLineWriter(bytes, leaveOpen: true))
        {
            foreach (EventCard card in cards)
            {
                writer.Write(card);
            }
            Assert.Equal(cards.Count, writer.LineCount);
        }

        Assert.Equal(string.Concat(cards.Select(WrittenPlainly)), System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [Fact]
    public void CardLineWriter_LoneSurrogate_WrittenAsTheWriterWritesIt()
    {
        // A TextReader can hand the card reader a lone surrogate; Utf8JsonWriter writes it as an escaped U+FFFD.
        EventCard card = CardWith("Bad \ud800 surrogate", "1991 · Baku, Azerbaijan");

        string line = WrittenAsLine(card);

        Assert.Equal(WrittenPlainly(card), line);
        Assert.Contains("\"title\":\"Bad \\uFFFD surrogate\"", line);
    }
}
