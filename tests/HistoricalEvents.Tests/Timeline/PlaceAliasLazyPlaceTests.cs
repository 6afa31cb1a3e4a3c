using CsCheck;
using HistoricalEvents.Internal;
using HistoricalEvents.Timelines;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>
/// Alias targets' places made on first use (issue #9 defect 4, a million aliases in under 2 s): the gazetteer makes
/// the place of an alias target (and of each enclosing place no event named) from its path when it is first asked for.
/// These places must be the ones an eager build made: equal, one object per path, the same spelling, the same errors.
/// </summary>
public class PlaceAliasLazyPlaceTests
{
    // The place Place.Create makes for each name of `path`, outermost first: what the gazetteer made eagerly before.
    private static Place CreatedEagerly(string path)
    {
        Place? place = null;
        foreach (string name in path.Split(Place.PathSeparator).Reverse())
        {
            place = Place.Create(name, place);
        }
        return place!;
    }

    private static void AssertSamePlace(Place expected, Place? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Depth, actual.Depth);
        Assert.Equal(expected.Coordinates, actual.Coordinates);
        Assert.Equal(expected.EnclosingPlaces.Select(p => p.Path), actual.EnclosingPlaces.Select(p => p.Path));
        Assert.Equal(expected.EnclosingPlaces.Select(p => p.Name), actual.EnclosingPlaces.Select(p => p.Name));
    }

    [Theory]
    [InlineData("A", "Somewhere")]
    [InlineData("A", "Place 1, Region 1")]
    [InlineData("USSR", "Moscow, Moscow Oblast, Soviet Union")]
    [InlineData("Alias 7", "Place 7, Region 7, Country 2")]
    public void Find_AliasTarget_EqualsThePlaceMadeEagerly(string alias, string target)
    {
        TimelineT timeline = new TimelineBuilder().AddPlaceAlias(alias, target).Build();

        AssertSamePlace(CreatedEagerly(target), timeline.Gazetteer.Find(alias));
        AssertSamePlace(CreatedEagerly(target), timeline.Gazetteer.Find(target));
    }

    [Fact]
    public void Find_AliasesOfOneTarget_ShareOnePlace()
    {
        TimelineT timeline = new TimelineBuilder()
            .AddPlaceAlias("A", "Place 1, Region 1")
            .AddPlaceAlias("B", "place 1, region 1")
            .AddPlaceAlias("C", "Place 2, Region 1")
            .Build();
        Gazetteer gazetteer = timeline.Gazetteer;

        Place? a = gazetteer.Find("A");

        Assert.NotNull(a);
        Assert.Same(a, gazetteer.Find("B"));
        Assert.Same(a, gazetteer.Find("place 1, REGION 1"));
        Assert.Same(a, gazetteer.Aliases["A"]);
        Assert.Same(a, gazetteer.Aliases["B"]);
        Assert.Same(a, gazetteer.Single(p => p.Name == "Place 1"));
        Assert.Same(a, gazetteer.GetChildren(a.Parent!)[0]);
        Assert.Same(a.Parent, gazetteer.Find("C")?.Parent);
        Assert.Same(a.Parent, gazetteer.Find("Region 1"));
        Assert.Equal(3, gazetteer.Count);
    }

    [Fact]
    public void Find_TargetWrittenInAnotherCase_ReadsTheEnclosingPlacesSpelling()
    {
        // The second target's enclosing places are the first target's, spelled as it spelled them, as Place.Create does.
        TimelineT timeline = new TimelineBuilder()
            .AddPlaceAlias("A", "Region 1, Country 1")
            .AddPlaceAlias("B", "Place 5, region 1, COUNTRY 1")
            .Build();

        Place? b = timeline.Gazetteer.Find("B");

        AssertSamePlace(Place.Create("Place 5", timeline.Gazetteer.Find("A")), b);
        Assert.Equal("Place 5, Region 1, Country 1", b?.Path);
    }

    [Fact]
    public void Find_TargetNamedByAnEvent_IsTheEventsPlace()
    {
        // An event names the target's enclosing place first (its spelling wins), another names the target after.
        Place region = Place.Parse("REGION 1");
        TimelineT timeline = new TimelineBuilder()
            .Add(new HistoricalEvent(HistoricalDate.FromYear(1900), "In the region.", [region]))
            .Add(new HistoricalEvent(HistoricalDate.FromYear(1901), "Via the alias.", [Place.Parse("Quarter, A")]))
            .AddPlaceAlias("A", "Place 1, Region 1")
            .Build();

        Place? a = timeline.Gazetteer.Find("A");

        Assert.Equal("Place 1, REGION 1", a?.Path);
        Assert.Same(region, a?.Parent);
        Assert.Same(a, timeline.Gazetteer.Find("Quarter, Place 1, Region 1")?.Parent);
        Assert.Equal(["Via the alias."], timeline.AtPlace("A").Select(m => m.Event.Summary));
        Assert.Equal(2, timeline.AtPlace("Region 1").Count);
        Assert.Equal(["REGION 1", "Place 1, REGION 1", "Quarter, Place 1, REGION 1"], timeline.Gazetteer.Select(p => p.Path));
    }

    [Fact]
    public void Find_ManyReadersAtOnce_GetOnePlaceObject()
    {
        var builder = new TimelineBuilder();
        for (int i = 0; i < 200; i++)
        {
            builder.AddPlaceAlias("Alias " + i, "Place " + i + ", Region " + (i % 7));
        }
        TimelineT timeline = builder.Build();
        var seen = new Place?[8][];

        // Each reader starts at another alias, so that they race to make the same places.
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = seen.Length }, t =>
        {
            seen[t] = new Place?[200];
            for (int k = 0; k < 200; k++)
            {
                int i = (k + 25 * t) % 200;
                seen[t][i] = timeline.Gazetteer.Find("Alias " + i);
            }
        });

        for (int i = 0; i < 200; i++)
        {
            Place? first = seen[0][i];
            Assert.Equal("Place " + i + ", Region " + (i % 7), first?.Path);
            Assert.All(seen, s => Assert.Same(first, s[i]));
            Assert.Same(first, timeline.Gazetteer.Aliases["Alias " + i]);
        }
    }

    [Fact]
    public void AddPlaceAlias_AfterBuild_LeavesTheEarlierTimelineAsItWas()
    {
        TimelineBuilder builder = new TimelineBuilder().AddPlaceAlias("A", "X, Y");
        TimelineT first = builder.Build();

        // A rejected alias, then accepted ones: the first timeline shares the builder's map only as it was.
        Assert.Throws<ArgumentException>(() => builder.AddPlaceAlias("B", "Z, A"));
        builder.AddPlaceAlias("B", "Z, Y").AddPlaceAlias("C", "W");
        TimelineT second = builder.Build();
        builder.AddPlaceAlias("D", "V");

        Assert.Null(first.Gazetteer.Find("B"));
        Assert.Null(first.Gazetteer.Find("Z, Y"));
        Assert.Null(first.Gazetteer.Find("W"));
        Assert.Equal(["Y", "X, Y"], first.Gazetteer.Select(p => p.Path));
        Assert.Null(second.Gazetteer.Find("D"));
        Assert.Equal("Z, Y", second.Gazetteer.Find("b")?.Path);
        Assert.Equal(["A", "B", "C"], second.Gazetteer.Aliases.Keys);
        Assert.Equal("V", builder.Build().Gazetteer.Find("D")?.Path);
    }

    [Fact]
    public void AliasTableShare_ThenAdd_LeavesTheSharedMapAsItWas()
    {
        // A gazetteer reads the shared map while the builder may go on adding (even from another thread): the table
        // must write to a copy, or readers would see a map being resized under them.
        var table = new Gazetteer.AliasTable(StringComparer.OrdinalIgnoreCase);
        table.Add("A", "X, Y");
        Dictionary<string, int> shared = table.Share();
        KeyValuePair<string, int>[] before = [.. shared];

        Assert.Throws<ArgumentException>(() => table.Add("B", "Z, A"));
        for (int i = 0; i < 100; i++)
        {
            table.Add("Alias " + i, "Place " + i + ", Y");
        }

        Assert.Equal(before, shared);
        Assert.Equal(101, table.Count);
        Assert.True(table.TryGetRole("Place 99, Y", out int role) && role < 0);
        Assert.False(shared.ContainsKey("Place 99, Y"));
    }

    // Gazetteer order of siblings: by name ignoring case, then ordinally.
    private static readonly Comparison<string> SiblingOrder = (x, y) =>
    {
        int c = string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
        return c != 0 ? c : string.CompareOrdinal(x, y);
    };

    // The names of the places inside Land, as the gazetteer orders them, for these alias targets inside it.
    // Names that differ only in case are one place (the first spelling).
    private static string[] ChildrenOfLand(IReadOnlyList<string> names)
    {
        var builder = new TimelineBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            builder.AddPlaceAlias("Alias " + i, names[i] + ", Land");
        }
        Gazetteer gazetteer = builder.Build().Gazetteer;
        return [.. gazetteer.GetChildren(gazetteer.Find("Land")!).Select(p => p.Name)];
    }

    [Theory]
    [InlineData("Place 5|Place 1005|place 2005|Place 10|PLACE 1|Place|Place 1|Place 100")]   // a shared start, case
    [InlineData("Ab|aB|a|B|b|A|AB")]                                                         // case only: one place
    [InlineData("Straße|Strasse|STRASSE|Stra\u00dfe 2|Stra")]                               // non-ASCII after the start
    [InlineData("\u0131x|Ix|ix|\u0130x|\u00e9|\u00c9|E|e|\u017fa|sa|SA")]              // non-ASCII first
    [InlineData("Rome|Rom|Roma|ROMA|Rome 2|Rome\u00e9|Rome\u00c9")]                      // lengths around the key
    public void Build_SiblingNames_InNameOrderIgnoringCaseThenOrdinal(string names)
    {
        string[] given = [.. names.Split('|').Select(n => System.Text.RegularExpressions.Regex.Unescape(n))];

        string[] expected = [.. given.Distinct(StringComparer.OrdinalIgnoreCase)];
        Array.Sort(expected, SiblingOrder);
        Assert.Equal(expected, ChildrenOfLand(given));
    }

    [Fact]
    public void Build_RandomSiblingNames_InNameOrderIgnoringCaseThenOrdinal() =>
        // Names from a small alphabet (case pairs, a non-ASCII letter, a digit), so that they share starts often.
        Gen.String[Gen.Char["aAbB\u00e9\u00c9 1"], 1, 8].HashSet[2, 60].Sample(names =>
        {
            string[] given = [.. names.Where(n => n.Trim() == n)];
            if (given.Length == 0)
            {
                return;   // every name had a space at an end (not a place name): no Land to ask about
            }
            string[] expected = [.. given.Distinct(StringComparer.OrdinalIgnoreCase)];
            Array.Sort(expected, SiblingOrder);
            Assert.Equal(expected, ChildrenOfLand(given));
        }, iter: 200);

    public static TheoryData<string, string, string, string, string, string> RejectedWithMessage => new()
    {
        // first alias and target, second alias and target, the expected message, the parameter
        { "A", "B", "a", "C", Messages.DuplicateAlias("a"), "alias" },
        { "A", "X, B", "B", "C", Messages.AliasIsTarget("B"), "alias" },
        { "A", "X, B", "X, b", "C", Messages.AliasIsTarget("X, b"), "alias" },
        { "A", "B", "C", "A", Messages.AliasTargetIsAlias("C", "A"), "place" },
        { "A", "B", "C", "X, Y, A", Messages.AliasTargetIsAlias("C", "X, Y, A"), "place" },
        { "A", "B", "C", "C", Messages.AliasTargetIsAlias("C", "C"), "place" },
        { "A", "B", "C", "X, c", Messages.AliasTargetIsAlias("C", "X, c"), "place" },
        // The alias is a target's enclosing place and its own target has an alias in it: that is said first.
        { "A", "X, B", "B", "Z, A", Messages.AliasTargetIsAlias("B", "Z, A"), "place" },
        { "Moscow, USSR", "B", "C", "moscow ,USSR", Messages.AliasTargetIsAlias("C", "moscow, USSR"), "place" },
    };

    [Theory]
    [MemberData(nameof(RejectedWithMessage))]
    public void AddPlaceAlias_BreaksTheRules_ThrowsWithTheMessage(string alias1, string place1, string alias2, string place2,
        string message, string parameter)
    {
        TimelineBuilder builder = new TimelineBuilder().AddPlaceAlias(alias1, place1);
        Gazetteer before = builder.Build().Gazetteer;

        ArgumentException e = Assert.Throws<ArgumentException>(() => builder.AddPlaceAlias(alias2, place2));

        Assert.Equal(parameter, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        // Nothing was kept: the same places and aliases, and a new alias still checks against the old ones only.
        builder.AddPlaceAlias("Fresh", "Elsewhere");
        Gazetteer after = builder.Build().Gazetteer;
        Assert.Equal([.. before.Aliases.Keys, "Fresh"], after.Aliases.Keys);
        Assert.Equal(before.Select(p => p.Path).Append("Elsewhere").Order(StringComparer.Ordinal), after.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddPlaceAlias_RejectedTargetWithNewLevels_CanBeAnAliasAfterwards()
    {
        // The rejected target's new levels ("Z, Q, A" and "Q, A") were entered as it was checked, then removed again.
        TimelineBuilder builder = new TimelineBuilder().AddPlaceAlias("A", "X");
        Assert.Throws<ArgumentException>(() => builder.AddPlaceAlias("B", "Z, Q, A"));

        builder.AddPlaceAlias("Z, Q, A", "W").AddPlaceAlias("Q, A", "V").AddPlaceAlias("B", "U");

        Assert.Equal(["A", "Z, Q, A", "Q, A", "B"], builder.Build().Gazetteer.Aliases.Keys);
    }
}
