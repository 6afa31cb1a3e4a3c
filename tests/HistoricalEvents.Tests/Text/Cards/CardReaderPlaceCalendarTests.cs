using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Text.Cards;

public class CardReaderPlaceCalendarTests
{
    private const string Card =
        """
        Great Fire Aftermath Act
        September 2, 1752 · London, England
        A card at a British place, dated on the last Julian day in Britain.
        September 14, 1752
        The first Gregorian day in Britain.
        London, England
        February 1, 1918
        A day at a Russian place, still Julian there.
        Moscow, Russia
        Source: example.org
        """;

    private static readonly CardReaderOptions ByPlace = new()
    {
        PlaceCalendarPolicies = new Dictionary<string, CalendarPolicy>(StringComparer.OrdinalIgnoreCase)
        {
            ["England"] = CalendarPolicy.GreatBritain,
            ["Russia"] = CalendarPolicy.Russia,
        },
    };

    [Fact]
    public void Parse_PlaceWithAPolicy_ReadsUnmarkedDatesUnderIt()
    {
        EventCard card = CardReader.Parse(Card, ByPlace).Value;
        Assert.Equal((HistoricalCalendar.Julian, new LocalDate(1752, 9, 13)), (card.Headline.Date.Calendar, card.Headline.Date.Earliest));
        Assert.Equal((HistoricalCalendar.Gregorian, new LocalDate(1752, 9, 14)), (card.Moments[0].Date.Calendar, card.Moments[0].Date.Earliest));
        Assert.Equal((HistoricalCalendar.Julian, new LocalDate(1918, 2, 14)), (card.Moments[1].Date.Calendar, card.Moments[1].Date.Earliest));
    }

    [Fact]
    public void Parse_WithoutThePlaceOption_KeepsTheEncyclopedicPolicy()
    {
        EventCard card = CardReader.Parse(Card).Value;
        Assert.Equal((HistoricalCalendar.Gregorian, new LocalDate(1752, 9, 2)), (card.Headline.Date.Calendar, card.Headline.Date.Earliest));
        Assert.Equal(HistoricalCalendar.Gregorian, card.Moments[1].Date.Calendar);
    }

    [Fact]
    public void Parse_FullPathKey_WinsOverAName()
    {
        var options = new CardReaderOptions
        {
            PlaceCalendarPolicies = new Dictionary<string, CalendarPolicy>
            {
                ["London, England"] = CalendarPolicy.ProlepticGregorian,
                ["England"] = CalendarPolicy.GreatBritain,
            },
        };
        EventCard card = CardReader.Parse(Card, options).Value;
        Assert.Equal(HistoricalCalendar.Gregorian, card.Headline.Date.Calendar);
    }

    [Fact]
    public void Parse_CalendarMark_WinsOverThePlace()
    {
        string marked = Card.Replace("September 2, 1752 ·", "September 2, 1752 N.S. ·", StringComparison.Ordinal);
        EventCard card = CardReader.Parse(marked, ByPlace).Value;
        Assert.Equal((HistoricalCalendar.Gregorian, new LocalDate(1752, 9, 2)), (card.Headline.Date.Calendar, card.Headline.Date.Earliest));
    }

    [Fact]
    public void Parse_DateThatTheLocalCalendarDoesNotHave_IsAnErrorWithItsColumn()
    {
        // 29 February 1700 is a Julian day only; under Protestant Germany's policy it is Gregorian, where 1700 is no leap year.
        string card = Card.Replace("September 2, 1752", "February 29, 1700 O.S.", StringComparison.Ordinal)
            .Replace("February 1, 1918", "February 29, 1700", StringComparison.Ordinal).Replace("Moscow, Russia", "Leipzig, Saxony", StringComparison.Ordinal);
        var options = new CardReaderOptions
        {
            PlaceCalendarPolicies = new Dictionary<string, CalendarPolicy> { ["Saxony"] = CalendarPolicy.ProtestantGermany },
        };
        ParseResult<EventCard> result = CardReader.Parse(card, options);
        Assert.False(result.Success);
        Assert.Equal((7, 10), (result.Error.Line, result.Error.Column));
    }
}
