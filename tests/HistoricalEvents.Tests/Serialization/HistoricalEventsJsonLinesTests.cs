using System.Text;
using System.Text.Json;
using HistoricalEvents.Serialization;
using HistoricalEvents.Tests.Text.Cards;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Serialization;

public class HistoricalEventsJsonLinesTests
{
    private static EventCard Seed => CardReader.Parse(CardTestData.Seed).Value;

    private static List<EventCard> SmallCards(int count) =>
        [.. Enumerable.Range(1, count).Select(i => CardReader.Parse(CardTestData.Small($"Card {i}")).Value)];

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void WriteCards_ThenReadCards_GivesEqualCardsOnePerLine()
    {
        List<EventCard> cards = [Seed, .. SmallCards(3)];
        var stream = new MemoryStream();
        Assert.Equal(4, HistoricalEventsJsonLines.WriteCards(stream, cards));
        string text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(4, text.Count(c => c == '\n'));
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("Azerbaijan’s", text, StringComparison.Ordinal);
        stream.Position = 0;
        List<ParseResult<EventCard>> read = [.. HistoricalEventsJsonLines.ReadCards(stream)];
        Assert.All(read, r => Assert.True(r.Success));
        Assert.Equal(cards, read.Select(r => r.Value));
        Assert.Equal(cards.Select(c => c.Position), read.Select(r => r.Value.Position));
    }

    [Fact]
    public void ReadCards_BadLines_ReportsLineAndColumnAndGoesOn()
    {
        string good = JsonSerializer.Serialize(Seed, HistoricalEventsJson.Context.EventCard);
        string badSource = good.Replace("\"sources\":[\"en.wikipedia.org\"]", "\"sources\":[\"\"]", StringComparison.Ordinal);
        string text = good + "\n{not json\n\n" + badSource + "\r\n" + good;
        List<ParseResult<EventCard>> read = [.. HistoricalEventsJsonLines.ReadCards(Utf8(text), new JsonLinesReaderOptions { SourceName = "cards.jsonl" })];
        Assert.Equal([true, false, false, true], read.Select(r => r.Success));
        ParseError syntax = read[1].Error!;
        Assert.Equal((2, 2), (syntax.Line, syntax.Column));
        Assert.StartsWith("cards.jsonl:2:2: found invalid JSON (", syntax.ToString(), StringComparison.Ordinal);
        ParseError source = read[2].Error!;
        Assert.Equal(4, source.Line);
        Assert.Equal("\"\" at $.headline.sources[0]", source.Found);
        int expectedColumn = badSource.IndexOf("\"sources\":[\"\"]", StringComparison.Ordinal) + "\"sources\":[\"\"]".Length;
        Assert.InRange(source.Column, expectedColumn - 3, expectedColumn + 1);
    }

    [Fact]
    public void ReadCards_TextReaderAndStream_GiveTheSameResults()
    {
        var stream = new MemoryStream();
        HistoricalEventsJsonLines.WriteCards(stream, SmallCards(5));
        string text = "\uFEFF" + Encoding.UTF8.GetString(stream.ToArray()) + "[]\n";
        List<ParseResult<EventCard>> fromReader = [.. HistoricalEventsJsonLines.ReadCards(new StringReader(text))];
        List<ParseResult<EventCard>> fromStream = [.. HistoricalEventsJsonLines.ReadCards(Utf8(text))];
        Assert.Equal(6, fromReader.Count);
        Assert.Equal(fromStream.Take(5).Select(r => r.Value), fromReader.Take(5).Select(r => r.Value));
        Assert.Equal(fromStream[5].Error, fromReader[5].Error);
        Assert.Equal(6, fromReader[5].Error!.Line);
    }

