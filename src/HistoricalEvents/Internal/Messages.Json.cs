using System.Text.Json;
using HistoricalEvents.Text;

namespace HistoricalEvents.Internal;

internal static partial class Messages
{
    internal static string JsonExpected(string expected, JsonTokenType found) => $"Expected {expected}, found JSON {found}.";

    internal static string JsonMissingProperty(string name) => $"The required property \"{name}\" is missing.";

    internal static string JsonUnknownCalendar(string calendar) => $"Unknown calendar \"{calendar}\"; expected \"julian\" or \"gregorian\".";

    internal static string JsonBadDate(string text, ParseError error) => $"\"{text}\" is not a date: column {error.Column}: {error.Message}.";
}
