using System.Text.Json;
using HistoricalEvents.Text;

namespace HistoricalEvents.Internal;

internal static partial class Messages
{
    internal static string JsonExpected(string expected, JsonTokenType found) => $"Expected {expected}, found JSON {found}.";

    internal static string JsonMissingProperty(string name) => $"The required property \"{name}\" is missing.";

    internal static string JsonUnknownCalendar(string calendar) => $"Unknown calendar \"{calendar}\"; expected \"julian\" or \"gregorian\".";

    internal static string JsonBadDate(string text, ParseError error) => $"\"{text}\" is not a date: column {error.Column}: {error.Message}.";

    /// <summary>The message of a JSON value the library rejects: <c>$.sources[0]: found "", expected a source …</c>.</summary>
    internal static string JsonValueRejected(string path, string found, string expected) => $"{path}: found {found}, expected {expected}.";

    internal static string JsonToken(JsonTokenType token) => token switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Number => "a number",
        JsonTokenType.String => "a string",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => $"JSON {token}",
    };

    internal const string JsonMissing = "nothing (the property is missing)";

    internal const string JsonDuplicate = "the property a second time";

    internal const string JsonOnce = "each property at most once";

    internal const string JsonOneLine = "one non-blank line of text (the card format's rule)";

    internal const string JsonTitle = "a title: one non-blank line of text";

    internal const string JsonPlacePath = "a place path such as \"Baku, Azerbaijan\"";

    internal const string JsonSource = "a source: a host or URL on one non-blank line";

    internal const string JsonNonNegative = "a whole number, 0 or more";

    internal const string JsonCalendar = "\"julian\" or \"gregorian\"";
    internal const string JsonFirstYear = "the span's first year, a whole number";
    internal const string JsonSpan = "\"decade\", \"century\" or \"millennium\", optionally after \"early\", \"mid\" or \"late\"";
    internal static string JsonSpanCovers(string span, int firstYear) => $"the EDTF interval of the {span} starting in year {firstYear}";
    internal static string JsonDateNotWritable(string date) =>
        $"The date {Quote(date)} has no form in JSON that reads back as the same value (neither EDTF, English nor a span from its first year).";

    internal const string JsonDateStringOrObject = "a date: an EDTF or English string, or {\"edtf\":…,\"calendar\":…}";

    internal static string JsonDateText(ParseError error) => $"a date (column {error.Column}: {error.Message})";

    internal const string JsonAnEvent = "an event object";

    internal const string JsonACard = "a card object";

    internal const string JsonAPeriod = "a period object";

    internal const string JsonAnOrigin = "an origin object";

    internal const string JsonAnArray = "an array";

    internal const string JsonString = "a string";

    internal const string JsonCardNotWritable = "a card the card format can hold";

    internal const string JsonPeriodName = "a period name: non-blank text";

    internal const string JsonAlias = "an alias: non-blank text";

    internal const string JsonOneObjectPerLine = "one JSON value on the line";

    internal static string JsonInvalid(string message) => $"invalid JSON ({message.TrimEnd('.')})";
}

internal static partial class Messages
{
    internal const string JsonLinesOneValue = "A JSON Lines value writer must write exactly one complete JSON value.";

    internal static string JsonLinesTooLong(int max) => $"a line of at most {max:N0} bytes";

    internal const string JsonLinesLongLine = "a longer line";

    internal static string JsonLocalDateNotIso(string calendar) =>
        $"A LocalDate is written in JSON as an ISO date; convert this {calendar} date with WithCalendar(CalendarSystem.Iso) first.";
}
