using HistoricalEvents.Places;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Places;

public class HistoricalGazetteerTests
{
    private static HistoricalGazetteer Default => HistoricalGazetteer.Default;

    [Fact]
    public void Default_EmbeddedFile_LoadsAtLeast300PlacesEachWithASource()
    {
        Assert.InRange(Default.Count, 300, int.MaxValue);
        Assert.All(Default, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        Assert.All(Default, p => Assert.Contains("Wiki", p.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Default_EveryRow_HasValidDatesIdsAndLinks()
    {
        foreach (HistoricalPlace place in Default)
        {
            if (place.Inception is { } start && place.Dissolution is { } end)
            {
                Assert.True(end.LatestDay >= start.EarliestDay, place.Id);
            }
            Assert.All(place.PredecessorIds.Concat(place.SuccessorIds), id => Assert.NotNull(Default.FindById(id)));
            if (place.WikidataId is { } q)
            {
                Assert.Matches("^Q[1-9][0-9]*$", q);
                Assert.Contains(q, place.Source, StringComparison.Ordinal);
            }
            foreach (PlaceName name in place.Names.Where(n => n.From is not null && n.To is not null))
            {
                Assert.True(name.To!.Value.LatestDay >= name.From!.Value.EarliestDay, place.Id + " " + name);
            }
        }
    }

    [Fact]
    public void Default_WikidataIds_AreUnique() =>
        Assert.DoesNotContain(Default.Where(p => p.WikidataId is not null).GroupBy(p => p.WikidataId), g => g.Count() > 1);

    [Theory]
    [InlineData("soviet-union")]
    [InlineData("roman-republic")]
    [InlineData("roman-empire")]
    [InlineData("western-roman-empire")]
    [InlineData("byzantine-empire")]
    [InlineData("holy-roman-empire")]
    [InlineData("ottoman-empire")]
    [InlineData("russian-empire")]
    [InlineData("austria-hungary")]
    [InlineData("yugoslavia")]
    [InlineData("czechoslovakia")]
    [InlineData("east-germany")]
    [InlineData("west-germany")]
    [InlineData("azerbaijan-democratic-republic")]
    [InlineData("azerbaijan-ssr")]
    [InlineData("istanbul")]
    [InlineData("saint-petersburg")]
    [InlineData("tokyo")]
    public void FindById_PlacesTheIssueNames_AreThere(string id) => Assert.NotNull(Default.FindById(id));

    [Theory]
    [InlineData("USSR", "soviet-union")]
    [InlineData("ussr", "soviet-union")]
    [InlineData("Constantinople", "istanbul")]
    [InlineData("Leningrad", "saint-petersburg")]
    [InlineData("Edo", "tokyo")]
    [InlineData("Byzantium", "byzantine-empire")]
    [InlineData("Eastern Roman Empire", "byzantine-empire")]
    public void FindByName_AnyName_FindsThePlace(string name, string id) =>
        Assert.Contains(Default.FindByName(name), p => p.Id == id);

    // Lifespans, both ends inclusive: the day of inception and of dissolution are inside, the days around them not.
    [Theory]
    [InlineData("soviet-union", "December 29, 1922", Certainty.Not)]
    [InlineData("soviet-union", "December 30, 1922", Certainty.Definitely)]
    [InlineData("soviet-union", "December 26, 1991", Certainty.Definitely)]
    [InlineData("soviet-union", "December 27, 1991", Certainty.Not)]
    [InlineData("soviet-union", "April 28, 1920", Certainty.Not)]
    [InlineData("soviet-union", "1922", Certainty.Possibly)]
    [InlineData("soviet-union", "1991", Certainty.Possibly)]
    [InlineData("soviet-union", "1950", Certainty.Definitely)]
    [InlineData("czechoslovakia", "October 28, 1918", Certainty.Definitely)]
    [InlineData("czechoslovakia", "January 1, 1993", Certainty.Not)]
    [InlineData("east-germany", "October 3, 1990", Certainty.Definitely)]
    [InlineData("east-germany", "October 4, 1990", Certainty.Not)]
    [InlineData("azerbaijan-democratic-republic", "May 28, 1918", Certainty.Definitely)]
    [InlineData("azerbaijan-democratic-republic", "April 28, 1920", Certainty.Definitely)]
    [InlineData("azerbaijan-democratic-republic", "April 29, 1920", Certainty.Not)]
    [InlineData("azerbaijan-ssr", "April 28, 1920", Certainty.Definitely)]
    [InlineData("azerbaijan-ssr", "April 27, 1920", Certainty.Not)]
    // BC polities.
    [InlineData("roman-republic", "44 BC", Certainty.Definitely)]
    [InlineData("roman-republic", "510 BC", Certainty.Not)]
    [InlineData("roman-republic", "509 BC", Certainty.Possibly)]
    [InlineData("roman-republic", "508 BC", Certainty.Definitely)]
    [InlineData("roman-republic", "26 BC", Certainty.Not)]
    [InlineData("roman-empire", "January 15, 27 BC", Certainty.Not)]
    [InlineData("roman-empire", "January 16, 27 BC", Certainty.Definitely)]
    [InlineData("roman-empire", "27 BC", Certainty.Possibly)]
    [InlineData("qin-dynasty", "221 BC", Certainty.Possibly)]   // both at year precision: the event may be before the founding day
    [InlineData("qin-dynasty", "220 BC", Certainty.Definitely)]
    [InlineData("qin-dynasty", "222 BC", Certainty.Not)]
    // Uncertain ends: an interval, an alternative, c.
    [InlineData("western-roman-empire", "478", Certainty.Possibly)]
    [InlineData("western-roman-empire", "476", Certainty.Possibly)]
    [InlineData("western-roman-empire", "475", Certainty.Definitely)]
    [InlineData("western-roman-empire", "481", Certainty.Not)]
    [InlineData("western-roman-empire", "300", Certainty.Possibly)]
    [InlineData("holy-roman-empire", "900", Certainty.Possibly)]
    [InlineData("holy-roman-empire", "1000", Certainty.Definitely)]
    [InlineData("holy-roman-empire", "August 7, 1806", Certainty.Not)]
    [InlineData("ottoman-empire", "1290", Certainty.Possibly)]
    [InlineData("ottoman-empire", "1250", Certainty.Not)]
    [InlineData("ottoman-empire", "1350", Certainty.Definitely)]
    [InlineData("ottoman-empire", "c. 1285", Certainty.Possibly)]
    [InlineData("gupta-empire", "300", Certainty.Possibly)]
    [InlineData("gupta-empire", "400", Certainty.Definitely)]
    public void ExistedOn_EdgesOfTheLifespan_GiveTheCertainty(string id, string date, Certainty expected) =>
        Assert.Equal(expected, Default.FindById(id)!.ExistedOn(HistoricalDate.Parse(date)));

    [Theory]
    [InlineData("istanbul", "Constantinople", "1600", Certainty.Definitely)]
    [InlineData("istanbul", "Istanbul", "1600", Certainty.Not)]
    [InlineData("istanbul", "Istanbul", "1950", Certainty.Definitely)]
    [InlineData("istanbul", "Istanbul", "March 28, 1930", Certainty.Definitely)]
    [InlineData("istanbul", "Istanbul", "1930", Certainty.Possibly)]
    [InlineData("istanbul", "Byzantium", "100", Certainty.Definitely)]
    [InlineData("saint-petersburg", "Leningrad", "1941", Certainty.Definitely)]
    [InlineData("saint-petersburg", "Saint Petersburg", "1941", Certainty.Not)]
    [InlineData("saint-petersburg", "Saint Petersburg", "1800", Certainty.Definitely)]
    [InlineData("saint-petersburg", "Saint Petersburg", "2000", Certainty.Definitely)]
    [InlineData("tokyo", "Tokyo", "1700", Certainty.Not)]
    [InlineData("tokyo", "Edo", "1700", Certainty.Definitely)]
    [InlineData("soviet-union", "USSR", "1950", Certainty.Definitely)]
    [InlineData("soviet-union", "Paris", "1950", Certainty.Not)]
    public void NameUsedOn_NamesWithPeriods_FollowThem(string id, string name, string date, Certainty expected) =>
        Assert.Equal(expected, Default.FindById(id)!.NameUsedOn(name, HistoricalDate.Parse(date)));

    [Theory]
    [InlineData("id,kind\n", 1, 1)]
    [InlineData("", 1, 1)]
    [InlineData(HistoricalGazetteer.Header + "\na,polity,A,,,,,,,,\n", 2, 19)]
    [InlineData(HistoricalGazetteer.Header + "\na,state,A,,,,,,,,src\n", 2, 3)]
    [InlineData(HistoricalGazetteer.Header + "\na,polity,A,,X15,,,,,,src\n", 2, 13)]
    [InlineData(HistoricalGazetteer.Header + "\na,polity,A,,,1922x,,,,,src\n", 2, 18)]
    [InlineData(HistoricalGazetteer.Header + "\na,polity,A,,,1922,1900,,,,src\n", 2, 19)]
    [InlineData(HistoricalGazetteer.Header + "\na,polity,A,B [1900],,,,,,,src\n", 2, 14)]
    [InlineData(HistoricalGazetteer.Header + "\na,polity,A,,,,,,,,src\na,polity,B,,,,,,,,src\n", 3, 1)]
    [InlineData(HistoricalGazetteer.Header + "\na,polity,A,,,,,,,91;0,src\n", 2, 18)]
    [InlineData(HistoricalGazetteer.Header + "\na,polity,\"A,,,,,,,,,src\n", 2, 10)]
    [InlineData(HistoricalGazetteer.Header + "\na,polity,A,,,,,,,\n", 2, 1)]
    public void Load_MalformedRow_ThrowsWithLineAndColumn(string text, int line, int column)
    {
        var error = Assert.Throws<HistoricalParseException>(() => HistoricalGazetteer.Load(new StringReader(text), "g.csv"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal("g.csv", error.Error.Source);
    }

    [Fact]
    public void Load_CallersOwnFile_ReplacesTheDefault()
    {
        const string text = HistoricalGazetteer.Header + "\n"
            + "atlantis,polity,Atlantis,\"Poseidonis [.. 500 BC]\",,c. 9600 BC,500 BC,,,,\"Plato, \"\"Timaeus\"\"\"\n";

        HistoricalGazetteer gazetteer = HistoricalGazetteer.Load(new StringReader(text));

        HistoricalPlace atlantis = Assert.Single(gazetteer);
        Assert.Equal("Plato, \"Timaeus\"", atlantis.Source);
        Assert.Equal(["Atlantis", "Poseidonis"], atlantis.Names.Select(n => n.Name));
        Assert.Same(atlantis, Assert.Single(gazetteer.FindByName("poseidonis")));
        Assert.True(atlantis.Inception!.Value.IsApproximate);
    }
}
