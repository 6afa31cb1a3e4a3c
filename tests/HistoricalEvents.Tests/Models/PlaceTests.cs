using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Models;

public class PlaceTests
{
    [Fact]
    public void Parse_BakuAzerbaijan_BuildsChainMostSpecificFirst()
    {
        Place baku = Place.Parse("Baku, Azerbaijan");
        Assert.Equal("Baku", baku.Name);
        Assert.Equal("Azerbaijan", baku.Parent!.Name);
        Assert.Null(baku.Parent.Parent);
        Assert.Equal("Baku, Azerbaijan", baku.Path);
        Assert.Equal(1, baku.Depth);
        Assert.Equal(["Azerbaijan"], baku.EnclosingPlaces.Select(p => p.Name));
        Assert.Same(baku.Parent, baku.Root);
    }

    [Theory]
    [InlineData("Baku,Azerbaijan", "Baku, Azerbaijan")]
    [InlineData("  Baku ,  Azerbaijan ", "Baku, Azerbaijan")]
    [InlineData("Sea of Tranquility, Moon", "Sea of Tranquility, Moon")]
    public void Parse_SpacingVariants_KeepTextAndCanonicalPath(string text, string path)
    {
        Place place = Place.Parse(text);
        Assert.Equal(path, place.Path);
        Assert.Equal(text, place.Text);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("Baku,, Azerbaijan", 6)]
    [InlineData("Baku, ", 6)]
    [InlineData(", Azerbaijan", 1)]
    public void ParsePath_EmptyName_FailsAtColumn(string text, int column)
    {
        ParseResult<Place> result = Place.ParsePath(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error!.Column);
        Assert.Throws<HistoricalParseException>(() => Place.Parse(text));
    }

    // A name that would make " @ " (which starts coordinates) with the ", " written before it or the coordinates written
    // after it: read, it would write a path that reads back as another place, or not at all (found by the json fuzz
    // target in CI's run of 2026-12-04: "Novqmber 7 [O.S. October 25^,@ 1917").
    [Theory]
    [InlineData("Novqmber 7 [O.S. October 25^,@ 1917", 30)]
    [InlineData("November 7r 7 [FGS],@ [FGS],@B", 21)]
    [InlineData("Baku ,@ x", 7)]
    [InlineData("@ Baku", 1)]
    [InlineData("Baku @, Azerbaijan", 1)]
    [InlineData("Baku, @", 7)]
    public void ParsePath_NameThatWouldReadAsCoordinates_FailsAtItsColumnSayingWhy(string text, int column)
    {
        ParseResult<Place> result = Place.ParsePath(text);

        Assert.False(result.Success);
        Assert.Equal(column, result.Error!.Column);
        Assert.Contains("would read as ' @ '", result.Error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@home, Azerbaijan")]
    [InlineData("Baku@, Azerbaijan @ 40.4093, 49.8671")]
    [InlineData("Bak@u, Azerbaijan")]
    public void ParsePath_AtSignInsideAName_ReadsBackAsWritten(string text)
    {
        Place place = Place.Parse(text);

        Place again = Place.Parse(place.Text);
        Assert.Equal(place, again);
        Assert.Equal(place.Text, again.Text);
        Assert.Equal(place.Coordinates, again.Coordinates);
    }

    [Theory]
    [InlineData("@ 1917")]
    [InlineData("Baku @")]
    [InlineData("@")]
    public void Create_NameThatWouldReadAsCoordinates_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => Place.Create(name, Place.Parse("Azerbaijan")));
    }

    [Fact]
    public void ParsePath_HostileDepth_FailsAtTheFirstNameTooMany()
    {
        string path = string.Join(", ", Enumerable.Repeat("a", 100_000));
        ParseResult<Place> result = Place.ParsePath(path);
        Assert.False(result.Success);
        Assert.Equal(1 + Place.DefaultMaxDepth * 3, result.Error!.Column);
        Assert.True(Place.ParsePath(string.Join(", ", Enumerable.Repeat("a", Place.DefaultMaxDepth))).Success);
    }

    [Fact]
    public void Equals_DifferentCase_IsEqual()
    {
        Assert.Equal(Place.Parse("Baku, Azerbaijan"), Place.Parse("baku, AZERBAIJAN"));
        Assert.Equal(Place.Parse("Baku, Azerbaijan").GetHashCode(), Place.Parse("baku, AZERBAIJAN").GetHashCode());
        Assert.NotEqual(Place.Parse("Baku, Azerbaijan"), Place.Parse("Baku"));
    }

