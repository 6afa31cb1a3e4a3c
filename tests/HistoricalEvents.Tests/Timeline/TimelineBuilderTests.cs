using HistoricalEvents.Text;
using HistoricalEvents.Timelines;
using static HistoricalEvents.Tests.Timeline.TimelineTestData;

namespace HistoricalEvents.Tests.Timeline;

public class TimelineBuilderTests
{
    [Fact]
    public void Add_CardBuiltInCode_EventsGetTheCardAsOrigin()
    {
        var headline = new HistoricalEvent(HistoricalDate.FromYear(1991), "Independence.", title: "Card title");
        var moment = new HistoricalEvent(HistoricalDate.FromDay(1920, 4, 28), "Incorporation.");
        var card = new EventCard(headline, [moment], new TextPosition(7, 1), "cards.txt");
        Timelines.Timeline timeline = new TimelineBuilder().Add(card).Build();
        Assert.All(timeline, e => Assert.Equal(new EventOrigin("Card title", "cards.txt", new TextPosition(7, 1)), e.Origin));
    }

    [Fact]
    public void Add_CardWithOrigins_KeepsEachEventsOrigin() =>
        Assert.Equal([4, 2], new TimelineBuilder().Add(SeedCard()).Build().Select(e => e.Origin!.Line));

    [Fact]
    public void Build_Twice_SnapshotsAreIndependent()
    {
        var builder = new TimelineBuilder().Add(new HistoricalEvent(HistoricalDate.FromYear(1), "One."));
        Timelines.Timeline first = builder.Build();
        builder.Add(new HistoricalEvent(HistoricalDate.FromYear(2), "Two."));
        Assert.Single(first);
        Assert.Equal(2, builder.Build().Count);
        Assert.Equal(2, builder.Count);
    }

    [Fact]
    public void Build_EventsWithOtherPlaceObjects_RecreatedWithSameContentAndOrigin()
    {
        HistoricalEvent original = SeedCard().Headline;
        Timelines.Timeline timeline = new TimelineBuilder().Add(original).Add(new HistoricalEvent(HistoricalDate.FromYear(1), "x", [Place.Parse("Baku, Azerbaijan")])).Build();
        HistoricalEvent rebuilt = timeline.Single(e => e.Title is not null);
        Assert.Equal(original, rebuilt);
        Assert.Equal(original.Origin, rebuilt.Origin);
        Assert.Same(timeline[0].Places[0], rebuilt.Places[0]);
    }

    [Fact]
    public void Add_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new TimelineBuilder().Add((HistoricalEvent)null!));
        Assert.Throws<ArgumentNullException>(() => new TimelineBuilder().Add((EventCard)null!));
        Assert.Throws<ArgumentNullException>(() => new TimelineBuilder().AddPeriod(null!));
    }
}
