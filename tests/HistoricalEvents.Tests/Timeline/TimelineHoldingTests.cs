using HistoricalEvents.Places;
using HistoricalEvents.Timelines;
using TimelineT = HistoricalEvents.Timelines.Timeline;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>Issue #11: "events in the Roman Empire" include events at Rome dated inside the empire's tenure of Rome.</summary>
public class TimelineHoldingTests
{
    private static HistoricalEvent At(string date, string summary, string place) =>
        new(HistoricalDate.Parse(date), summary, [Place.Parse(place)]);

    private static readonly HistoricalEvent[] Events =
    [
        At("100", "rome 100", "Rome"),
        At("1900", "rome 1900", "Rome"),
        At("300 BC", "rome 300 BC", "Rome"),
        At("476", "rome 476", "Rome"),                              // the year the holding ends: only possibly inside
        At("64", "hill 64", "Palatine Hill, Rome"),
        At("100", "italy 100", "Rome, Italy"),
        At("100", "georgia 100", "Rome, Georgia, United States"),   // another Rome
        At("100", "republic path 100", "Rome, Roman Republic"),
        At("50 BC", "republic path 50 BC", "Rome, Roman Republic"),
        At("1000", "constantinople 1000", "Constantinople"),
        At("1230", "constantinople 1230", "Constantinople"),
        At("1600", "istanbul 1600", "Istanbul"),
        At("1950", "istanbul 1950", "Istanbul, Turkey"),
    ];

    private static readonly TimelineT WithGazetteer = new TimelineBuilder().AddRange(Events).UseHistoricalGazetteer(Gazetteer.Historical).Build();

    private static readonly TimelineT Plain = TimelineT.FromEvents(Events);

    private static string Summaries(IReadOnlyList<TimelineMatch> matches) =>
        string.Join(",", matches.Select(m => m.Event.Summary).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Roman Empire", "constantinople 1000,hill 64,italy 100,republic path 100,rome 100")]
    [InlineData("Roman Republic", "republic path 100,republic path 50 BC,rome 300 BC")]
    [InlineData("Byzantine Empire", "constantinople 1000")]
    [InlineData("Latin Empire", "constantinople 1230")]
    [InlineData("Ottoman Empire", "istanbul 1600")]
    [InlineData("Turkey", "istanbul 1950")]
    [InlineData("Kingdom of Italy", "rome 1900")]
    [InlineData("Papal States", "")]
    public void AtPlace_Polity_FindsEventsAtTheCitiesItHeldThen(string polity, string expected) =>
        Assert.Equal(expected, Summaries(WithGazetteer.AtPlace(polity)));

    [Fact]
    public void AtPlace_PolityWithoutIncludeEnclosed_KeepsOnlyTheCityItself() =>
        Assert.Equal("constantinople 1000,italy 100,republic path 100,rome 100",
            Summaries(WithGazetteer.AtPlace("Roman Empire", includeEnclosed: false)));

    [Fact]
    public void AtPlace_PolityWithoutHistoricalGazetteer_FindsOnlyThePathsThatNameIt()
    {
        Assert.Equal("", Summaries(Plain.AtPlace("Roman Empire")));
        Assert.Equal("republic path 100,republic path 50 BC", Summaries(Plain.AtPlace("Roman Republic")));
    }

    [Fact]
    public void AtPlace_City_FindsEveryPolityPathOfIt() =>
        Assert.Equal("georgia 100,hill 64,italy 100,republic path 100,republic path 50 BC,rome 100,rome 1900,rome 300 BC,rome 476",
            Summaries(WithGazetteer.AtPlace("Rome")));

    [Fact]
    public void AtPlace_PolityPath_IsNotWidenedByHoldings() =>
        Assert.Equal("", Summaries(WithGazetteer.AtPlace("Roman Empire, Europe")));
}
