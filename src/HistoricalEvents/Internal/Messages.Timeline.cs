namespace HistoricalEvents.Internal;

internal static partial class Messages
{
    internal const string MinimumCertaintyRequired = "The minimum certainty must be Possibly or Definitely.";

    internal const string QueryEndBeforeStart = "The end of the query lies wholly before its start.";

    internal const string SearchNeedsWords = "The search text must contain at least one letter or digit.";

    internal const string GroupingPrecision = "Events can be grouped by year, decade, century or millennium.";

    internal static string UnsupportedEra(string era) => $"The era \"{era}\" is not supported; use Era.Common (AD) or Era.BeforeCommon (BC).";

    internal static string UnknownPeriod(string name) => $"The timeline has no period named \"{name}\".";

    internal static string DuplicatePeriod(string name) => $"A period named \"{name}\" is already in the timeline.";

    internal static string AliasIsTarget(string alias) =>
        $"\"{alias}\" cannot be an alias: it is a place other aliases point to.";

    internal static string AliasTargetIsAlias(string alias, string target) =>
        $"The alias \"{alias}\" points to \"{target}\", which is itself an alias or inside one.";

    internal static string DuplicateAlias(string alias) => $"\"{alias}\" is already an alias of another place.";
}
