using HistoricalEvents.Text;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>EDTF (<see cref="EdtfPattern"/>), with its allocation-free writer.</summary>
internal sealed class EdtfTarget : FuzzTarget
{
    public override string Name => "edtf";

    public override string Description =>
        "EdtfPattern and HistoricalDate.Parse: no exception but HistoricalParseException from Parse; entry points agree; Parse(Format(v)) == v; TryFormat == Format; ParseSet keeps the same promises";

    public override void Run(byte[] input)
    {
        string text = Utf8(input);
        EdtfPattern pattern = HistoricalDatePatterns.Edtf;
        DateChecks.Run(pattern, text);
        DateChecks.RunSet(nameof(EdtfPattern), pattern.ParseSet(text), pattern.ParseSet(text.AsSpan()));
        if (pattern.TryParse(text, out HistoricalDate value))
        {
            // "64 characters always suffice" (EdtfPattern.TryFormat).
            Span<char> buffer = stackalloc char[64];
            Check(pattern.TryFormat(value, buffer, out int written), "EdtfPattern.TryFormat fits in 64 characters");
            Check(buffer[..written].SequenceEqual(pattern.Format(value)), "EdtfPattern.TryFormat writes what Format returns");
        }
    }
}
