using System.Text.Encodings.Web;
using System.Text.Json;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Serialization;

/// <summary>Sets System.Text.Json up for the library's types.</summary>
public static class HistoricalEventsJson
{
    /// <summary>
    /// Adds the converters for <see cref="HistoricalDate"/>, <see cref="Place"/>, <see cref="Source"/>,
    /// <see cref="HistoricalEvent"/>, <see cref="EventCard"/> and <see cref="HistoricalPeriod"/> to
    /// <paramref name="options"/>, with <paramref name="policy"/> (default: encyclopedic) for dates read without a
    /// calendar. Returns the same options, for chaining.
    /// </summary>
    public static JsonSerializerOptions ConfigureForHistoricalEvents(this JsonSerializerOptions options, CalendarPolicy? policy = null)
    {
        Preconditions.CheckNotNull(options);
        options.Converters.Add(new HistoricalDateJsonConverter(policy ?? CalendarPolicy.Encyclopedic));
        options.Converters.Add(new PlaceJsonConverter());
        options.Converters.Add(new SourceJsonConverter());
        options.Converters.Add(new HistoricalEventJsonConverter());
        options.Converters.Add(new EventCardJsonConverter());
        options.Converters.Add(new HistoricalPeriodJsonConverter());
        return options;
    }

    /// <summary>
    /// Read-only options with the converters, the encyclopedic policy and relaxed escaping (so <c>Azerbaijan’s</c>
    /// stays readable); no indentation.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.ConfigureForHistoricalEvents();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
