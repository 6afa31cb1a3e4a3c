using System.Text.Json;
using HistoricalEvents.Serialization;

namespace HistoricalEvents.Tests.Serialization;

/// <summary>
/// Decades, centuries and millennia built in code from any first year read back equal from JSON (before the
/// <c>span</c> property, <c>FromSpan(-700, Decade)</c> was written as the interval <c>-0700/-0691</c> and read back as
/// an interval: a silently different value).
/// </summary>
public class HistoricalDateJsonSpanTests
{
    private static readonly JsonSerializerOptions Options = HistoricalEventsJson.Options;

    private static HistoricalDate RoundTrip(HistoricalDate date) =>
        JsonSerializer.Deserialize<HistoricalDate>(JsonSerializer.Serialize(date, Options), Options);

    [Theory]
    [InlineData(-700, DatePrecision.Decade, SpanPart.Whole)]
    [InlineData(1913, DatePrecision.Decade, SpanPart.Whole)]
    [InlineData(1573, DatePrecision.Decade, SpanPart.Whole)]   // across the 1582 switch: ends on a Gregorian day
    [InlineData(1913, DatePrecision.Decade, SpanPart.Early)]
    [InlineData(1850, DatePrecision.Century, SpanPart.Mid)]
    [InlineData(-12345, DatePrecision.Millennium, SpanPart.Late)]   // prehistory, no day bounds
    public void Serialize_SpanNoTextNames_WritesSpanAndReadsBackEqual(int firstYear, DatePrecision precision, SpanPart part)
    {
        HistoricalDate date = HistoricalDate.FromSpan(firstYear, precision, part);
        string json = JsonSerializer.Serialize(date, Options);
        Assert.Contains("\"firstYear\":" + firstYear.ToString(System.Globalization.CultureInfo.InvariantCulture), json, StringComparison.Ordinal);
        HistoricalDate back = RoundTrip(date);
        Assert.Equal(date, back);
        Assert.Equal(HistoricalDateKind.Single, back.Kind);
        Assert.Equal(precision, back.Precision);
    }

    [Theory]
    [InlineData(1920, DatePrecision.Decade)]
    [InlineData(1801, DatePrecision.Century)]
    [InlineData(-499, DatePrecision.Century)]
    public void Serialize_SpanTextNames_WritesNoSpan(int firstYear, DatePrecision precision)
    {
        string json = JsonSerializer.Serialize(HistoricalDate.FromSpan(firstYear, precision), Options);
        Assert.DoesNotContain("span", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EverySpanFromSpanMakes_ReadsBackEqual()
    {
        int checkedCount = 0;
        foreach (DatePrecision precision in new[] { DatePrecision.Decade, DatePrecision.Century, DatePrecision.Millennium })
        {
            foreach (SpanPart part in Enum.GetValues<SpanPart>())
            {
                for (int year = -3000; year <= 3000; year += 7)
                {
                    HistoricalDate date = HistoricalDate.FromSpan(year, precision, part);
                    Assert.True(date == RoundTrip(date), $"{precision} {part} from {year}: {JsonSerializer.Serialize(date, Options)}");
                    checkedCount++;
                }
            }
        }
        Assert.True(checkedCount > 10_000);
    }

    [Theory]
    [InlineData("""{"edtf":"-0700/-0691","calendar":"julian","span":"decade","firstYear":-701}""", "$.edtf")]
    [InlineData("""{"edtf":"-0700/-0691","calendar":"julian","span":"fortnight","firstYear":-700}""", "$.span")]
    [InlineData("""{"edtf":"-0700/-0691","calendar":"julian","span":"decade"}""", "$.firstYear")]
    [InlineData("""{"edtf":"-0700/-0691","span":"decade","firstYear":-700}""", "$.calendar")]
    [InlineData("""{"edtf":"-0700/-0691","calendar":"julian","span":"decade","firstYear":"-700"}""", "$.firstYear")]
    public void Deserialize_SpanThatDisagrees_JsonExceptionAtProperty(string json, string path)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<HistoricalDate>(json, Options));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }
}
