using HistoricalEvents.Text;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>English dates (<see cref="EnglishDatePattern"/>) and <see cref="HistoricalDate.Parse(string)"/>.</summary>
internal sealed class EnglishTarget : FuzzTarget
{
    public override string Name => "english";

    public override string Description =>
        "EnglishDatePattern and HistoricalDate.Parse: no exception but HistoricalParseException from Parse; entry points agree; Parse(Format(v)) == v";

    public override void Run(byte[] input) => DateChecks.Run(HistoricalDatePatterns.English, Utf8(input));
}
