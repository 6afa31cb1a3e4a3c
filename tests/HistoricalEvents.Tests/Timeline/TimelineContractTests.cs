using HistoricalEvents.Timelines;
using static HistoricalEvents.Tests.Timeline.TimelineTestData;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>Argument contracts of the timeline and period set (issue #9).</summary>
public class TimelineContractTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(13)]
    [InlineData(99)]
    public void Relating_UndefinedRelation_ThrowsArgumentOutOfRange(int relation)
    {
        var timeline = HistoricalEvents.Timelines.Timeline.FromCards([SeedCard()]);
        var period = new HistoricalPeriod("Soviet era", HistoricalDate.Parse("1920 to 1991"));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => timeline.Relating(period, (AllenRelation)relation));
        Assert.Equal("relation", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimelineBuilder().AddPeriod(period).Build().Periods.Relating(period, (AllenRelation)relation));
    }
}
