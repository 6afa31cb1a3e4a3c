namespace HistoricalEvents.Tests.Models;

public class HistoricalPeriodTests
{
    private static readonly HistoricalEvent Incorporation =
        new(HistoricalDate.FromDay(1920, 4, 28), "Azerbaijan was incorporated into the Soviet Union.");

    private static readonly HistoricalEvent Independence =
        new(HistoricalDate.FromYear(1991), "Azerbaijan declares its independence.", title: "Independence");

    [Fact]
    public void Between_TwoEvents_SpansFromFirstToSecond()
    {
        HistoricalPeriod soviet = HistoricalPeriod.Between("Soviet Azerbaijan", Incorporation, Independence);
        Assert.Equal(HistoricalDateKind.Interval, soviet.Span.Kind);
        Assert.Equal(new NodaTime.LocalDate(1920, 4, 28), soviet.Span.Earliest);
        Assert.Equal(new NodaTime.LocalDate(1991, 12, 31), soviet.Span.Latest);
    }

    [Theory]
    [InlineData(1950, Certainty.Definitely)]
    [InlineData(1991, Certainty.Possibly)]
    [InlineData(1919, Certainty.Not)]
    public void Contains_Years_HaveCertainty(int year, Certainty expected)
    {
        HistoricalPeriod soviet = HistoricalPeriod.Between("Soviet Azerbaijan", Incorporation, Independence);
        Assert.Equal(expected, soviet.Contains(HistoricalDate.FromYear(year)));
    }

    [Fact]
    public void Relate_WorldWarsAndInterwar_MeetDefinitely()
    {
        var ww1 = new HistoricalPeriod("World War I", HistoricalDate.Interval(HistoricalDate.FromDay(1914, 7, 28), HistoricalDate.FromDay(1918, 11, 11)));
        var interwar = new HistoricalPeriod("Interwar", HistoricalDate.Interval(HistoricalDate.FromDay(1918, 11, 12), HistoricalDate.FromDay(1939, 8, 31)));
        Assert.Equal(Certainty.Definitely, ww1.Relate(interwar, AllenRelation.Meets));
        Assert.Equal(Certainty.Not, ww1.Relate(interwar, AllenRelation.Overlaps));
        Assert.Equal(Certainty.Definitely, interwar.Relate(ww1, AllenRelation.MetBy));
    }

    [Fact]
    public void IsNamed_Alias_IgnoresCase()
    {
        var period = new HistoricalPeriod("Soviet Union", HistoricalDate.Interval(HistoricalDate.FromYear(1922), HistoricalDate.FromYear(1991)), ["USSR"]);
        Assert.True(period.IsNamed("ussr"));
        Assert.False(period.IsNamed("Russia"));
    }

    [Fact]
    public void Constructor_BlankName_Throws() =>
        Assert.Throws<ArgumentException>(() => new HistoricalPeriod(" ", HistoricalDate.FromYear(1991)));
}
