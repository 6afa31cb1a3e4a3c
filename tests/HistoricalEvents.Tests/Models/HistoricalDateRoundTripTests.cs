using CsCheck;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Models;

/// <summary>
/// <see cref="HistoricalDate.ToString"/> is readable English where English can say it and EDTF where it cannot;
/// either way <see cref="HistoricalDate.Parse(string)"/> gives the value back.
/// </summary>
public class HistoricalDateRoundTripTests
{
    [Theory]
    [InlineData("1985-04-XX", "1985-04-XX")]
    [InlineData("1985-XX-XX", "1985-XX")]   // a year written with unspecified digits, as 1985-XX
    [InlineData("2004-XX", "2004-XX")]
    [InlineData("2001-25", "2001-25")]
    [InlineData("2001-37", "2001-37")]   // quadrimesters have no English form; quarters are Q1 2001
    [InlineData("1985-04", "April 1985")]
    [InlineData("2001-21", "Spring 2001")]
    public void ToString_EdtfOnlyForm_IsWrittenAsEdtfAndReadsBack(string edtf, string expected)
    {
        HistoricalDate date = HistoricalDate.Parse(edtf);
        Assert.Equal(expected, date.ToString());
        Assert.Equal(date, HistoricalDate.Parse(date.ToString()));
    }

    private static readonly Gen<string> Year = Gen.OneOf(
        Gen.Int[0, 9999].Select(y => y.ToString("D4")),
        Gen.Int[1, 9998].Select(y => "-" + y.ToString("D4")),
        Gen.Int[0, 999].Select(y => y.ToString("D3") + "X"),
        Gen.Int[1, 999].Select(y => "-" + y.ToString("D3") + "X"),
        Gen.Int[0, 99].Select(y => y.ToString("D2") + "XX"));

    private static readonly Gen<string> Point = Gen.Select(Year, Gen.Int[0, 45], Gen.Int[0, 31], Gen.Int[0, 3]).Select((year, month, day, q) =>
    {
        string text = year;
        if (!year.EndsWith('X') && month > 0)
        {
            text += "-" + (month == 13 ? "XX" : month.ToString("D2"));
            if (month <= 13 && day > 0)
            {
                text += "-" + (day == 31 && month != 13 ? "XX" : Math.Min(day, 28).ToString("D2"));
            }
        }
        return text + q switch { 1 => "~", 2 => "?", 3 => "%", _ => "" };
    });

    private static readonly Gen<string> Edtf = Gen.OneOf(
        Point,
        Gen.Select(Point, Point).Select((a, b) => a + "/" + b),
        Point.Select(a => a + "/.."),
        Point.Select(a => a + "/"),
        Point.Select(a => "../" + a),
        Point.Select(a => "/" + a),
        Gen.Select(Point, Point).Select((a, b) => "[" + a + "," + b + "]"));

    [Fact]
    public void ToString_AnyEdtfValue_ParsesBackEqual()
    {
        Edtf.Sample(text =>
        {
            if (EdtfPattern.Default.TryParse(text, out HistoricalDate date))
            {
                string written = date.ToString();
                Assert.True(HistoricalDate.TryParse(written, out HistoricalDate back), $"{text} -> {written}");
                Assert.Equal(date, back);
            }
        }, iter: 20_000);
    }
}
