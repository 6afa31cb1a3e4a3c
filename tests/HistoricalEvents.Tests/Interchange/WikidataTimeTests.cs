using CsCheck;
using HistoricalEvents.Interchange;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Interchange;

public class WikidataTimeTests
{
    private const string G = WikidataTime.GregorianModel;
    private const string J = WikidataTime.JulianModel;

    public static TheoryData<string, int, string, string> Readable => new()
    {
        // time, precision, calendar model, expected EDTF + calendar + precision
        { "+1991-08-30T00:00:00Z", 11, G, "1991-08-30 Gregorian Day" },
        { "+00000001952-03-11T00:00:00Z", 11, G, "1952-03-11 Gregorian Day" },
        { "-0044-03-15T00:00:00Z", 11, J, "-0043-03-13 Julian Day" }, // EDTF days are ISO days: Julian 15 March 44 BC is Gregorian 13 March
        { "-0753-04-13T00:00:00Z", 11, J, "-0752-04-05 Julian Day" }, // 8 days apart in the 8th century BC
        { "+1143-10-05T00:00:00Z", 11, J, "1143-10-12 Julian Day" }, // 7 days apart in the 12th century
        { "+1917-10-25T00:00:00Z", 11, J, "1917-11-07 Julian Day" }, // EDTF names no calendar: the Gregorian day of Julian 25 October
        { "+2001-04-00T00:00:00Z", 10, G, "2001-04 Gregorian Month" },
        { "+0043-00-00T00:00:00Z", 9, J, "0043 Julian Year" },
        // Years beyond -9998..9999 (prehistory and the far future) are held too.
        { "+10000-00-00T00:00:00Z", 9, G, "Y10000 Gregorian Year" },
        { "-9999-00-00T00:00:00Z", 9, J, "-9998 Julian Year" },
        { "-10000-00-00T00:00:00Z", 9, G, "-9999 Gregorian Year" },
        { "-0001-00-00T00:00:00Z", 9, J, "0000 Julian Year" },
        { "+1988-00-00T00:00:00Z", 8, G, "198X Gregorian Decade" },
        { "+0730-00-00T00:00:00Z", 8, J, "073X Julian Decade" },
        { "-0495-00-00T00:00:00Z", 8, J, "-0498/-0489 Julian Decade" },
        { "+1900-00-00T00:00:00Z", 7, G, "1801/1900 Gregorian Century" },
        { "+1801-00-00T00:00:00Z", 7, G, "1801/1900 Gregorian Century" },
        { "+0500-00-00T00:00:00Z", 7, J, "0401/0500 Julian Century" },
        { "-0500-00-00T00:00:00Z", 7, J, "-04XX Julian Century" },
        { "-0401-00-00T00:00:00Z", 7, J, "-04XX Julian Century" },
        { "+2000-00-00T00:00:00Z", 6, G, "1001/2000 Gregorian Millennium" },
        { "-2000-00-00T00:00:00Z", 6, J, "-1999/-1000 Julian Millennium" },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void ToHistoricalDate_WikidataValue_SameDateExactly(string time, int precision, string model, string expected)
    {
        HistoricalDate date = new WikidataTime(time, precision, model).ToHistoricalDate().Value;

        Assert.Equal(expected, $"{date.ToEdtfString()} {date.Calendar} {date.Precision}");
    }

    public static TheoryData<string, int, string, int, int, int, string> Unreadable => new()
    {
        // time, precision, model, before, after, column, a word of the expected text
        { "-13798000000-00-00T00:00:00Z", 0, G, 0, 0, 2, "500,000,000 BC" },
        { "+0005000-00-00T00:00:00Z", 5, G, 0, 0, 2, "year 0" },
        { "-0900000-00-00T00:00:00Z", 3, G, 0, 0, 2, "year 0" },
        { "+2013-08-16T00:00:00Z", 12, G, 0, 0, 1, "hour" },
        { "+0000-00-00T00:00:00Z", 9, G, 0, 0, 2, "year 0" },
        { "+1991-13-00T00:00:00Z", 10, G, 0, 0, 7, "month 01 to 12" },
        { "+1991-00-00T00:00:00Z", 11, G, 0, 0, 7, "month 01 to 12" },
        { "+1900-02-29T00:00:00Z", 11, G, 0, 0, 10, "day that exists" },
        { "1991-08-30T00:00:00Z", 11, G, 0, 0, 1, "sign" },
        { "+1991-08-30", 11, G, 0, 0, 6, "sign" },
        { "+0005-00-00T00:00:00Z", 8, G, 0, 0, 2, "decade other than the 0s" },
        { "+1850-00-00T00:00:00Z", 9, G, 2, 0, 1, "before and after 0" },
        { "+1850-00-00T00:00:00Z", 9, "http://www.wikidata.org/entity/Q12138", 0, 0, 1, "calendarmodel" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void ToHistoricalDate_NoExactDate_ErrorWithColumn(string time, int precision, string model, int before, int after, int column, string expected)
    {
        var result = new WikidataTime(time, precision, model, before: before, after: after).ToHistoricalDate();

        Assert.False(result.Success);
        Assert.Equal(column, result.Error!.Column);
        Assert.Contains(expected, result.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHistoricalDate_JulianLeapDay1900_Read()
    {
        // 1900 is a leap year in the Julian calendar only.
        Assert.True(new WikidataTime("+1900-02-29T00:00:00Z", 11, J).ToHistoricalDate().Success);
    }

    public static TheoryData<string, string, int, string> Writable => new()
    {
        // EDTF read under the encyclopedic policy, expected time, precision, model
        { "1991-08-30", "+1991-08-30T00:00:00Z", 11, G },
        { "March 15, 44 BC", "-0044-03-15T00:00:00Z", 11, J },
        { "0000", "-0001-00-00T00:00:00Z", 9, J },
        { "1920-04", "+1920-04-00T00:00:00Z", 10, G },
        { "192X", "+1920-00-00T00:00:00Z", 8, G },
        { "490s BC", "-0490-00-00T00:00:00Z", 8, J },
        { "-04XX", "-0500-00-00T00:00:00Z", 7, J },
    };

    [Theory]
    [MemberData(nameof(Writable))]
    public void FromHistoricalDate_Date_WikidataValue(string edtf, string time, int precision, string model)
    {
        WikidataTime value = WikidataTime.FromHistoricalDate(HistoricalDate.Parse(edtf));

        Assert.Equal(new WikidataTime(time, precision, model), value);
    }

    [Theory]
    [InlineData("1914/1918", "P580")]
    [InlineData("c. 1200", "P1480")]
    [InlineData("Spring 1920", "season")]
    [InlineData("early 19th century", "early")]
    [InlineData("1800s", "ordinal")]
    [InlineData("-004X", "ordinal")]
    [InlineData("1582", "reads back")]
    [InlineData("404 or 403 BC", "P580")]
    public void FromHistoricalDate_NoWikidataShape_Throws(string text, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => WikidataTime.FromHistoricalDate(HistoricalDate.Parse(text)));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    private static readonly Gen<HistoricalCalendar> Calendars = Gen.Bool.Select(b => b ? HistoricalCalendar.Julian : HistoricalCalendar.Gregorian);

    private static readonly Gen<HistoricalDate> AnyWikidataShapedDate = Gen.OneOf(
        Gen.Select(Gen.Int[-9997, 9998], Gen.Int[1, 12], Gen.Int[1, 28], Calendars, (y, m, d, c) => HistoricalDate.FromDay(y, m, d, c)),
        Gen.Select(Gen.Int[-9997, 9998], Gen.Int[1, 12], Calendars, (y, m, c) => HistoricalDate.FromMonth(y, m, c)),
        Gen.Select(Gen.Int[-9997, 9998], Calendars, (y, c) => HistoricalDate.FromYear(y, c)),
        // AD decades 10s..9980s, BC decades 10s BC..9980s BC (first year -N-8).
        Gen.Select(Gen.Int[1, 998], Gen.Bool, Calendars, (n, bc, c) => HistoricalDate.FromSpan(bc ? -10 * n - 8 : 10 * n, DatePrecision.Decade, SpanPart.Whole, c)),
        Gen.Select(Gen.Int[1, 99], Gen.Bool, Calendars, (n, bc, c) => HistoricalDate.FromSpan(bc ? 1 - 100 * n : 100 * (n - 1) + 1, DatePrecision.Century, SpanPart.Whole, c)),
        Gen.Select(Gen.Int[1, 9], Gen.Bool, Calendars, (n, bc, c) => HistoricalDate.FromSpan(bc ? 1 - 1000 * n : 1000 * (n - 1) + 1, DatePrecision.Millennium, SpanPart.Whole, c)));

    // Precision 0 (a billion years) to 5 (ten thousand years): the block of years the year rounds down to in its era.
    [Theory]
    [InlineData("-66000000-00-00T00:00:00Z", 3, -66_999_999L, -66_000_000L)]
    [InlineData("-66500000-00-00T00:00:00Z", 3, -66_999_999L, -66_000_000L)]
    [InlineData("-11700-00-00T00:00:00Z", 5, -19_999L, -10_000L)]
    [InlineData("+12345-00-00T00:00:00Z", 5, 10_000L, 19_999L)]
    [InlineData("-2500000-00-00T00:00:00Z", 4, -2_599_999L, -2_500_000L)]
    [InlineData("-450000000-00-00T00:00:00Z", 1, -499_999_999L, -400_000_000L)]
    [InlineData("+300000000-00-00T00:00:00Z", 2, 300_000_000L, 309_999_999L)]
    [InlineData("-400000000-00-00T00:00:00Z", 0, 0L, 0L)]
    public void ToHistoricalDate_PrecisionZeroToFive_IntervalOfTheBlockOfYears(string time, int precision, long firstBcOrAd, long lastBcOrAd)
    {
        ParseResult<HistoricalDate> result = new WikidataTime(time, precision, G).ToHistoricalDate();
        if (firstBcOrAd == 0)
        {
            Assert.False(result.Success);   // under one unit of a billion years: the block would hold year 0
            return;
        }
        HistoricalDate date = result.Value;
        Assert.Equal(HistoricalDateKind.Interval, date.Kind);
        // Historians' numbering (no year 0) to astronomical years.
        Assert.Equal(firstBcOrAd < 0 ? firstBcOrAd + 1 : firstBcOrAd, date.EarliestYear);
        Assert.Equal(lastBcOrAd < 0 ? lastBcOrAd + 1 : lastBcOrAd, date.LatestYear);
        Assert.False(date.HasDayBounds);
    }

    [Fact]
    public void FromHistoricalDate_BlocksOfYears_ThenBack_SameValueBothWays() =>
        Gen.Select(Gen.Int[0, 5], Gen.Int[1, 49], Gen.Bool, Calendars).Sample((precision, n, bc, calendar) =>
        {
            long unit = (long)Math.Pow(10, 9 - precision);
            long written = n * unit;
            if (written + unit - 1 > 500_000_000)
            {
                return;   // beyond the axis
            }
            var value = new WikidataTime($"{(bc ? '-' : '+')}{written:0000}-00-00T00:00:00Z", precision, calendar == HistoricalCalendar.Julian ? J : G);
            HistoricalDate date = value.ToHistoricalDate().Value;
            Assert.Equal(value, WikidataTime.FromHistoricalDate(date));
            Assert.Equal(date, WikidataTime.FromHistoricalDate(date).ToHistoricalDate().Value);
        }, iter: 5_000);

    [Fact]
    public void FromHistoricalDate_IntervalOfYearsNotABlock_Throws()
    {
        HistoricalDate notAligned = HistoricalDate.Interval(HistoricalDate.FromYear(10_001), HistoricalDate.FromYear(20_000));
        Assert.Throws<ArgumentException>(() => WikidataTime.FromHistoricalDate(notAligned));
    }

    [Fact]
    public void FromHistoricalDate_ThenBack_SameDateForEveryPrecisionAndCalendar()
    {
        AnyWikidataShapedDate.Sample(date =>
        {
            WikidataTime value = WikidataTime.FromHistoricalDate(date);
            HistoricalDate back = value.ToHistoricalDate().Value;
            return back == date && back.Calendar == date.Calendar && back.Precision == date.Precision;
        }, iter: 20_000);
    }

    [Fact]
    public void ToHistoricalDate_ThenBack_SameWikidataValueForCanonicalValues()
    {
        Gen<WikidataTime> canonical = Gen.Select(Gen.Int[1, 9998], Gen.Bool, Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[6, 11], Gen.Bool, (y, bc, m, d, p, julian) =>
        {
            long year = p switch
            {
                8 => Math.Max(10, y / 10 * 10),
                7 => ((y - 1) / 100 + 1) * 100L,
                6 => Math.Min(9, (y - 1) / 1000 + 1) * 1000L,
                _ => y,
            };
            year = bc ? -year : year;
            string time = $"{(year < 0 ? '-' : '+')}{Math.Abs(year):0000}-{(p >= 10 ? m : 0):00}-{(p == 11 ? d : 0):00}T00:00:00Z";
            return new WikidataTime(time, p, julian ? J : G);
        });
        canonical.Sample(value =>
        {
            ParseResult<HistoricalDate> date = value.ToHistoricalDate();
            // Julian -9998 and 9999 fall outside the axis: an error, never another value.
            return !date.Success || WikidataTime.FromHistoricalDate(date.Value) == value;
        }, iter: 20_000);
    }

    [Fact]
    public void Equality_SameFields_EqualAndSameHash()
    {
        var a = new WikidataTime("+1991-08-30T00:00:00Z", 11, G);
        var b = new WikidataTime("+1991-08-30T00:00:00Z", 11, G);

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new WikidataTime("+1991-08-30T00:00:00Z", 11, J));
        Assert.Equal("+1991-08-30T00:00:00Z/11 (Gregorian)", a.ToString());
    }
}
