using System.Text.Json;
using HistoricalEvents.Serialization;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>The System.Text.Json converters, each input read as every type the library converts.</summary>
internal sealed class JsonTarget : FuzzTarget
{
    private static readonly JsonSerializerOptions Options = HistoricalEventsJson.Options;

    public override string Name => "json";

    public override string Description =>
        "JSON converters (date, place, source, event, card, period): no exception but JsonException; what is read writes and reads back equal";

    public override void Run(byte[] input)
    {
        RoundTrip<HistoricalDate>(input);
        RoundTrip<Place>(input);
        RoundTrip<Source>(input);
        RoundTrip<HistoricalEvent>(input);
        RoundTrip<EventCard>(input);
        RoundTrip<HistoricalPeriod>(input);
    }

    private static void RoundTrip<T>(byte[] input)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(input, Options);
        }
        catch (JsonException)
        {
            return;   // the one documented failure of bad JSON
        }
        if (value is null)
        {
            return;   // JSON null for a reference type
        }
        string json = JsonSerializer.Serialize(value, Options);
        T? back = JsonSerializer.Deserialize<T>(json, Options);
        Check(EqualityComparer<T>.Default.Equals(value, back), $"{typeof(T).Name}: JSON written reads back equal", json);
        Check(Coordinates.Same(value, back), $"{typeof(T).Name}: JSON written keeps every place's coordinates", json);
        Check(JsonSerializer.Serialize(back, Options) == json, $"{typeof(T).Name}: JSON written is stable", json);
    }
}
