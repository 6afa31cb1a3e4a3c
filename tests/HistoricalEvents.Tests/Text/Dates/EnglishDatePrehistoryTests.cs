using CsCheck;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>
/// Issue #8, prehistory in English: counts of years before present (1950) with a unit, read with their significant
/// digits (docs/dates.md, "Prehistory: counts of years before present").
/// </summary>
public class EnglishDatePrehistoryTests
{
    private static readonly EnglishDatePattern English = EnglishDatePattern.Default;

    private static HistoricalDate Read(string text) => English.Parse(text).Value;

    // text, the years before 1950 written (the near edge), the years the last significant digit stands for, qualifiers.
    // Expected bounds are worked out from those two numbers here, not copied from the reader.
    [Theory]
    [InlineData("66 Ma", 66_000_000L, 1_000_000L, DateQualifiers.None)]
    [InlineData("1.8 Ma", 1_800_000L, 100_000L, DateQualifiers.None)]
    [InlineData("2.5 mya", 2_500_000L, 100_000L, DateQualifiers.None)]
    [InlineData("2.50 Ma", 2_500_000L, 10_000L, DateQualifiers.None)]
    [InlineData("1.05 Ma", 1_050_000L, 10_000L, DateQualifiers.None)]
    [InlineData("c. 2.5 million years ago", 2_500_000L, 100_000L, DateQualifiers.Approximate)]
    [InlineData("65 million years BP", 65_000_000L, 1_000_000L, DateQualifiers.None)]
    [InlineData("65 million years before present", 65_000_000L, 1_000_000L, DateQualifiers.None)]
    [InlineData("c. 300,000 years ago", 300_000L, 100_000L, DateQualifiers.Approximate)]
    [InlineData("10 ka", 10_000L, 10_000L, DateQualifiers.None)]
    [InlineData("12 ka", 12_000L, 1_000L, DateQualifiers.None)]
    [InlineData("12 kya", 12_000L, 1_000L, DateQualifiers.None)]
    [InlineData("12.9 ka BP", 12_900L, 100L, DateQualifiers.None)]
    [InlineData("40 thousand years ago", 40_000L, 10_000L, DateQualifiers.None)]
    [InlineData("about 1.8 million years ago", 1_800_000L, 100_000L, DateQualifiers.Approximate)]
    [InlineData("66 Ma?", 66_000_000L, 1_000_000L, DateQualifiers.Uncertain)]
    [InlineData("66 Ma (approx.)", 66_000_000L, 1_000_000L, DateQualifiers.Approximate)]
    [InlineData("66MA", 66_000_000L, 1_000_000L, DateQualifiers.None)]
    [InlineData("0.5 Ga", 500_000_000L, 100_000_000L, DateQualifiers.None)]
    [InlineData("5,000 years ago", 5_000L, 1_000L, DateQualifiers.None)]
    [InlineData("123,456 years ago", 123_456L, 1L, DateQualifiers.None)]
    public void Parse_CountBeforePresent_IsTheIntervalOfItsLastSignificantDigitBefore1950(string text, long years, long unit, DateQualifiers qualifiers)
    {
        if (years + unit - 1 > 500_001_950L)
        {
            // 0.5 Ga reaches 599,999,999 years before 1950: beyond the axis, a clean error.
            Assert.False(English.Parse(text).Success);
            return;
        }
        HistoricalDate value = Read(text);
        // The years as written (a Julian year of the days starts in the Gregorian year before, so not EarliestYear).
        (int first, int last) = unit == 1 ? (value.Year, value.Year) : (value.Start.Year, value.End.Year);
        Assert.Equal((1950 - (years + unit - 1), 1950 - years), ((long)first, (long)last));
        Assert.Equal(1950 - years, value.LatestYear);
        Assert.Equal(unit == 1 ? HistoricalDateKind.Single : HistoricalDateKind.Interval, value.Kind);
        Assert.Equal(DatePrecision.Year, value.Precision);
        Assert.Equal(qualifiers, value.Qualifiers);
        Assert.Equal(value.EarliestYear >= -9998, value.HasDayBounds);
    }

