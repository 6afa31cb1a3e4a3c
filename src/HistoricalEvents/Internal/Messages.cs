namespace HistoricalEvents.Internal;

/// <summary>
/// Every message the library shows a user, in one class (split into one file per concern) so wording stays
/// consistent and reviewable. Parse errors are phrased as "found X, expected Y" by <see cref="Text.ParseError"/>.
/// </summary>
internal static partial class Messages
{
    internal static string ValueOutOfRange(int min, int max) => $"The value must be between {min} and {max}.";

    internal static string WrongComparisonType(string type) => $"The object to compare with must be a {type}.";

    internal static string UnsupportedCalendar(string id) =>
        $"The calendar '{id}' is not supported; historical dates are Julian or Gregorian (ISO).";

    internal const string SwitchDayMustBeGregorian = "The first Gregorian day must be given in the ISO or Gregorian calendar.";

    internal const string IntervalEndMustNotBeKnown = "Use Interval(start, end) for an interval whose ends are both known.";

    internal static string IntervalEndNotKnown(IntervalEnd end) =>
        $"This end of the interval is {(end == IntervalEnd.Open ? "open" : "unknown")}; check StartEnd or EndEnd before reading it.";

    internal static string InvalidDateFields(DateFieldsError error) => error switch
    {
        DateFieldsError.YearOutOfRange => "The date must lie in " + FarYearRange + ".",
        DateFieldsError.MonthOutOfRange => "The month must be between 1 and 12.",
        DateFieldsError.DayOutOfRange => "That day does not exist in that month and calendar.",
        DateFieldsError.SeasonOutOfRange => "The season code must be between 21 and 41.",
        DateFieldsError.PartNotAllowed => "Early, mid and late apply only to years, decades, centuries and millennia.",
        DateFieldsError.EndBeforeStart => "The end of the interval lies before its start.",
        _ => "The date fields are invalid.",
    };

    /// <summary>
    /// Quotes found text for an error, shortened so a hostile 10 MB line does not become a 10 MB message, and with
    /// control characters escaped (see <see cref="Escape"/>).
    /// </summary>
    internal static string Quote(ReadOnlySpan<char> text)
    {
        const int MaxShown = 40;
        if (text.Length <= MaxShown)
        {
            return $"\"{Escape(text, MaxShown)}\"";
        }
        int shown = char.IsHighSurrogate(text[MaxShown - 1]) ? MaxShown - 1 : MaxShown;
        return $"\"{Escape(text[..shown], MaxShown)}…\" ({text.Length} characters)";
    }

    internal const string EndOfInput = "end of input";

    internal const string NoResultFound = "no result (an uninitialised ParseResult)";

    internal const string NoResultExpected = "a result returned by a parser";

    internal const string EmptyText = "empty text";

    internal const string PlacePathExpected = "a place path such as \"Baku, Azerbaijan\" (names separated by \", \")";

    internal const string PlaceNameExpected = "a place name";

    internal const string PlaceNameNotCoordinates =
        "a place name that does not start with '@ ', end with ' @' or stand as '@' alone: written next to ', ' or before coordinates it would read as ' @ ', which starts coordinates";
}

internal static partial class Messages
{
    internal const string EmptyName = "an empty name";

    internal static string AtMostPlaceNames(int max) => $"the end of the path: a place path has at most {max:N0} names";

    internal const string SourceNeedsText = "A source must not be empty.";

    internal static string InvalidPlaceName(string name) =>
        $"A place name must not be empty, contain ',', '|', a line break or ' @ ' (which starts coordinates), or start with '@ ', end with ' @' or be '@' (which would read as coordinates next to a separator): \"{name}\".";
}

internal static partial class Messages
{
    internal const string NullItem = "The collection must not contain null.";
}

internal static partial class Messages
{
    internal const string HeadlineNeedsTitle = "A card's headline event must have a title.";

    internal const string PeriodNeedsName = "A period must have a name.";
}
