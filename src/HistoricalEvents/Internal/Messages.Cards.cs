namespace HistoricalEvents.Internal;

/// <summary>Messages of the event-card reader and writer.</summary>
internal static partial class Messages
{
    internal const string BlankLine = "a blank line";

    internal const string EndOfLine = "the end of the line";

    internal const string SeparatorLine = "a \"---\" line";

    internal const string CardTitleExpected = "a card, starting with its title line";

    internal const string HeadlineExpected = "the headline line: a date, optionally followed by \" · \" and places (as in \"1991 · Baku, Azerbaijan\")";

    internal const string HeadlineSummaryExpected = "the headline's summary line";

    internal const string MomentSummaryExpected = "the moment's summary line";

    internal const string MomentPlacesExpected = "the moment's places line (place paths separated by \" | \")";

    internal const string SourceExpected = "a host or URL after \"Source:\"";

    internal const string DateAfterNarrative =
        "a narrative paragraph or a Source: line (moments come before the narrative; a paragraph ending with . ! or ? is never read as a date)";

    internal const string EndOfInputAfterCard = "end of input after the card's Source: line (use CardReader.ReadAll for many cards)";

    internal static string HeadlineDate(string dateExpected) => $"{dateExpected}, at the start of the headline line (as in \"1991 · Baku, Azerbaijan\")";

    internal static string SourceEndingCard(long titleLine) => $"a Source: line ending the card that starts on line {titleLine}";

    internal static string LineTooLong(long length) => $"a line of {length:N0} characters";

    internal static string AtMostLineLength(int max) => $"lines of at most {max:N0} characters (CardReaderOptions.MaxLineLength)";

    internal static string PlaceTooDeep(int names) => $"a place path of {names:N0} names";

    internal static string AtMostPlaceDepth(int max) => $"place paths of at most {max:N0} names (CardReaderOptions.MaxPlaceDepth)";

    internal static string CardTooLong(long titleLine) => $"a card (starting on line {titleLine}) that grows past the limit";

    internal static string AtMostCardLength(int maxLength, int maxLines) =>
        $"cards of at most {maxLength:N0} characters and {maxLines:N0} lines (CardReaderOptions.MaxCardLength, MaxCardLines)";

    internal static string CannotWriteCard(string title, string reason) =>
        $"The card \"{title}\" cannot be written as card text: {reason}.";

    internal const string WriteTitleInvalid = "its title is blank, spans lines or is \"---\"";

    internal const string WriteTextInvalid = "a summary, place or source is blank or spans lines";

    internal const string WriteMomentWithoutPlaces = "a moment has no places (a moment's places line is required)";

    internal const string WriteNoSources = "it has no source (a card ends with its Source: lines)";

    internal const string WriteParagraphInvalid =
        "a narrative paragraph is blank, spans lines, is \"---\", starts with \"Source:\" or would be read as a date";

    internal const string WriteDateInvalid = "a date cannot be written so that it reads back as a date line";

    internal const string OptionMustBePositive = "The limit must be at least 1.";
}
