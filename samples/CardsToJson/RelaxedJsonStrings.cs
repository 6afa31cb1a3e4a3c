using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HistoricalEvents.Samples.CardsToJson;

/// <summary>
/// Writes strings exactly as <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string?)"/> and
/// <see cref="Utf8JsonWriter.WriteStringValue(string?)"/> do under <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>,
/// but cheaper for the usual string, the one with nothing to escape.
/// </summary>
/// <remarks>
/// <para>
/// The writer asks the encoder for the first character to escape in the UTF-16 text, then transcodes; in a profile of
/// CardsToJson that search cost more than the transcoding (card text has a <c>’</c> in most paragraphs). Here the
/// string is transcoded first and the UTF-8 searched, vectorised, for the printable ASCII bytes the encoder escapes,
/// then for bytes outside printable ASCII; each character found there is asked of the encoder itself
/// (<see cref="TextEncoder.WillEncode"/>). With nothing to escape the quoted bytes are written as a raw value, which
/// is what the writer itself would have written.
/// </para>
/// <para>
/// Anything else goes to the writer unchanged: a string with something to escape, invalid UTF-16, a long string, a
/// writer with another encoder or with indentation. Tests compare both paths for every BMP character.
/// </para>
/// </remarks>
internal static class RelaxedJsonStrings
{
    private const int MaxChars = 1 << 14;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // The printable ASCII bytes the encoder escapes (the quote and the backslash); every other byte it escapes is
    // outside 0x20–0x7E, where the scan below stops anyway. ASCII only, so the search is vectorised.
    private static readonly SearchValues<byte> PrintableEscaped = SearchValues.Create(
        [.. Enumerable.Range(0x20, 0x7F - 0x20).Where(Encoder.WillEncode).Select(b => (byte)b)]);

    [ThreadStatic]
    private static byte[]? t_scratch;

    /// <summary>Whether <paramref name="json"/> writes as this class assumes: the relaxed encoder, no indentation.</summary>
    internal static bool Applies(Utf8JsonWriter json) => ReferenceEquals(json.Options.Encoder, Encoder) && !json.Options.Indented;

    /// <summary>As <c>json.WriteString(name, value)</c>; <paramref name="fast"/> is <see cref="Applies"/>.</summary>
    internal static void WriteString(Utf8JsonWriter json, JsonEncodedText name, string? value, bool fast)
    {
        if (fast && value is not null && TryQuote(value, out ReadOnlySpan<byte> quoted))
        {
            json.WritePropertyName(name);
            json.WriteRawValue(quoted, skipInputValidation: true);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>As <c>json.WriteStringValue(value)</c>; <paramref name="fast"/> is <see cref="Applies"/>.</summary>
    internal static void WriteStringValue(Utf8JsonWriter json, string value, bool fast)
    {
        if (fast && TryQuote(value, out ReadOnlySpan<byte> quoted))
        {
            json.WriteRawValue(quoted, skipInputValidation: true);
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    // The value as a JSON string (quotes included) when nothing in it is escaped; false otherwise.
    private static bool TryQuote(string value, out ReadOnlySpan<byte> quoted)
    {
        quoted = default;
        if (value.Length > MaxChars)
        {
            return false;
        }
        byte[] scratch = t_scratch ??= new byte[(MaxChars * 3) + 2];
        if (Utf8.FromUtf16(value, scratch.AsSpan(1), out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }
        ReadOnlySpan<byte> utf8 = scratch.AsSpan(1, written);
        if (utf8.IndexOfAny(PrintableEscaped) >= 0)
        {
            return false;
        }
        // Controls, DEL and non-ASCII characters: the encoder decides, character by character (they are rare).
        for (int i = 0; ;)
        {
            int found = utf8[i..].IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E);
            if (found < 0)
            {
                break;
            }
            i += found;
            if (Rune.DecodeFromUtf8(utf8[i..], out Rune rune, out int length) != OperationStatus.Done || Encoder.WillEncode(rune.Value))
            {
                return false;
            }
            i += length;
        }
        scratch[0] = (byte)'"';
        scratch[written + 1] = (byte)'"';
        quoted = scratch.AsSpan(0, written + 2);
        return true;
    }
}
