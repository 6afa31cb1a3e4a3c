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

    [Fact]
    public void Create_WithParent_BuildsPath() =>
        Assert.Equal("Baku, Azerbaijan", Place.Create("Baku", Place.Create("Azerbaijan")).Path);
}
