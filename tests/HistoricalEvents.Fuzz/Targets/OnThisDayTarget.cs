using HistoricalEvents.Text;
using HistoricalEvents.Interchange;
using NodaTime;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>The on-this-day feed importer on any bytes, for an ordinary day and a leap day.</summary>
internal sealed class OnThisDayTarget : FuzzTarget
{
    private static readonly AnnualDate[] Days = [new(10, 30), new(2, 29)];

    public override string Name => "onthisday";

    public override string Description =>
        "OnThisDayImporter.Read (30 October, 29 February): never throws; every error has a position; every event read round-trips JSON";

    public override void Run(byte[] input)
    {
        foreach (AnnualDate day in Days)
        {
            foreach (ParseResult<HistoricalEvent> result in OnThisDayImporter.Read(new MemoryStream(input), day, new OnThisDayImportOptions { SourceName = "fuzz.json" }))
            {
                ImportChecks.Result(result, "OnThisDayImporter.Read");
            }
        }
    }
}
