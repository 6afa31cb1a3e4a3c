using HistoricalEvents.Places;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Places;

public class CardCheckerTests
{
    private static readonly CardCheckOptions Options = new() { Today = new LocalDate(2026, 12, 3) };

    private static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static List<CardWarning> CheckFile(string path)
    {
        string[] lines = File.ReadAllLines(path);
        var options = new CardCheckOptions { Today = Options.Today, SourceLines = lines };
        return [.. CardReader.ReadFile(path).SelectMany(r => CardChecker.Check(r.Value, options))];
    }

    [Fact]
    public void Check_SeedCard_GivesExactlyTheSovietUnionWarning()
    {
        CardWarning warning = Assert.Single(CheckFile(TestData("Cards", "000_52881603a37a9534.txt")));

        Assert.Equal(CardWarningCodes.PlaceDidNotExist, warning.Code);
        Assert.Equal((6, 20), (warning.Line, warning.Column));
        Assert.Equal(Certainty.Definitely, warning.Certainty);
        Assert.Equal("the Soviet Union existed from December 30, 1922 to December 26, 1991; this event is dated April 28, 1920", warning.Message);
    }

    [Fact]
    public void Check_DefaultOptions_SeedGetsTheSovietUnionWarning()
    {
        // The default options once held no regional calendars (static fields initialised out of order) and the
        // one-argument Check threw a NullReferenceException.
        Assert.Contains("England", CardCheckOptions.Default.RegionalCalendars.Keys);
        CardWarning warning = Assert.Single(CardChecker.Check(CardReader.Parse(HistoricalEvents.Tests.Text.Cards.CardTestData.Seed).Value));
        Assert.Equal((CardWarningCodes.PlaceDidNotExist, 6L), (warning.Code, warning.Line));
    }

    [Fact]
    public void Check_SeedCardWithoutSourceLines_FindsTheSameColumnFromTheLayout()
    {
        EventCard card = CardReader.ReadFile(TestData("Cards", "000_52881603a37a9534.txt")).Single().Value;

        CardWarning warning = Assert.Single(CardChecker.Check(card, Options));

        Assert.Equal((6, 20), (warning.Line, warning.Column));
    }

    [Fact]
    public void Check_FileOfKnownAnachronisms_ListsEachWithPositionAndCertainty()
    {
        List<CardWarning> warnings = CheckFile(TestData("Places", "anachronisms.txt"));

        Assert.Equal(
        [
            "anachronisms.txt:2:8: warning HE1002: the name Istanbul was used from March 28, 1930; this event is dated 1600; it was called Constantinople then",
            "anachronisms.txt:13:1: warning HE1003: this moment is dated November 11, 1919, outside its card's span 1914–1918",
            "anachronisms.txt:19:8: warning HE1002: the name Leningrad was used from 1924 to 1991; this event is dated 1800; it was called Saint Petersburg then",
            "anachronisms.txt:24:16: warning HE1001: Czechoslovakia existed from October 28, 1918 to December 31, 1992; this event is dated 1910",
            "anachronisms.txt:29:1: warning HE1004: this date, 2999, is after today (December 3, 2026)",
            "anachronisms.txt:34:1: warning HE1005: March 1, 1800 O.S. is marked O.S. (Julian), but Great Britain used the Gregorian calendar from September 14, 1752",
            "anachronisms.txt:43:9: warning HE1001: the Soviet Union existed from December 30, 1922 to December 26, 1991; this event is dated 1922 (possibly)",
        ], warnings.Select(w => w.ToString().Replace(TestData("Places") + Path.DirectorySeparatorChar, "")));
    }

    [Theory]
    [InlineData("1919", "Baku, Azerbaijan Democratic Republic", 0)]
    [InlineData("1920", "Baku, Azerbaijan Democratic Republic", 1)]  // possibly: it ended on April 28, 1920
    [InlineData("1921", "Baku, Azerbaijan Democratic Republic", 1)]
    [InlineData("1950", "Baku, Azerbaijan SSR", 0)]
    [InlineData("1600", "Constantinople, Ottoman Empire", 0)]
    [InlineData("1453", "Constantinople, Ottoman Empire", 0)]
    [InlineData("1200", "Constantinople, Ottoman Empire", 1)]
    [InlineData("44 BC", "Rome, Roman Empire", 1)]
    [InlineData("44 BC", "Rome, Roman Republic", 0)]
    [InlineData("1991", "Baku, Azerbaijan", 0)]
    [InlineData("1991", "Atlantis", 0)]
    public void Check_OneEvent_WarnsOnlyForPlacesOutsideTheirTime(string date, string place, int expected)
    {
        var card = new EventCard(new HistoricalEvent(HistoricalDate.Parse(date), "Something.", [Place.Parse(place)], "A title"));

        Assert.Equal(expected, CardChecker.Check(card, Options).Count);
    }

    [Fact]
    public void Check_ADateMarkedOldStyleBeforeTheSwitch_IsFine()
    {
        var card = new EventCard(new HistoricalEvent(HistoricalDate.Parse("October 25, 1917 O.S."), "Revolution.", [Place.Parse("Petrograd, Russia")], "T"));

        Assert.Empty(CardChecker.Check(card, Options));
    }

