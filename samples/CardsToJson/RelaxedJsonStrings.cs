using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HistoricalEvents.Samples.CardsToJson;

/// <summary>
/// Quotes strings exactly as <see cref="Utf8JsonWriter.WriteStringValue(ReadOnlySpan{char})"/> does under
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, but cheaper for the usual string, the one with nothing
/// to escape.
/// </summary>
/// <remarks>
/// <para>
/// The writer asks the encoder for the first character to escape in the UTF-16 text, then transcodes; in a profile of
/// CardsToJson that search cost more than the transcoding (card text has a <c>’</c> in most paragraphs). Here the
/// string is transcoded first, straight into the output, and the UTF-8 searched, vectorised, for the printable ASCII
/// bytes the encoder escapes, then for bytes outside printable ASCII; each character found there is asked of the
/// encoder itself (<see cref="TextEncoder.WillEncode"/>).
/// </para>
/// <para>
/// A string with something to escape, or invalid UTF-16, is left to the writer (<see cref="CardLineWriter"/> does).
/// Tests compare both paths for every BMP character.
/// </para>
/// </remarks>
internal static class RelaxedJsonStrings
{
    /// <summary>The encoder whose output this class reproduces.</summary>
    internal static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // The printable ASCII bytes the encoder escapes (the quote and the backslash); every other byte it escapes is
    // outside 0x20–0x7E, where the scan below stops anyway. ASCII only, so the search is vectorised.
    private static readonly SearchValues<byte> PrintableEscaped = SearchValues.Create(
        [.. Enumerable.Range(0x20, 0x7F - 0x20).Where(Encoder.WillEncode).Select(b => (byte)b)]);

    /// <summary>
    /// Writes <paramref name="value"/> as a JSON string, quotes included, into <paramref name="destination"/> (which
    /// holds at least three bytes for each character, and two) when nothing in it is escaped; false otherwise, and
    /// then what was written to <paramref name="destination"/> means nothing.
    /// </summary>
    internal static bool TryQuote(ReadOnlySpan<char> value, Span<byte> destination, out int written)
    {
        written = 0;
        if (Utf8.FromUtf16(value, destination[1..], out _, out int length, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }
        ReadOnlySpan<byte> utf8 = destination.Slice(1, length);
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
            if (Rune.DecodeFromUtf8(utf8[i..], out Rune rune, out int runeLength) != OperationStatus.Done || Encoder.WillEncode(rune.Value))
            {
                return false;
            }
            i += runeLength;
        }
        destination[0] = (byte)'"';
        destination[length + 1] = (byte)'"';
        written = length + 2;
        return true;
    }
}
