using HistoricalEvents.Fuzz.Targets;

namespace HistoricalEvents.Fuzz;

/// <summary>Every target, by name. Adding a target is one class under <c>Targets/</c> and one line here.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new CardsTarget(),
        new EnglishTarget(),
        new EdtfTarget(),
        new JsonTarget(),
        new WikidataTarget(),
        new CsvTarget(),
        new OnThisDayTarget(),
        new JsonLinesTarget(),
    ];

    public static FuzzTarget? Find(string name) =>
        All.FirstOrDefault(target => string.Equals(target.Name, name, StringComparison.OrdinalIgnoreCase));
}
