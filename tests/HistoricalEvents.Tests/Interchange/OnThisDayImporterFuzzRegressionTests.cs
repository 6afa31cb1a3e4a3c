using System.Text;
using HistoricalEvents.Interchange;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Interchange;

/// <summary>
/// Inputs found by fuzzing (tests/HistoricalEvents.Fuzz, target "onthisday"): invalid UTF-8 inside a string threw
/// InvalidOperationException, and an empty page title became an event titled "" that its own JSON could not read back.
/// </summary>
public class OnThisDayImporterFuzzRegressionTests
{
    private static readonly AnnualDate Day = new(10, 30);

    private static List<ParseResult<HistoricalEvent>> Read(byte[] json) => [.. OnThisDayImporter.Read(new MemoryStream(json), Day)];

    private static List<ParseResult<HistoricalEvent>> Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static TheoryData<byte[], int, int, string> InvalidUtf8 => new()
    {
        // input, line, column (in bytes, as JsonException counts), found
        { [.. "{\"events\":[{\"text\":\"a"u8, 0xC3, .. "\",\"year\":1991}]}"u8], 1, 22, "invalid UTF-8 (bytes 0xC3)" },
        { [.. "{\"events\":\n [{\"text\":\"T\",\"year\":1991,\"pages\":[{\"title\":\""u8, 0xED, 0xA0, 0x80, .. "\"}]}]}"u8], 2, 46, "invalid UTF-8 (bytes 0xED)" },
        { [0xEF, 0xBB, 0xBF, .. "{\"events\":[{\"text\":\""u8, 0xFF, .. "\",\"year\":1991}]}"u8], 1, 21, "invalid UTF-8 (bytes 0xFF)" },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public void Read_InvalidUtf8InAString_OneErrorAtTheByte(byte[] json, int line, int column, string found)
    {
        ParseResult<HistoricalEvent> result = Assert.Single(Read(json));

        Assert.False(result.Success);
        Assert.Equal((line, column), ((int)result.Error!.Line, result.Error.Column));
        Assert.Equal(found, result.Error.Found);
    }

    [Theory]
    [InlineData("{\"normalizedtitle\":\"\",\"title\":\"Battle_of_Baku\"}", "Battle of Baku")]
    [InlineData("{\"normalizedtitle\":\" \",\"title\":\"Baku\"}", "Baku")]
    [InlineData("{\"normalizedtitle\":\"Two\\nlines\"}", "Two lines")]
    [InlineData("{\"normalizedtitle\":\"\",\"title\":\"\"}", "The text.")]
    public void Read_BlankOrMultiLinePageTitle_TitleIsOneNonBlankLine(string page, string title)
    {
        ParseResult<HistoricalEvent> result = Assert.Single(Read($"{{\"events\":[{{\"text\":\"The text.\",\"year\":1991,\"pages\":[{page}]}}]}}"));

        Assert.Equal(title, result.Value.Title);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("\"https://en.wikipedia.org/wiki/Baku\\nx\"")]
    public void Read_BlankOrMultiLinePageUrl_UrlMadeFromTheTitle(string url)
    {
        ParseResult<HistoricalEvent> result = Assert.Single(Read(
            $"{{\"events\":[{{\"text\":\"T.\",\"year\":1991,\"pages\":[{{\"title\":\"Baku\",\"content_urls\":{{\"desktop\":{{\"page\":{url}}}}}}}]}}]}}"));

        Assert.Equal("https://en.wikipedia.org/wiki/Baku", Assert.Single(result.Value.Sources).Text);
    }
}
