using System.Text.Json;
using HistoricalEvents.Places;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Places;

/// <summary>Issue #11: a place is in a polity for a time (<see cref="HistoricalPlace.HeldBy"/>), at the edges.</summary>
public class HistoricalGazetteerHoldingTests
{
    private static readonly HistoricalGazetteer Default = HistoricalGazetteer.Default;

    private static string Holders(string cityId, string date) =>
        string.Join(",", Default.PolitiesHolding(Default.FindById(cityId)!, HistoricalDate.Parse(date))
            .Select(h => h.Polity.Id + ":" + h.Certainty));

    [Theory]
    [InlineData("rome", "100", "roman-empire:Definitely")]
    [InlineData("rome", "753 BC", "roman-kingdom:Possibly")]                                   // c. 753 BC: traditional
    [InlineData("rome", "600 BC", "roman-kingdom:Definitely")]
    [InlineData("rome", "509 BC", "roman-kingdom:Possibly,roman-republic:Possibly")]            // the year of the change
    [InlineData("rome", "27 BC", "roman-republic:Possibly,roman-empire:Possibly")]
    [InlineData("rome", "600", "byzantine-empire:Definitely")]
    [InlineData("rome", "1000", "papal-states:Definitely")]
    [InlineData("rome", "20 September 1870", "papal-states:Definitely,kingdom-of-italy:Definitely")]  // the day of the capture
    [InlineData("rome", "21 September 1870", "kingdom-of-italy:Definitely")]                      // the day after the Papal States
    [InlineData("rome", "2 June 1946", "kingdom-of-italy:Definitely,italy:Definitely")]
    [InlineData("rome", "3 June 1946", "italy:Definitely")]
    [InlineData("istanbul", "1000", "roman-empire:Definitely,byzantine-empire:Definitely")]
    [InlineData("istanbul", "1204", "roman-empire:Possibly,byzantine-empire:Possibly,latin-empire:Possibly")]
    [InlineData("istanbul", "1230", "latin-empire:Definitely")]
    [InlineData("istanbul", "29 May 1453", "roman-empire:Definitely,byzantine-empire:Definitely,ottoman-empire:Definitely")]
    [InlineData("istanbul", "30 May 1453", "ottoman-empire:Definitely")]
    [InlineData("istanbul", "c. 1453", "roman-empire:Possibly,byzantine-empire:Possibly,ottoman-empire:Possibly")]
    [InlineData("istanbul", "1922", "ottoman-empire:Possibly")]                                    // ended 1 November 1922
    [InlineData("istanbul", "1 June 1923", "")]                                                    // between the empire and the republic
    [InlineData("istanbul", "29 October 1923", "turkey:Definitely")]
    [InlineData("istanbul", "100 BC", "")]
    [InlineData("saint-petersburg", "1650", "")]                                                // before its founding
    [InlineData("saint-petersburg", "1710", "tsardom-of-russia:Definitely")]
    [InlineData("saint-petersburg", "1721", "tsardom-of-russia:Possibly,russian-empire:Possibly")]
    [InlineData("saint-petersburg", "1800", "russian-empire:Definitely")]
    [InlineData("saint-petersburg", "14 September 1917", "russian-empire:Definitely")]           // the last day of the empire
    [InlineData("saint-petersburg", "1 October 1917", "")]                                       // the Russian Republic has no row
    [InlineData("saint-petersburg", "7 November 1917", "russian-sfsr:Definitely")]
    [InlineData("saint-petersburg", "1920", "russian-sfsr:Definitely")]                          // not yet the Soviet Union's
    [InlineData("saint-petersburg", "1941", "russian-sfsr:Definitely,soviet-union:Definitely")]
    [InlineData("saint-petersburg", "25 December 1991", "russian-sfsr:Definitely,soviet-union:Definitely,russia:Definitely")]
    [InlineData("saint-petersburg", "2000", "russia:Definitely")]
    [InlineData("tokyo", "1700", "tokugawa-shogunate:Definitely")]
    [InlineData("tokyo", "1868", "tokugawa-shogunate:Possibly,empire-of-japan:Possibly")]
    [InlineData("tokyo", "1900", "empire-of-japan:Definitely")]
    [InlineData("tokyo", "3 May 1947", "empire-of-japan:Definitely,japan:Definitely")]
    [InlineData("tokyo", "1960", "japan:Definitely")]
    public void PolitiesHolding_DateAtTheEdges_GivesEachHolderWithItsCertainty(string city, string date, string expected) =>
        Assert.Equal(expected, Holders(city, date));