    [Fact]
    public void Check_CardWithNothingToWarn_AllocatesNothing()
    {
        // CardsToJson checks every card of a file: a clean card must cost no garbage (issue #9, section 3).
        EventCard card = CardReader.Parse(
            "Clean\n1991 · Baku, Azerbaijan\nS.\nApril 28, 1950\nM.\nBaku, Azerbaijan SSR | Moscow, Soviet Union\nN.\nSource: x").Value;
        Assert.Empty(CardChecker.Check(card, Options));

        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = 0;
        for (int i = 0; i < 100; i++)
        {
            count += CardChecker.Check(card, Options).Count;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((0, 0L), (count, allocated));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(12)]  // more names than are compared one by one: the hash set's path
    public void Check_NameRepeatedInOneEvent_WarnsOnceAtItsFirstMention(int repeats)
    {
        string places = "Baku, Soviet Union" + string.Concat(Enumerable.Repeat(" | soviet union | Moscow, Soviet Union", repeats));
        EventCard card = CardReader.Parse($"T\n1991 · Baku, Azerbaijan\nS.\nApril 28, 1920\nM.\n{places}\nN.\nSource: x").Value;

        CardWarning warning = Assert.Single(CardChecker.Check(card, Options));

        Assert.Equal((CardWarningCodes.PlaceDidNotExist, 6L, 7), (warning.Code, warning.Line, warning.Column));
    }

    [Theory]
    [InlineData("1920", "the Soviet Union existed from December 30, 1922 to December 26, 1991; this event is dated 1920")]
    [InlineData("1900", "the Soviet Union existed from December 30, 1922 to December 26, 1991; this event is dated 1900")]
    [InlineData("April 28, 1920", "the Soviet Union existed from December 30, 1922 to December 26, 1991; this event is dated April 28, 1920")]
    public void Check_SamePlaceAtSeveralDates_EachMessageEndsWithItsOwnDate(string date, string message)
    {
        var card = new EventCard(new HistoricalEvent(HistoricalDate.Parse(date), "S.", [Place.Parse("Moscow, Soviet Union")], "T"));

        Assert.Equal(message, Assert.Single(CardChecker.Check(card, Options)).Message);
    }

    [Theory]
    [InlineData("Soviet Union", "the Soviet Union")]
    [InlineData("Ottoman Empire", "the Ottoman Empire")]
    [InlineData("Czechoslovakia", "Czechoslovakia")]
    [InlineData("East Germany", "East Germany")]
    public void Check_PolityThatDidNotExistYet_NamesItWithItsArticle(string name, string named)
    {
        var card = new EventCard(new HistoricalEvent(HistoricalDate.Parse("1000 BC"), "S.", [Place.Parse(name)], "T"));

        Assert.StartsWith(named + " existed ", Assert.Single(CardChecker.Check(card, Options)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10000 BC", "")]  // no LocalDate holds it: reading HistoricalDate.Earliest threw, and CardsToJson crashed
    [InlineData("12000", "HE1004: this date, 12000, is after today (December 3, 2026)")]
    [InlineData("2999", "HE1004: this date, 2999, is after today (December 3, 2026)")]
    [InlineData("December 3, 2026", "")]
    [InlineData("December 4, 2026", "HE1004: this date, December 4, 2026, is after today (December 3, 2026)")]
    public void Check_DatesAroundTodayAndBeyondLocalDate_ComparedOnTheDayAxis(string date, string expected)
    {
        EventCard card = CardReader.Parse($"T\n{date} · Baku\nS.\nN.\nSource: x").Value;

        Assert.Equal(expected, string.Join("; ", CardChecker.Check(card, Options).Select(w => $"{w.Code}: {w.Message}")));
    }

    [Fact]
    public void Check_TodayInTheJulianCalendar_ComparedAsTheSameDay()
    {
        // November 20, 2026 (Julian) is December 3, 2026 (Gregorian); LocalDates of two calendars cannot be compared.
        var julian = new CardCheckOptions { Today = new LocalDate(2026, 11, 20, CalendarSystem.Julian) };
        EventCard tomorrow = CardReader.Parse("T\nDecember 4, 2026 · Baku\nS.\nN.\nSource: x").Value;
        EventCard today = CardReader.Parse("T\nDecember 3, 2026 · Baku\nS.\nN.\nSource: x").Value;

        Assert.Equal((CardWarningCodes.FutureDate, 0), (Assert.Single(CardChecker.Check(tomorrow, julian)).Code, CardChecker.Check(today, julian).Count));
    }

    [Fact]
    public void CardWarning_Equality_ComparesEveryField()
    {
        var a = new CardWarning("HE1001", "m", new TextPosition(1, 2), Certainty.Definitely, "f");

        Assert.Equal(a, new CardWarning("HE1001", "m", new TextPosition(1, 2), Certainty.Definitely, "f"));
        Assert.NotEqual(a, new CardWarning("HE1001", "m", new TextPosition(1, 2), Certainty.Possibly, "f"));
        Assert.Equal("f:1:2: warning HE1001: m", a.ToString());
    }
}
