using System.Text.Json;
using HistoricalEvents.Interchange;

namespace HistoricalEvents.Tests.Interchange;

public class GeoJsonExporterTests
{
    private static (int Count, JsonDocument Document) Export(IEnumerable<HistoricalEvent> events)
    {
        var stream = new MemoryStream();
        int count = GeoJsonExporter.Write(events, stream);
        return (count, JsonDocument.Parse(stream.ToArray()));
    }

    private static HistoricalEvent At(string date, string place) => new(HistoricalDate.Parse(date), "S", [Place.Parse(place)], "T");

    [Fact]
    public void Write_EventsWithCoordinates_PointFeaturesLongitudeFirst()
    {
        (int count, JsonDocument doc) = Export([At("March 15, 44 BC", "Rome, Italy @ 41.8925, 12.4853"), At("1991", "Baku, Azerbaijan")]);
        using (doc)
        {
            Assert.Equal(1, count);
            Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
            JsonElement feature = doc.RootElement.GetProperty("features").EnumerateArray().Single();
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            JsonElement geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            Assert.Equal([12.4853, 41.8925], geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
            JsonElement p = feature.GetProperty("properties");
            Assert.Equal("T", p.GetProperty("title").GetString());
            Assert.Equal("-0043-03-13", p.GetProperty("date").GetString()); // EDTF days are ISO days; "calendar" keeps Julian
            Assert.Equal("-0043-03-13", p.GetProperty("earliest").GetString());
            Assert.Equal("-0043-03-13", p.GetProperty("latest").GetString());
            Assert.Equal("day", p.GetProperty("precision").GetString());
            Assert.Equal("julian", p.GetProperty("calendar").GetString());
            Assert.Equal("certain", p.GetProperty("certainty").GetString());
            Assert.Equal("Rome, Italy", p.GetProperty("place").GetString());
        }
    }

    [Theory]
    [InlineData("c. 1920", "approximate", "1920-01-01", "1920-12-31")]
    [InlineData("1920?", "uncertain", "1920-01-01", "1920-12-31")]
    [InlineData("1200", "certain", "1200-01-08", "1201-01-07")]
    [InlineData("1914/1918", "certain", "1914-01-01", "1918-12-31")]
    [InlineData("1914/..", "certain", "1914-01-01", null)]
    public void Write_Date_CertaintyAndBounds(string date, string certainty, string? earliest, string? latest)
    {
        (_, JsonDocument doc) = Export([At(date, "Baku @ 40.4, 49.8")]);
        using (doc)
        {
            JsonElement p = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
            Assert.Equal(certainty, p.GetProperty("certainty").GetString());
            Assert.Equal(earliest, p.GetProperty("earliest").GetString());
            Assert.Equal(latest, p.GetProperty("latest").GetString());
        }
    }

    [Fact]
    public void Write_ImportedBattles_OneFeaturePerBattleWithCoordinates()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Interchange", "Csv", "battlemaps", "battles_with_coords.csv");
        var options = new CsvImportOptions { Columns = new CsvColumns { Title = "battle", Source = "link", Coordinates = "coordinates" } };
        var battles = CsvImporter.ReadFile(path, options).Where(r => r.Success).Select(r => r.Value).ToList();

        (int count, JsonDocument doc) = Export(battles);
        using (doc)
        {
            Assert.Equal(battles.Count, count);
            Assert.Equal(count, doc.RootElement.GetProperty("features").GetArrayLength());
        }
    }
}
