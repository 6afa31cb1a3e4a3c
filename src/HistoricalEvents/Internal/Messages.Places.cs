namespace HistoricalEvents.Internal;

internal static partial class Messages
{
    internal const string LatitudeRange = "A latitude must be a number of degrees between -90 and 90.";

    internal const string LongitudeRange = "A longitude must be a number of degrees between -180 and 180.";

    internal const string CoordinatesExpected = "coordinates as \"latitude, longitude\" in decimal degrees, such as \"40.4093, 49.8671\"";

    internal const string LatitudeExpected = "a latitude in decimal degrees between -90 and 90, such as \"40.4093\"";

    internal const string LongitudeExpected = "a longitude in decimal degrees between -180 and 180, such as \"49.8671\"";
}
