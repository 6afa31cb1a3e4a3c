using System.Text.Encodings.Web;
using System.Text.Json;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Serialization;

/// <summary>Sets System.Text.Json up for the library's types, with or without reflection.</summary>
public static class HistoricalEventsJson
{
    /// <summary>
    /// Adds the converters for <see cref="HistoricalDate"/>, <see cref="Place"/>, <see cref="Source"/>,
    /// <see cref="HistoricalEvent"/>, <see cref="EventCard"/> and <see cref="HistoricalPeriod"/> (and
    /// NodaTime.Serialization.SystemTextJson's for <see cref="NodaTime.LocalDate"/> and <see cref="NodaTime.AnnualDate"/>)
    /// to <paramref name="options"/>, with <paramref name="policy"/> (default: encyclopedic) for dates read without a
    /// calendar. Returns the same options, for chaining.
    /// </summary>
    /// <remarks>
    /// When <paramref name="options"/> already has a <see cref="JsonSerializerOptions.TypeInfoResolver"/> (as in a
    /// trimmed or AOT app), or reflection is off, <see cref="HistoricalEventsJsonContext.Default"/> is added to its
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>, so the library's types resolve without reflection;
    /// otherwise the resolver is left alone, and your own types keep System.Text.Json's reflection-based default.
    /// </remarks>
    public static JsonSerializerOptions ConfigureForHistoricalEvents(this JsonSerializerOptions options, CalendarPolicy? policy = null)
    {
        Preconditions.CheckNotNull(options);
        AddConverters(options, policy ?? CalendarPolicy.Encyclopedic);
        if (options.TypeInfoResolver is not null || !JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.TypeInfoResolverChain.Add(HistoricalEventsJsonContext.Default);
        }
        return options;
    }

    /// <summary>
    /// The source-generated metadata with <see cref="Options"/>: <c>JsonSerializer.Serialize(card, HistoricalEventsJson.Context.EventCard)</c>
    /// writes exactly what <c>JsonSerializer.Serialize(card, HistoricalEventsJson.Options)</c> writes, without
    /// reflection and without trimming warnings.
    /// </summary>
    public static HistoricalEventsJsonContext Context { get; } = CreateContext();

    /// <summary>
    /// Read-only options with the converters, the encyclopedic policy, relaxed escaping (so <c>Azerbaijan’s</c>
    /// stays readable), duplicate properties rejected and no indentation. Their resolver is <see cref="Context"/>, so
    /// they work with reflection off (Native AOT, trimmed and file-based apps) for the library's types and the
    /// collections of them.
    /// </summary>
    public static JsonSerializerOptions Options => Context.Options;

    /// <summary>The encoder of <see cref="Options"/>: relaxed escaping, so non-ASCII text stays as written.</summary>
    /// <remarks>A property, not a field, so that reading it does not build <see cref="Context"/>.</remarks>
    internal static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static HistoricalEventsJsonContext CreateContext()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = Encoder,
            AllowDuplicateProperties = false,
        };
        AddConverters(options, CalendarPolicy.Encyclopedic);
        var context = new HistoricalEventsJsonContext(options);
        options.MakeReadOnly();
        return context;
    }

    private static void AddConverters(JsonSerializerOptions options, CalendarPolicy policy)
    {
        options.Converters.Add(new HistoricalDateJsonConverter(policy));
        options.Converters.Add(new PlaceJsonConverter());
        options.Converters.Add(new SourceJsonConverter());
        options.Converters.Add(new HistoricalEventJsonConverter());
        options.Converters.Add(new EventCardJsonConverter());
        options.Converters.Add(new HistoricalPeriodJsonConverter());
        options.Converters.Add(NodaTimeJsonConverterFactory.LocalDateConverter);
        options.Converters.Add(NodaTimeJsonConverterFactory.AnnualDateConverter);
    }
}
