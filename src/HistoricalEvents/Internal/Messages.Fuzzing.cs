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

    internal const string CsvColumnOnce = "a header naming each column the import reads once (a second column of that name follows)";

    internal const string Utf8JsonExpected = "UTF-8 JSON text";

    internal const string WikidataEntityIdExpected = "an entity id: letters then digits, such as Q42, P585 or L7-F1";
}
