using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Timeline;

public class PeriodSetTests
{
    private static HistoricalDate Years(int from, int to) => HistoricalDate.Interval(HistoricalDate.FromYear(from), HistoricalDate.FromYear(to));

    private static readonly HistoricalPeriod Ww1 = new("First World War", Years(1914, 1918), ["Great War"]);
    private static readonly HistoricalPeriod Interwar = new("Interwar period", Years(1918, 1939));
    private static readonly HistoricalPeriod Ww2 = new("Second World War", Years(1939, 1945), ["WWII"]);

    private static readonly PeriodSet Periods = new TimelineBuilder().AddPeriod(Ww1).AddPeriod(Interwar).AddPeriod(Ww2).Build().Periods;

    [Fact]
    public void List_ThreePeriods_InOrderAdded() => Assert.Equal([Ww1, Interwar, Ww2], Periods);

    [Theory]
    [InlineData("great war", "First World War")]
    [InlineData("wwii", "Second World War")]
    [InlineData(" Interwar period ", "Interwar period")]
    [InlineData("Cold War", null)]
    public void Find_NameOrAlias_IgnoringCase(string name, string? expected) => Assert.Equal(expected, Periods.Find(name)?.Name);

    [Fact]
    public void Indexer_UnknownName_ThrowsKeyNotFound() => Assert.Throws<KeyNotFoundException>(() => Periods["Cold War"]);

    [Fact]
    public void Relating_BeforeSecondWorldWar_WithCertainty()
    {
        // The First World War ended in 1918 and the second began in 1939: definitely before, with a gap. The interwar
        // period ends some day of 1939, the war starts some day of 1939: possibly before.
        Assert.Equal([(Ww1, Certainty.Definitely), (Interwar, Certainty.Possibly)], Periods.Relating(Ww2, AllenRelation.Before));
        Assert.Equal([(Ww1, Certainty.Definitely)], Periods.Relating(Ww2, AllenRelation.Before, Certainty.Definitely));
        // The interwar period ends some day of 1939, when the war starts: it possibly meets it.
        Assert.Contains((Interwar, Certainty.Possibly), Periods.Relating(Ww2, AllenRelation.Meets));
    }

    [Fact]
    public void Containing_1918_BothPeriodsPossibly() =>
        Assert.Equal([(Ww1, Certainty.Possibly), (Interwar, Certainty.Possibly)], Periods.Containing(HistoricalDate.FromYear(1918)));

    [Fact]
    public void Containing_1916Definitely_OnlyFirstWorldWar() =>
        Assert.Equal([(Ww1, Certainty.Definitely)], Periods.Containing(HistoricalDate.FromYear(1916), Certainty.Definitely));

    [Fact]
    public void AddPeriod_DuplicateNameOrAlias_Throws()
    {
        var builder = new TimelineBuilder().AddPeriod(Ww1);
        Assert.Throws<ArgumentException>(() => builder.AddPeriod(new HistoricalPeriod("great WAR", Years(1914, 1918))));
        Assert.Single(builder.Build().Periods);
    }
}