    [Fact]
    public void PolitiesHolding_CityWithoutHoldings_IsEmpty() =>
        Assert.Empty(Default.PolitiesHolding(Default.FindById("baku")!, HistoricalDate.Parse("1950")));

    [Fact]
    public void PlacesHeldBy_Polity_ListsItsCitiesWithTheHolding()
    {
        var held = Default.PlacesHeldBy(Default.FindById("roman-empire")!);

        Assert.Equal(["rome", "istanbul", "istanbul"], held.Select(h => h.Place.Id));
        Assert.Equal("roman-empire [.. 476]", held[0].Holding.ToString());
    }

    [Fact]
    public void Default_EveryHolding_NamesAPolityAndOverlapsItsLifespan()
    {
        foreach (HistoricalPlace place in Default)
        {
            foreach (PlaceHolding holding in place.HeldBy)
            {
                HistoricalPlace polity = Default.FindById(holding.PolityId)!;
                Assert.Equal(PlaceKind.Polity, polity.Kind);
                if (holding.From is { } from && polity.Dissolution is { } end)
                {
                    Assert.True(from.EarliestDay <= end.LatestDay, place.Id + " " + holding);
                }
                if (holding.To is { } to && polity.Inception is { } start)
                {
                    Assert.True(to.LatestDay >= start.EarliestDay, place.Id + " " + holding);
                }
            }
        }
    }

