using System.Text;

namespace HistoricalEvents.Internal;

/// <summary>Escaping and bounding of text that errors show, and messages of the robustness work.</summary>
internal static partial class Messages
{
    /// <summary>The most characters an error's found or expected text keeps; longer text is cut with "…".</summary>
    internal const int MaxErrorText = 240;

    /// <summary>
    /// The text with every character that could corrupt a terminal or a log written as <c>\uXXXX</c>: C0 and C1
    /// controls (NUL, ESC, …), DEL, bidirectional overrides and isolates, line and paragraph separators and
    /// unpaired surrogates; cut to <paramref name="max"/> characters (plus "…"), never inside a surrogate pair.
    /// Already escaped text is returned unchanged (the escapes themselves are plain ASCII).
    /// </summary>
    internal static string Escape(ReadOnlySpan<char> text, int max = MaxErrorText)
    {
        int firstBad = IndexOfUnsafe(text);
        if (firstBad < 0 && (text.Length <= max || text.Length == max + 1 && text[max] == '…'))
        {
            return text.ToString();
        }
        var builder = new StringBuilder(Math.Min(text.Length, max) + 8);
        for (int i = 0; i < text.Length; i++)
        {
            if (builder.Length >= max)
            {
                builder.Append('…');
                break;
            }
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static int IndexOfUnsafe(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
        || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C' || char.IsSurrogate(c);

    internal static string InvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder("invalid UTF-8 (bytes");
        foreach (byte b in bytes)
        {
            builder.Append(" 0x").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.Append(')').ToString();
    }

    internal const string UnknownAllenRelation = "The relation must be one of Allen's thirteen (AllenRelation.Before to AllenRelation.After).";

    internal const string Utf8Expected = "UTF-8 text (CardReaderOptions.ReplaceInvalidUtf8 reads it as U+FFFD instead)";

    internal static string SkippedLines(string expected, long first, long last) =>
        first == last ? $"{expected}; line {first:N0} was skipped with the bad card" : $"{expected}; lines {first:N0}-{last:N0} were skipped with the bad card";
}
