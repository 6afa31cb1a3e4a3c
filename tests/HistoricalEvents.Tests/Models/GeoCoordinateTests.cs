using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Models;

public class GeoCoordinateTests
{
    [Theory]
    [InlineData("40.4093, 49.8671", 40.4093, 49.8671)]
    [InlineData("-33.8688,151.2093", -33.8688, 151.2093)]
    [InlineData("  90 , -180 ", 90.0, -180.0)]
    [InlineData("0, 0", 0.0, 0.0)]
    public void TryParse_DecimalDegrees_ReadsLatitudeThenLongitude(string text, double latitude, double longitude)
    {
        GeoCoordinate point = GeoCoordinate.TryParse(text).Value;
        Assert.Equal(latitude, point.Latitude);
        Assert.Equal(longitude, point.Longitude);
    }

    [Theory]
    [InlineData("40.4093", 1, "a comma")]
    [InlineData("91, 10", 1, "latitude")]
    [InlineData("10, 180.5", 5, "longitude")]
    [InlineData("1e2, 10", 1, "latitude")]
    [InlineData("NaN, 10", 1, "latitude")]
    [InlineData("10, ", 5, "longitude")]
    [InlineData("10., 20", 1, "latitude")]
    [InlineData("40°N, 49°E", 1, "latitude")]
    public void TryParse_BadText_FailsAtTheColumnOfTheBadNumber(string text, int column, string expectedWord)
    {
        ParseResult<GeoCoordinate> result = GeoCoordinate.TryParse(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error!.Column);
        Assert.Contains(expectedWord == "a comma" ? "latitude, longitude" : expectedWord, result.Error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90.5, 0)]
    [InlineData(0, -180.01)]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.PositiveInfinity)]
    public void Constructor_OutOfRange_Throws(double latitude, double longitude) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoCoordinate(latitude, longitude));

    [Theory]
    [InlineData(40.4093, 49.8671)]
    [InlineData(-0.1, 1e-7)]
    [InlineData(3e-9, -4.2e-5)]
    [InlineData(38.95, -20.75)]
    public void ToString_ReadsBackEqual(double latitude, double longitude)
    {
        var point = new GeoCoordinate(latitude, longitude);
        Assert.Equal(point, GeoCoordinate.Parse(point.ToString()));
        Assert.True(point == GeoCoordinate.Parse(point.ToString()));
        Assert.False(point != GeoCoordinate.Parse(point.ToString()));
    }

    [Fact]
    public void Parse_BadText_ThrowsHistoricalParseException() =>
        Assert.Throws<HistoricalParseException>(() => GeoCoordinate.Parse("north, east"));
}