    /// <summary>
    /// Rome's country (P17) statements in real Wikidata JSON: in the middle of each period the polity with that
    /// Wikidata id holds Rome. Statements without an end (Q38, Italy from 1870, which the gazetteer splits into the
    /// Kingdom of Italy and the republic) and polities the gazetteer lacks (Q3755547, Odoacer's kingdom) are skipped.
    /// </summary>
    [Fact]
    public void PolitiesHolding_RomeAgainstWikidataCountryStatements_AgreeInTheMiddleOfEachPeriod()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Interchange", "Wikidata", "wikibase-dump-filter_dump-subset_11-entities.json");
        using JsonDocument dump = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement rome = dump.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "Q220");
        int checkedCount = 0;
        foreach (JsonElement claim in rome.GetProperty("claims").GetProperty("P17").EnumerateArray())
        {
            string qid = claim.GetProperty("mainsnak").GetProperty("datavalue").GetProperty("value").GetProperty("id").GetString()!;
            if (!claim.TryGetProperty("qualifiers", out JsonElement q) || !q.TryGetProperty("P580", out JsonElement start) || !q.TryGetProperty("P582", out JsonElement end)
                || Default.FirstOrDefault(p => p.WikidataId == qid) is not { } polity)
            {
                continue;
            }
            int middle = (Year(start) + Year(end)) / 2;
            var holders = Default.PolitiesHolding(Default.FindById("rome")!, HistoricalDate.FromYear(middle));
            Assert.Contains(holders, h => h.Polity.Id == polity.Id && h.Certainty == Certainty.Definitely);
            checkedCount++;
        }
        Assert.Equal(6, checkedCount);   // Roman Republic, Roman Empire twice, Ostrogoths, Byzantium, Papal States

        static int Year(JsonElement qualifier)
        {
            string time = qualifier[0].GetProperty("datavalue").GetProperty("value").GetProperty("time").GetString()!;
            int dash = time.IndexOf('-', 1);
            return int.Parse(time[..dash], System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [Theory]
    [InlineData("a,city,A,,,,,,,,src,nowhere\n", 2, 21)]
    [InlineData("a,city,A,,,,,,,,src,b [1900 ..];nowhere\n", 2, 33)]
    [InlineData("a,city,A,,,,,,,,src,c\nc,city,C,,,,,,,,src,\n", 2, 21)]     // a city cannot hold a city
    [InlineData("a,city,A,,,,,,,,src,b [1900]\n", 2, 23)]
    [InlineData("a,city,A,,,,,,,,src\n", 2, 1)]                              // eleven fields under the twelve-column header
    public void Load_MalformedHolding_ThrowsWithLineAndColumn(string rows, int line, int column)
    {
        string text = HistoricalGazetteer.HeaderWithHoldings + "\n" + rows + "b,polity,B,,,1800,2000,,,,src,\n";

        var error = Assert.Throws<HistoricalParseException>(() => HistoricalGazetteer.Load(new StringReader(text), "g.csv"));

        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Load_HoldingOfAPolityLaterInTheFile_IsRead()
    {
        const string text = HistoricalGazetteer.HeaderWithHoldings + "\n" + "a,city,A,,,,,,,,src,b [1900 ..]\nb,polity,B,,,1800,2000,,,,src,\n";

        HistoricalGazetteer gazetteer = HistoricalGazetteer.Load(new StringReader(text));

        Assert.Equal([new PlaceHolding("b", HistoricalDate.FromYear(1900))], gazetteer.FindById("a")!.HeldBy);
        Assert.Equal("b:Definitely", string.Join(",", gazetteer.PolitiesHolding(gazetteer.FindById("a")!, HistoricalDate.FromYear(1950))
            .Select(h => h.Polity.Id + ":" + h.Certainty)));
        Assert.Empty(gazetteer.PolitiesHolding(gazetteer.FindById("a")!, HistoricalDate.FromYear(1850)));
    }

    [Fact]
    public void Load_ElevenColumnFile_HasNoHoldings()
    {
        HistoricalGazetteer gazetteer = HistoricalGazetteer.Load(new StringReader(HistoricalGazetteer.Header + "\na,city,A,,,,,,,,src\n"));

        Assert.Empty(gazetteer.FindById("a")!.HeldBy);
    }

    [Fact]
    public void Constructor_HoldingOfUnknownPolity_Throws() =>
        Assert.Throws<ArgumentException>(() => new HistoricalGazetteer(
            [new HistoricalPlace("a", PlaceKind.City, "A", null, null, null, null, null, null, null, "src", [new PlaceHolding("b")])]));

    [Fact]
    public void PlaceHolding_Equality_ComparesPolityAndPeriod()
    {
        var a = new PlaceHolding("b", HistoricalDate.FromYear(1900));
        Assert.True(a == new PlaceHolding("b", HistoricalDate.FromYear(1900)));
        Assert.True(a != new PlaceHolding("b"));
        Assert.Equal("b", new PlaceHolding("b").ToString());
        Assert.Equal("", default(PlaceHolding).PolityId);
    }
}

/// <summary>Issue #11: gazetteer coordinates attached, opt-in, only where the place is the city beyond doubt.</summary>
public class HistoricalGazetteerCoordinateTests
{
    private static HistoricalEvent At(params string[] places) => new(HistoricalDate.FromYear(100), "Something.", places.Select(Place.Parse));

    [Theory]
    [InlineData("Rome", true)]
    [InlineData("Rome, Italy", true)]
    [InlineData("Rome, Roman Empire", true)]
    [InlineData("Constantinople", true)]                 // a name of Istanbul
    [InlineData("Istanbul, Turkey", true)]
    [InlineData("Rome, Georgia, United States", false)]  // another Rome
    [InlineData("Palatine Hill, Rome", false)]           // inside the city, not its centre
    [InlineData("Baku, Azerbaijan", false)]              // Baku has no holdings yet, so its path cannot be vouched for
    [InlineData("Baku", true)]
    [InlineData("Atlantis", false)]
    public void WithCoordinates_Place_AttachesOnlyWhenItIsTheCity(string path, bool attached)
    {
        HistoricalEvent e = HistoricalGazetteer.Default.WithCoordinates(At(path));

        Assert.Equal(attached, e.Places[0].Coordinates is not null);
        Assert.Equal(path, e.Places[0].Path);
    }

    [Fact]
    public void WithCoordinates_Rome_TakesTheGazetteersCentre() =>
        Assert.Equal(HistoricalGazetteer.Default.FindById("rome")!.Coordinates,
            HistoricalGazetteer.Default.WithCoordinates(At("Rome")).Places[0].Coordinates);

    [Fact]
    public void WithCoordinates_PlaceWithItsOwnCoordinates_KeepsThem()
    {
        var own = new GeoCoordinate(1, 2);
        HistoricalEvent e = new(HistoricalDate.FromYear(100), "Something.", [Place.Parse("Rome").WithCoordinates(own)]);

        Assert.Same(e, HistoricalGazetteer.Default.WithCoordinates(e));
    }

    [Fact]
    public void WithCoordinates_NothingToAttach_ReturnsTheSameEvent()
    {
        HistoricalEvent e = At("Atlantis");

        Assert.Same(e, HistoricalGazetteer.Default.WithCoordinates(e));
    }

    [Fact]
    public void WithCoordinates_SpatialQuery_FindsTheAttachedCity()
    {
        HistoricalEvent[] events = [At("Rome"), At("Rome, Georgia, United States")];

        var timeline = HistoricalEvents.Timelines.Timeline.FromEvents(events.Select(HistoricalGazetteer.Default.WithCoordinates));

        Assert.Equal(["Rome"], timeline.WithinDistance(new GeoCoordinate(41.9, 12.5), 50).Select(m => m.Event.Places[0].Path));
    }
}
