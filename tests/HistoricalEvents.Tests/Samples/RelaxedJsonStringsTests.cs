using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HistoricalEvents.Samples.CardsToJson;

namespace HistoricalEvents.Tests.Samples;

public class RelaxedJsonStringsTests
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("p");

    // Writes {"p":value,"a":[value]} through the writer alone, or through RelaxedJsonStrings where it applies.
    private static string Write(string? value, bool viaRelaxed, JavaScriptEncoder? encoder = null, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder ?? JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = indented }))
        {
            bool fast = viaRelaxed && RelaxedJsonStrings.Applies(json);
            json.WriteStartObject();
            if (viaRelaxed)
            {
                RelaxedJsonStrings.WriteString(json, Name, value, fast);
            }
            else
            {
                json.WriteString(Name, value);
            }
            json.WriteStartArray("a");
            if (value is not null)
            {
                if (viaRelaxed)
                {
                    RelaxedJsonStrings.WriteStringValue(json, value, fast);
                }
                else
                {
                    json.WriteStringValue(value);
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Outcome(Func<string> write)
    {
        try
        {
            return write();
        }
        catch (ArgumentException e)
        {
            return "threw " + e.GetType().Name;
        }
    }

    [Fact]
    public void WriteString_EveryBmpCharacter_SameBytesAsTheWriter()
    {
        var differences = new List<int>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            // Alone, and between ASCII text (the writer searches ASCII runs and the rest differently).
            foreach (string value in new[] { ((char)c).ToString(), $"Baku{(char)c}, Azerbaijan\u2019s {(char)c}" })
            {
                if (Outcome(() => Write(value, viaRelaxed: false)) != Outcome(() => Write(value, viaRelaxed: true)))
                {
                    differences.Add(c);
                }
            }
        }

        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("\U0001F3DB")]  // a supplementary character (a surrogate pair)
    [InlineData("a\U0001D11Eb\U000E0041")]  // a musical symbol and a tag character
    [InlineData("\uD800")]  // a lone high surrogate
    [InlineData("x\uDC00y")]  // a lone low surrogate
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Azerbaijan\u2019s <b>&amp;</b> \"quoted\" back\\slash\ttab\u007f\u2028")]
    public void WriteString_SurrogatesEmptyAndNull_SameBytesAsTheWriter(string? value)
    {
        Assert.Equal(Outcome(() => Write(value, viaRelaxed: false)), Outcome(() => Write(value, viaRelaxed: true)));
    }

    [Fact]
    public void WriteString_LongerThanTheScratchBuffer_SameBytesAsTheWriter()
    {
        string value = string.Concat(Enumerable.Repeat("Azerbaijan\u2019s independence, ", 2000));

        Assert.Equal(Write(value, viaRelaxed: false), Write(value, viaRelaxed: true));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Applies_OtherEncoderOrIndented_IsFalseAndTheWriterIsUsed(bool defaultEncoder, bool indented)
    {
        using var json = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions
        {
            Encoder = defaultEncoder ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = indented,
        });

        Assert.False(RelaxedJsonStrings.Applies(json));
        const string value = "Azerbaijan\u2019s <b>";
        JavaScriptEncoder encoder = defaultEncoder ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        Assert.Equal(Write(value, viaRelaxed: false, encoder, indented), Write(value, viaRelaxed: true, encoder, indented));
    }
}
