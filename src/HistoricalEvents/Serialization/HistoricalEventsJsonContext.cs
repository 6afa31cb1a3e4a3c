using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using HistoricalEvents.Internal;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace HistoricalEvents.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every model type and the collections of them, so JSON works where
/// reflection is off: Native AOT, trimmed and .NET 10 file-based apps. Serialize with a type-info property and no
/// trimming warnings: <c>JsonSerializer.Serialize(card, HistoricalEventsJsonContext.Default.EventCard)</c>.
/// </summary>
/// <remarks>
/// <see cref="JsonSerializerContext"/>'s <c>Default</c> instance escapes non-ASCII text (<c>Azerbaijan\u2019s</c>) as
/// System.Text.Json does by default; <see cref="HistoricalEventsJson.Context"/> is the same metadata with
/// <see cref="HistoricalEventsJson.Options"/> (relaxed escaping, duplicate properties rejected). NodaTime's
/// <see cref="LocalDate"/> and <see cref="AnnualDate"/> go through NodaTime.Serialization.SystemTextJson's converters
/// (<c>"1920-04-28"</c>, <c>"04-28"</c>).
/// </remarks>
[JsonSourceGenerationOptions(
    AllowDuplicateProperties = false,
    Converters =
    [
        typeof(HistoricalDateJsonConverter), typeof(PlaceJsonConverter), typeof(SourceJsonConverter),
        typeof(HistoricalEventJsonConverter), typeof(EventCardJsonConverter), typeof(HistoricalPeriodJsonConverter),
        typeof(NodaTimeJsonConverterFactory),
    ])]
[JsonSerializable(typeof(HistoricalDate))]
[JsonSerializable(typeof(HistoricalDate?))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(HistoricalEvent))]
[JsonSerializable(typeof(EventCard))]
[JsonSerializable(typeof(HistoricalPeriod))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDate?))]
[JsonSerializable(typeof(AnnualDate))]
[JsonSerializable(typeof(AnnualDate?))]
[JsonSerializable(typeof(HistoricalDate[]))]
[JsonSerializable(typeof(List<HistoricalDate>))]
[JsonSerializable(typeof(Place[]))]
[JsonSerializable(typeof(List<Place>))]
[JsonSerializable(typeof(IReadOnlyList<Place>))]
[JsonSerializable(typeof(Source[]))]
[JsonSerializable(typeof(List<Source>))]
[JsonSerializable(typeof(IReadOnlyList<Source>))]
[JsonSerializable(typeof(HistoricalEvent[]))]
[JsonSerializable(typeof(List<HistoricalEvent>))]
[JsonSerializable(typeof(IReadOnlyList<HistoricalEvent>))]
[JsonSerializable(typeof(IEnumerable<HistoricalEvent>))]
[JsonSerializable(typeof(EventCard[]))]
[JsonSerializable(typeof(List<EventCard>))]
[JsonSerializable(typeof(IReadOnlyList<EventCard>))]
[JsonSerializable(typeof(IEnumerable<EventCard>))]
[JsonSerializable(typeof(IAsyncEnumerable<EventCard>))]
[JsonSerializable(typeof(IAsyncEnumerable<HistoricalEvent>))]
[JsonSerializable(typeof(HistoricalPeriod[]))]
[JsonSerializable(typeof(List<HistoricalPeriod>))]
[JsonSerializable(typeof(IReadOnlyList<HistoricalPeriod>))]
public sealed partial class HistoricalEventsJsonContext : JsonSerializerContext
{
}

/// <summary>
/// Gives NodaTime.Serialization.SystemTextJson's ISO converters for <see cref="LocalDate"/> (<c>"1920-04-28"</c>) and
/// <see cref="AnnualDate"/> (<c>"04-28"</c>), so a source-generated context can name it by type.
/// </summary>
public sealed class NodaTimeJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(LocalDate) || typeToConvert == typeof(AnnualDate);

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(LocalDate) ? LocalDateConverter
        : typeToConvert == typeof(AnnualDate) ? AnnualDateConverter
        : null;

    // NodaTime.Serialization.SystemTextJson's pattern converters, built as its NodaConverters builds them. Not
    // NodaConverters itself: its static constructor also builds the interval converters, whose nested reads use
    // JsonSerializerOptions.GetConverter (reflection), which Native AOT rejects.
    internal static readonly NodaPatternConverter<LocalDate> LocalDateConverter = new(
        LocalDatePattern.Iso,
        date =>
        {
            if (date.Calendar != CalendarSystem.Iso)
            {
                throw new ArgumentException(Messages.JsonLocalDateNotIso(date.Calendar.Id), nameof(date));
            }
        });

    internal static readonly NodaPatternConverter<AnnualDate> AnnualDateConverter = new(AnnualDatePattern.Iso);
}
