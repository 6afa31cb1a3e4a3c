namespace HistoricalEvents.Interchange.Internal;

/// <summary>Every message of the Parquet package, in one place (the core keeps its own in its Messages class).</summary>
internal static class ParquetMessages
{
    internal const string RowGroupSizeRange = "The row group size must be from 1 to 10,000,000 rows.";

    internal const string StreamNotWritable = "The stream must be writable.";

    internal const string StreamNotSeekable = "The stream must be readable and seekable: Parquet keeps its schema at the end of the file.";

    internal const string WriterFailed = "Writing an earlier row group to the stream failed; the writer writes nothing more.";

    internal const string NullItem = "The sequence contains a null item.";

    internal static string NotParquet(string why) => $"The stream is not a Parquet file: {why}";

    internal static string MissingColumn(string column, string expected) =>
        $"The Parquet file has no column '{column}' (expected {expected}); it was not written by HistoricalEventsParquet, or by another version of it.";

    internal static string WrongColumn(string column, string found, string expected) =>
        $"The Parquet column '{column}' is {found}, expected {expected}.";

    internal static string BadRow(long row, string column, string found, string expected) =>
        $"Row {row}, column '{column}': found {found}, expected {expected}.";

    internal static string Quote(string? text) => text is null ? "null" : "\"" + text + "\"";

    internal const string ExpectedText = "text";

    internal const string ExpectedOneLine = "one non-blank line of text";

    internal const string ExpectedDate = "a date the EDTF (or, in date_english, English) parser reads";

    internal static string DateBoundsDiffer(long earliest, long latest) =>
        $"a date whose bounds are the row's earliest_day {earliest} and latest_day {latest}";

    internal const string ExpectedPlace = "a place path (Baku, Azerbaijan), optionally with coordinates";

    internal const string ExpectedSource = "a source: a host or an http(s) URL";

    internal const string ExpectedLine = "a line of 0 or more with a column of 0 or more when the event has an origin";

    internal const string ExpectedOriginLine = "a line with the card or file of an event's origin";

    internal const string ExpectedRole = "headline, moment or null";

    internal const string ExpectedHeadline = "a headline row (role 'headline', with a title) before a card's moments";

    internal const string ExpectedCardRow = "a row written from a card (role 'headline' or 'moment'): ReadCards reads files written from cards";

    internal static string CannotWriteDate(string edtf, string why) =>
        $"The date {edtf} cannot be written to Parquet exactly: {why}.";

    internal const string EnglishDoesNotReadBack = "neither its EDTF nor its English form reads back as the same value";
}

/// <summary>The argument checks of the Parquet package: one helper, as in the core library.</summary>
internal static class ParquetPreconditions
{
    internal static T CheckNotNull<T>([System.Diagnostics.CodeAnalysis.NotNull] T? argument,
        [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgument([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition, string message,
        [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string? paramName = null)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
