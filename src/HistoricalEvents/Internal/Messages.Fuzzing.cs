namespace HistoricalEvents.Internal;

/// <summary>Messages of the checks added for inputs that fuzzing found (tests/HistoricalEvents.Fuzz).</summary>
internal static partial class Messages
{
    internal const string StrayCarriageReturn = "a carriage return inside the line";

    internal const string LineBreakExpected = "text or the end of the line (lines end with \\n or \\r\\n; a lone \\r is not a line break)";

    internal const string StrayByteOrderMark = "U+FEFF (a byte-order mark) at the start of the line";

    internal const string LineStartExpected = "text (U+FEFF is only read as the byte-order mark at the start of the text)";

    internal const string CsvSummaryExpected = "a summary or a title (an event says what happened)";

    internal const string CsvNoTextColumns = "no summary or title column";
}