    [Theory]
    [InlineData("Baku, Azerbaijan", "Azerbaijan", true)]
    [InlineData("Baku, Azerbaijan", "Baku, Azerbaijan", true)]
    [InlineData("Azerbaijan", "Baku, Azerbaijan", false)]
    [InlineData("Baku, Azerbaijan", "Baku", false)]
    [InlineData("Sea of Tranquility, Moon", "moon", true)]
    public void IsWithin_Table_IsRight(string place, string container, bool within) =>
        Assert.Equal(within, Place.Parse(place).IsWithin(Place.Parse(container)));

    [Fact]
    public void Create_NameWithComma_Throws() => Assert.Throws<ArgumentException>(() => Place.Create("Baku, Azerbaijan"));

    // A name holding " @ " would be written as the place's text and read back as a place with coordinates.
    [Theory]
    [InlineData("Baku @ 40.4, 49.9")]
    [InlineData("Cafe @ Home")]
    public void Create_NameWithCoordinatesSeparator_Throws(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => Place.Create(name));
        Assert.Contains("' @ '", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AT@T Park")]
    [InlineData("Rock @Sea")]
    public void Create_NameWithAtSignNotSeparator_RoundTrips(string name) =>
        Assert.Equal(Place.Create(name), Place.Parse(Place.Create(name).ToString()));

    [Fact]
    public void Create_WithParent_BuildsPath() =>
        Assert.Equal("Baku, Azerbaijan", Place.Create("Baku", Place.Create("Azerbaijan")).Path);
}

public class PlaceCoordinatesTests
{
    [Fact]
    public void Parse_PathWithCoordinates_KeepsPathTextAndPoint()
    {
        Place actium = Place.Parse("Actium, Greece @ 38.95, 20.75");
        Assert.Equal("Actium, Greece", actium.Path);
        Assert.Equal("Actium, Greece @ 38.95, 20.75", actium.Text);
        Assert.Equal(new GeoCoordinate(38.95, 20.75), actium.Coordinates);
        Assert.Null(actium.Parent!.Coordinates);
        Assert.Equal(Place.Parse("Actium, Greece"), actium);
    }

    [Theory]
    [InlineData("Actium @ 95, 20", 10)]
    [InlineData("Actium @ 38.95", 10)]
    [InlineData("Actium, Greece @ 38.95, east", 25)]
    [InlineData(" @ 38.95, 20.75", 1)]
    public void ParsePath_BadCoordinatesOrPath_FailsWithColumn(string text, int column)
    {
        ParseResult<Place> result = Place.ParsePath(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error!.Column);
    }

    [Fact]
    public void WithCoordinates_SetsTextThatReadsBack()
    {
        Place baku = Place.Parse("Baku, Azerbaijan").WithCoordinates(new GeoCoordinate(40.4093, 49.8671));
        Assert.Equal("Baku, Azerbaijan @ 40.4093, 49.8671", baku.Text);
        Place again = Place.Parse(baku.Text);
        Assert.Equal(baku.Coordinates, again.Coordinates);
        Assert.Null(baku.WithCoordinates(null).Coordinates);
        Assert.Equal("Baku, Azerbaijan", baku.WithCoordinates(null).Text);
    }

    [Fact]
    public void CardWithCoordinates_WritesBackByteForByte()
    {
        const string card = "Battle of Actium\n31 BC · Actium, Greece @ 38.95, 20.75\nOctavian defeats Antony and Cleopatra.\n"
            + "September 2, 31 BC\nThe fleets meet off Actium.\nActium, Greece @ 38.95, 20.75 | Rome\nA naval battle.\nSource: en.wikipedia.org";
        EventCard read = CardReader.Parse(card).Value;
        Assert.Equal(new GeoCoordinate(38.95, 20.75), read.Headline.Places[0].Coordinates);
        Assert.Equal(new GeoCoordinate(38.95, 20.75), read.Moments[0].Places[0].Coordinates);
        Assert.Null(read.Moments[0].Places[1].Coordinates);
        Assert.Equal(card, read.ToCardText());
    }

    [Fact]
    public void CardWithBadCoordinates_FailsAtTheirLineAndColumn()
    {
        const string card = "Battle of Actium\n31 BC · Actium, Greece @ 38.95, 200\nOctavian wins.\nA naval battle.\nSource: en.wikipedia.org";
        ParseResult<EventCard> read = CardReader.Parse(card);
        Assert.False(read.Success);
        Assert.Equal(2, read.Error!.Line);
        Assert.Equal(33, read.Error.Column);
    }
}
