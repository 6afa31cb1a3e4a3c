using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HistoricalEvents.Samples.CardsToJson;

namespace HistoricalEvents.Tests.Samples;

public class RelaxedJsonStringsTests
{
    // What Utf8JsonWriter writes for the string under the relaxed encoder, or how it fails.
    private static string ByTheWriter(string value)
    {
        try
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStringValue(value);
            }
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        catch (ArgumentException e)
        {
            return "threw " + e.GetType().Name;
        }
    }

    // What TryQuote writes, or null when it leaves the string to the writer.
    private static string? ByTryQuote(string value)
    {
        byte[] destination = new byte[(value.Length * 3) + 2];
        return RelaxedJsonStrings.TryQuote(value, destination, out int written) ? Encoding.UTF8.GetString(destination, 0, written) : null;
    }

    [Fact]
    public void TryQuote_EveryBmpCharacter_SameBytesAsTheWriterOrLeftToIt()
    {
        var differences = new List<int>();
        int quoted = 0;
        for (int c = 0; c <= 0xFFFF; c++)
        {
            // Alone, and between ASCII text (the writer searches ASCII runs and the rest differently).
            foreach (string value in new[] { ((char)c).ToString(), $"Baku{(char)c}, Azerbaijan\u2019s {(char)c}" })
            {
                if (ByTryQuote(value) is { } text)
                {
                    quoted++;
                    if (text != ByTheWriter(value))
                    {
                        differences.Add(c);
                    }
                }
            }
        }

        Assert.Empty(differences);
        // Nearly every character needs no escape under the relaxed encoder: the fast path is the usual one.
        // (Measured: 111,140 of the 131,072; the rest are surrogates, controls and what the encoder escapes.)
        Assert.True(quoted > 100_000, $"only {quoted} strings were quoted without the writer");
    }

    [Theory]
    [InlineData("Azerbaijan\u2019s independence", true)]
    [InlineData("\U0001F3DB", false)]  // a supplementary character: the relaxed encoder escapes it
    [InlineData("a\U0001D11Eb\U000E0041", false)]  // a musical symbol and a tag character
    [InlineData("", true)]
    [InlineData("\"quoted\"", false)]
    [InlineData("back\\slash", false)]
    [InlineData("tab\t", false)]
    [InlineData("del\u007f", false)]
    [InlineData("<b>&amp;</b> '+'", true)]  // escaped by the default encoder, not by the relaxed one
    public void TryQuote_Strings_QuotedWhenNothingIsEscapedAndThenAsTheWriter(string value, bool quoted)
    {
        string? text = ByTryQuote(value);

        Assert.Equal(quoted, text is not null);
        if (text is not null)
        {
            Assert.Equal(ByTheWriter(value), text);
        }
    }

    [Fact]
    public void TryQuote_LoneSurrogates_LeftToTheWriter()
    {
        // Not in InlineData: xunit's theory data would not carry a lone surrogate through unchanged.
        foreach (string value in new[] { "\uD800", "x\uDC00y", "Baku \uDBFF" })
        {
            Assert.Null(ByTryQuote(value));
            Assert.Contains("\\uFFFD", ByTheWriter(value));
        }
    }

    [Fact]
    public void TryQuote_LongString_SameBytesAsTheWriter()
    {
        string value = string.Concat(Enumerable.Repeat("Azerbaijan\u2019s independence, ", 20_000));

        Assert.Equal(ByTheWriter(value), ByTryQuote(value));
    }
}
