using System.Text.Json;
using HistoricalEvents.Places;

namespace HistoricalEvents.Tests.Places;

/// <summary>
/// Issue #11: the gazetteer's Wikidata ids point at the entity the row means (checked against the real entity JSON in
/// the test data wherever a file holds it) and docs/places.md lists exactly the rows still without one.
/// </summary>
public class HistoricalGazetteerWikidataTests
{
    private static readonly HistoricalGazetteer Default = HistoricalGazetteer.Default;

    private static readonly Lazy<IReadOnlyList<JsonElement>> RealEntities = new(LoadRealEntities);

    [Fact]
    public void WikidataId_RowsWhoseEntityIsInTheRealJson_CarryItsEnglishLabel()
    {
        int checkedRows = 0;
        foreach (JsonElement entity in RealEntities.Value)
        {
            string id = entity.GetProperty("id").GetString()!;
            if (Default.FirstOrDefault(p => p.WikidataId == id) is not { } place)
            {
                continue;
            }
            string label = entity.GetProperty("labels").GetProperty("en").GetProperty("value").GetString()!;
            Assert.True(place.Names.Any(n => n.Name == label), $"{place.Id} has {id}, whose English label is {label}");
            checkedRows++;
        }
        Assert.InRange(checkedRows, 6, int.MaxValue);   // Rome, London, Berlin, Portugal, Denmark, Estonia at least
    }

    /// <summary>
    /// Every country (P17) a real entity names, where the gazetteer has a row with that id, is a polity: an id
    /// taken from a city's item for the state, or the other way round, would show here.
    /// </summary>
    [Fact]
    public void WikidataId_CountriesNamedByRealEntities_ArePolities()
    {
        int checkedRows = 0;
        foreach (JsonElement entity in RealEntities.Value)
        {
            if (!entity.TryGetProperty("claims", out JsonElement claims) || !claims.TryGetProperty("P17", out JsonElement countries))
            {
                continue;
            }
            foreach (JsonElement claim in countries.EnumerateArray())
            {
                if (!claim.GetProperty("mainsnak").TryGetProperty("datavalue", out JsonElement value))
                {
                    continue;
                }
                string id = value.GetProperty("value").GetProperty("id").GetString()!;
                if (Default.FirstOrDefault(p => p.WikidataId == id) is { } place)
                {
                    Assert.True(place.Kind == PlaceKind.Polity, $"{place.Id} ({id}) is a country of {entity.GetProperty("id").GetString()}");
                    checkedRows++;
                }
            }
        }
        Assert.InRange(checkedRows, 5, int.MaxValue);
    }

    [Fact]
    public void WikidataId_EveryRowWithOne_IsWellFormedUniqueAndCitedInItsSource()
    {
        var withId = Default.Where(p => p.WikidataId is not null).ToList();

        Assert.All(withId, p => Assert.Matches("^Q[1-9][0-9]*$", p.WikidataId!));
        Assert.All(withId, p => Assert.Contains("Wikidata " + p.WikidataId + ";", p.Source + ";", StringComparison.Ordinal));
        Assert.Equal(withId.Count, withId.Select(p => p.WikidataId).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>docs/places.md, "Wikidata coverage": the rows still without an id, by kind, with their counts.</summary>
    [Theory]
    [InlineData(PlaceKind.Polity, "- polities (")]
    [InlineData(PlaceKind.City, "- cities (")]
    public void Docs_WikidataCoverage_ListsExactlyTheRowsWithoutAnId(PlaceKind kind, string bullet)
    {
        string docs = File.ReadAllText(FindRepositoryFile("docs", "places.md"));
        string section = docs[docs.IndexOf("## Wikidata coverage", StringComparison.Ordinal)..];
        string line = section.Split('\n').Single(l => l.StartsWith(bullet, StringComparison.Ordinal));
        int count = int.Parse(line[bullet.Length..line.IndexOf(')', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        var listed = line.Split('`').Where((_, i) => i % 2 == 1).ToList();

        var missing = Default.Where(p => p.Kind == kind && p.WikidataId is null).Select(p => p.Id).ToList();

        Assert.Equal(missing, listed);
        Assert.Equal(missing.Count, count);
    }

    /// <summary>
    /// docs/places.md, "Wikidata coverage": every row of the tables that give an id with its sources names the id the
    /// gazetteer holds for that row, so the evidence written down is the evidence for the value shipped.
    /// </summary>
    [Fact]
    public void Docs_WikidataCoverageTables_NameTheIdsTheGazetteerHolds()
    {
        string docs = File.ReadAllText(FindRepositoryFile("docs", "places.md"));
        int from = docs.IndexOf("## Wikidata coverage", StringComparison.Ordinal);
        int to = docs.IndexOf("\n## ", from + 1, StringComparison.Ordinal);
        string section = docs[from..(to < 0 ? docs.Length : to)];
        var tableRows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();

        foreach (string line in tableRows)
        {
            string[] cells = line.Split('|');
            string rowId = cells[1].Trim().Trim('`');
            string documented = cells[2].Trim();
            HistoricalPlace? place = Default.FirstOrDefault(p => p.Id == rowId);
            Assert.True(place is not null, $"docs/places.md documents an id for {rowId}, which is no gazetteer row");
            Assert.Equal(documented, place!.WikidataId);
        }
        Assert.Equal(tableRows.Count, tableRows.Select(l => l.Split('|')[1].Trim()).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(tableRows.Count, 100, int.MaxValue);   // the three passes' tables, not a section that lost them
    }

    private static IReadOnlyList<JsonElement> LoadRealEntities()
    {
        var entities = new List<JsonElement>();
        string folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Interchange", "Wikidata");
        foreach (string path in Directory.EnumerateFiles(folder, "*.json"))
        {
            JsonElement root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                entities.AddRange(root.EnumerateArray());                                   // JSON dump
            }
            else if (root.TryGetProperty("entities", out JsonElement map))
            {
                entities.AddRange(map.EnumerateObject().Select(e => e.Value));              // wbgetentities
            }
            else
            {
                entities.Add(root);                                                          // a bare entity
            }
        }
        return entities.Where(e => e.TryGetProperty("id", out _) && e.TryGetProperty("labels", out JsonElement l) && l.TryGetProperty("en", out _)).ToList();
    }

    private static string FindRepositoryFile(params string[] parts)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("not found above the test directory: " + Path.Combine(parts));
    }
}