    [Theory]
    [InlineData("66 Ma", "66 Ma", "Y-66998049/Y-65998050")]
    [InlineData("2.5 mya", "2.5 Ma", "Y-2598049/Y-2498050")]
    [InlineData("c. 2.5 million years ago", "c. 2.5 Ma", "Y-2598049~/Y-2498050~")]
    [InlineData("1.8 Ma", "1.8 Ma", "Y-1898049/Y-1798050")]
    [InlineData("65 million years BP", "65 Ma", "Y-65998049/Y-64998050")]
    [InlineData("c. 300,000 years ago", "c. 300,000 years ago", "Y-398049~/Y-298050~")]
    [InlineData("10 ka", "10,000 years ago", "Y-18049/-8050")]
    [InlineData("66 Ma?", "66 Ma?", "Y-66998049?/Y-65998050?")]
    [InlineData("2.50 Ma", "2.50 Ma", "Y-2508049/Y-2498050")]
    [InlineData("30 Ma", "30 Ma", "Y-39998049/Y-29998050")]
    public void Format_CountBeforePresent_ReadsBackEqualInEnglishAndEdtf(string text, string english, string edtf)
    {
        HistoricalDate value = Read(text);
        Assert.Equal(english, English.Format(value));
        Assert.Equal(edtf, value.ToEdtfString());
        Assert.Equal(value, Read(english));
        Assert.Equal(value, HistoricalDate.Parse(edtf));
        Assert.Equal(value, EdtfPattern.Default.Parse(edtf).Value);
    }

    // Within the days a count is written as the years BC it names, which read back equal.
    [Theory]
    [InlineData("5,000 years ago", "4050–3051 BC", "-4049/-3050")]
    [InlineData("123,456 years ago", "121507 BC", "Y-121506")]
    [InlineData("0.1 Ga", "100 Ma", "Y-199998049/Y-99998050")]
    public void Format_CountBeforePresentWithinTheDaysExactOrInGa_ReadsBackEqual(string text, string english, string edtf)
    {
        HistoricalDate value = Read(text);
        Assert.Equal(english, English.Format(value));
        Assert.Equal(value, Read(english));
        Assert.Equal(edtf, value.ToEdtfString());
        Assert.Equal(value, HistoricalDate.Parse(edtf));
    }

    [Theory]
    [InlineData("-5 Ma", 1, "a date such as")]
    [InlineData("Ma", 1, "a date such as")]
    [InlineData("66 Ma BC", 7, "the end of the date")]
    [InlineData("66 Ma AD", 7, "the end of the date")]
    [InlineData("0 Ma", 1, "a number of years above 0")]
    [InlineData("2.5 years ago", 3, "no more decimals than its unit")]
    [InlineData("1.2345 ka", 3, "no more decimals than its unit")]
    [InlineData("600 Ma", 1, "a year between 500,000,001 BC")]
    [InlineData("4.5 Ga", 1, "a year between 500,000,001 BC")]
    [InlineData("12,000,000,000 years ago", 1, "a year between 500,000,001 BC")]
    [InlineData("66 – 23 Ma", 9, "BP (before present")]
    [InlineData("66 Ma – 1200", 4, "BP (before present")]
    [InlineData("66 Ma or 65 Ma", 4, "BP (before present")]
    [InlineData("before 66 Ma", 11, "BP (before present")]
    [InlineData("66 Ma O.S.", 4, "no calendar mark")]
    [InlineData("66 Ma (N.S.)", 4, "no calendar mark")]
    [InlineData("June 66 Ma", 9, "the end of the date")]
    [InlineData("June 10,000 BC", 6, "a year between 500,000,001 BC")]
    [InlineData("66 Ma 1200", 7, "the end of the date")]
    public void Parse_NonsenseCountBeforePresent_IsAnErrorAtItsColumn(string text, int column, string expected)
    {
        ParseResult<HistoricalDate> result = English.Parse(text);
        Assert.False(result.Success, text);
        Assert.Equal(column, result.Error.Column);
        Assert.Contains(expected, result.Error.Expected, StringComparison.Ordinal);
        Assert.False(English.TryParse(text, out _));
        Assert.False(HistoricalDate.TryParse(text, out _));
    }