    [Fact]
    public void ReadCards_NonAsciiBeforeTheError_ColumnCountsChars()
    {
        string line = "{\"line\":1,\"file\":\"Bakı’s\",\"headline\":5}";
        ParseError error = HistoricalEventsJsonLines.ReadCards(Utf8(line)).Single().Error!;
        Assert.Equal("a number at $.headline", error.Found);
        Assert.InRange(error.Column, line.IndexOf('5', StringComparison.Ordinal) + 1, line.Length);
        Assert.Equal(error, HistoricalEventsJsonLines.ReadCards(new StringReader(line)).Single().Error);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(100_000)]
    public void ReadCards_LineLongerThanTheLimit_IsOneErrorAndReadingGoesOn(int limit)
    {
        string good = JsonSerializer.Serialize(SmallCards(1)[0], HistoricalEventsJson.Context.EventCard);
        string longLine = "\"" + new string('x', limit + 10) + "\"";
        string text = (good.Length <= limit ? good + "\n" : "") + longLine + "\n" + (good.Length <= limit ? good : "");
        var options = new JsonLinesReaderOptions { MaxLineLength = limit };
        List<ParseResult<EventCard>> read = [.. HistoricalEventsJsonLines.ReadCards(Utf8(text), options)];
        ParseResult<EventCard> tooLong = Assert.Single(read, r => !r.Success);
        Assert.Contains("at most", tooLong.Error!.Expected, StringComparison.Ordinal);
        Assert.Equal(good.Length <= limit ? 2 : 1, tooLong.Error.Line);
        Assert.Equal(good.Length <= limit ? 3 : 1, read.Count);
    }

    [Fact]
    public async Task ReadCardsAsync_GivesWhatReadCardsGives()
    {
        var stream = new MemoryStream();
        await HistoricalEventsJsonLines.WriteCardsAsync(stream, SmallCards(300).ToAsyncEnumerable());
        byte[] bytes = stream.ToArray();
        List<ParseResult<EventCard>> sync = [.. HistoricalEventsJsonLines.ReadCards(new MemoryStream(bytes))];
        var async = new List<ParseResult<EventCard>>();
        await foreach (ParseResult<EventCard> result in HistoricalEventsJsonLines.ReadCardsAsync(new MemoryStream(bytes)))
        {
            async.Add(result);
        }
        Assert.Equal(300, async.Count);
        Assert.Equal(sync.Select(r => r.Value), async.Select(r => r.Value));
    }

    [Fact]
    public void WriteEvents_ThenReadEvents_KeepsOrigins()
    {
        List<HistoricalEvent> events = [.. Seed.Events];
        var stream = new MemoryStream();
        HistoricalEventsJsonLines.WriteEvents(stream, events);
        stream.Position = 0;
        List<HistoricalEvent> read = [.. HistoricalEventsJsonLines.ReadEvents(stream).Select(r => r.Value)];
        Assert.Equal(events, read);
        Assert.Equal(events.Select(e => e.Origin), read.Select(e => e.Origin));
    }

    [Fact]
    public void JsonLinesWriter_CustomShape_WritesOneLineEach()
    {
        var stream = new MemoryStream();
        using (var writer = new JsonLinesWriter(stream, leaveOpen: true))
        {
            foreach (EventCard card in SmallCards(2))
            {
                writer.Write(card, static (json, c) => { json.WriteStartObject(); json.WriteString("t", c.Title); json.WriteEndObject(); });
            }
            Assert.Equal(2, writer.LineCount);
            Assert.Throws<InvalidOperationException>(() => writer.Write(0, static (json, _) => json.WriteStartObject()));
        }
        Assert.Equal("{\"t\":\"Card 1\"}\n{\"t\":\"Card 2\"}\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void JsonLinesWriter_ManyLines_WritesThemAllInBlocks()
    {
        var stream = new MemoryStream();
        List<EventCard> cards = SmallCards(2000);
        Assert.Equal(2000, HistoricalEventsJsonLines.WriteCards(stream, cards));
        Assert.True(stream.Length > 1 << 16);
        stream.Position = 0;
        Assert.Equal(cards, HistoricalEventsJsonLines.ReadCards(stream).Select(r => r.Value));
    }
}
