using HistoricalEvents.Text;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>English dates (<see cref="EnglishDatePattern"/>) and <see cref="HistoricalDate.Parse(string)"/>.</summary>
internal sealed class EnglishTarget : FuzzTarget
{
    public override string Name => "english";

    public override string Description =>
        "EnglishDatePattern and HistoricalDate.Parse: no exception but HistoricalParseException from Parse; entry points agree; Parse(Format(v)) == v; ParseSet (lists) keeps the same promises";

    public override void Run(byte[] input)
    {
        string text = Utf8(input);
        EnglishDatePattern pattern = HistoricalDatePatterns.English;
        DateChecks.Run(pattern, text);
        DateChecks.RunSet(nameof(EnglishDatePattern), pattern.ParseSet(text), pattern.ParseSet(text.AsSpan()));
    }
}
