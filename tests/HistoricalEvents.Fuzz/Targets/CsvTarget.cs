using HistoricalEvents.Text;
using HistoricalEvents.Interchange;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>The CSV importer on any text, with the default columns and the two real files' column sets.</summary>
internal sealed class CsvTarget : FuzzTarget
{
    private static readonly CsvImportOptions[] OptionSets =
    [
        new() { SourceName = "fuzz.csv" },
        // battlemaps/battles_with_coords.csv
        new() { SourceName = "fuzz.csv", Columns = new CsvColumns { Title = "battle", Source = "link", Coordinates = "coordinates" } },
        // wikipedia-historical-earthquakes/WikiHistoricalEarthquakes.csv, with a fixed separator
        new() { SourceName = "fuzz.csv", Separator = ',', Columns = new CsvColumns { Date = "Date", Summary = "Comments", Place = "Place" } },
    ];

    public override string Name => "csv";

    public override string Description =>
        "CsvImporter.Read (three column sets): never throws; every error has a position; every event read round-trips JSON";

    public override void Run(byte[] input)
    {
        string text = Utf8(input);
        foreach (CsvImportOptions options in OptionSets)
        {
            foreach (ParseResult<HistoricalEvent> result in CsvImporter.Read(new StringReader(text), options))
            {
                ImportChecks.Result(result, "CsvImporter.Read");
                if (result.Success)
                {
                    Check(result.Value.Origin is { Line: >= 1 }, "CsvImporter: an event knows its 1-based line");
                }
            }
        }
    }
}
