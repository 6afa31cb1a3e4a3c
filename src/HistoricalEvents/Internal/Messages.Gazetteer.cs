namespace HistoricalEvents.Internal;

internal static partial class Messages
{
    internal const string GazetteerKindExpected = "a kind: \"polity\" or \"city\"";

    internal const string WikidataIdExpected = "a Wikidata item id such as \"Q15180\", or nothing";

    internal const string GazetteerEndAfterStart = "an end that is not wholly before the start";

    internal const string NamePeriodExpected = "a name's period as \" [from .. to]\" (either side may be empty)";

    internal const string ClosingQuoteExpected = "a closing quote";

    internal const string CommaAfterQuoteExpected = "a comma after the closing quote";

    internal static string GazetteerHeaderExpected(string header) => $"the header \"{header}\"";

    internal static string GazetteerFieldCount(int expected, int found) => $"{expected} fields, found {found}";

    internal static string GazetteerFieldRequired(string field) => $"a value for \"{field}\"";

    internal static string GazetteerHoldingPolityExpected(string id) => $"the id of a polity in the gazetteer; \"{id}\" is not one";

    internal static string DuplicateGazetteerId(string id) => $"an id used once; \"{id}\" is already in the gazetteer";

    internal static string GazetteerResourceMissing(string name) => $"The embedded gazetteer \"{name}\" is missing from the assembly.";
}

internal static partial class Messages
{
    internal const string DistanceRange = "A distance must be a number of kilometres, zero or more.";

    internal const string BoxSouthOfNorth = "The south-west corner of a box must not be north of its north-east corner.";
}