    // A plain count of years BP stays the year it names, as 11,700 BP does (radiocarbon ages give their error apart).
    [Theory]
    [InlineData("11,700 years BP", "11,700 BP")]
    [InlineData("11,700 years before present", "11,700 BP")]
    [InlineData("2500 before present", "2500 BP")]
    public void Parse_PlainYearsBeforePresent_IsTheYearAsBP(string text, string same) =>
        Assert.Equal(Read(same), Read(text));

    [Theory]
    [InlineData("66 Ma")]
    [InlineData("c. 2.5 million years ago")]
    [InlineData("10 ka")]
    [InlineData("5,000 years ago")]
    public void Json_CountBeforePresent_RoundTripsEqual(string text)
    {
        HistoricalDate value = Read(text);
        string json = System.Text.Json.JsonSerializer.Serialize(value, HistoricalEvents.Serialization.HistoricalEventsJson.Options);
        Assert.Equal(value, System.Text.Json.JsonSerializer.Deserialize<HistoricalDate>(json, HistoricalEvents.Serialization.HistoricalEventsJson.Options));
    }

    [Fact]
    public void Relations_CountsBeforePresent_OrderWithEveryOtherDate()
    {
        HistoricalDate chicxulub = Read("66 Ma"), homo = Read("c. 2.5 million years ago"), holocene = Read("11,700 BP");
        HistoricalDate hastings = Read("October 14, 1066");
        Assert.True(chicxulub < homo && homo < holocene && holocene < hastings);
        Assert.Equal(Certainty.Definitely, chicxulub.IsBefore(homo));
        Assert.Equal(Certainty.Definitely, homo.IsBefore(hastings));
        Assert.Equal(Certainty.Definitely, chicxulub.IsDuring(HistoricalDate.Parse("Y-70000000/Y-60000000")));
        Assert.Equal(Certainty.Definitely, chicxulub.Overlaps(HistoricalDate.Parse("Y-66000000")));
    }

    // Random counts in every unit, with qualifiers: the bounds follow the digits, and the English and EDTF forms read back equal.
    [Fact]
    public void RoundTrip_RandomCountsBeforePresent_BoundsFollowTheDigitsAndReadBackEqual()
    {
        Gen.Select(Gen.Int[1, 999], Gen.Int[0, 2], Gen.Int[0, 4], Gen.Int[0, 2]).Sample((digits, decimals, unitChoice, q) =>
        {
            (string unit, int power) = unitChoice switch
            {
                0 => ("Ma", 6), 1 => ("million years ago", 6), 2 => ("ka", 3), 3 => ("thousand years BP", 3), _ => ("mya", 6),
            };
            string number = decimals == 0
                ? digits.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : (digits / Math.Pow(10, decimals)).ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);
            string text = (q == 1 ? "c. " : "") + number + " " + unit + (q == 2 ? "?" : "");
            // The count in units of its last written digit; trailing zeros of a whole number are not significant.
            long significand = digits, place = (long)Math.Pow(10, power - decimals);
            while (decimals == 0 && significand % 10 == 0)
            {
                significand /= 10;
                place *= 10;
            }
            long years = significand * place;
            if (years + place - 1 > 500_001_950L)
            {
                Assert.False(English.TryParse(text, out _));   // beyond the axis (512 Ma): an error
                return;
            }
            HistoricalDate value = Read(text);
            (int first, int last) = place == 1 ? (value.Year, value.Year) : (value.Start.Year, value.End.Year);
            Assert.Equal((1950 - (years + place - 1), 1950 - years), ((long)first, (long)last));
            Assert.Equal(value, Read(English.Format(value)));
            Assert.Equal(value, HistoricalDate.Parse(value.ToEdtfString()));
            Assert.Equal(English.Format(value), English.Format(Read(English.Format(value))));
        });
    }
}
