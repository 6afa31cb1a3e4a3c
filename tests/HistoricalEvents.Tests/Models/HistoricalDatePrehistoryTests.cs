using CsCheck;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;
using NodaTime;

namespace HistoricalEvents.Tests.Models;

/// <summary>Years beyond -9998..9999: prehistory (10,000 BC, EDTF Y-170000002) and the far future, which have no days.</summary>
public class HistoricalDatePrehistoryTests
{
    private static HistoricalDate Edtf(string text) => EdtfPattern.Default.Parse(text).Value;

    // EDTF level 1 letter-prefixed years, level 2 exponents and significant digits, and four-digit years beyond
    // the days (-9999 is 10,000 BC): bounds in years, precision, kind and the canonical text Format writes.
    public static TheoryData<string, long, long, DatePrecision, HistoricalDateKind, string> LongYears => new()
    {
        { "Y-170000002", -170_000_002, -170_000_002, DatePrecision.Year, HistoricalDateKind.Single, "Y-170000002" },
        { "Y170000002", 170_000_002, 170_000_002, DatePrecision.Year, HistoricalDateKind.Single, "Y170000002" },
        { "Y-17E7", -170_000_000, -170_000_000, DatePrecision.Year, HistoricalDateKind.Single, "Y-170000000" },
        { "Y17E7", 170_000_000, 170_000_000, DatePrecision.Year, HistoricalDateKind.Single, "Y170000000" },
        { "-9999", -9999, -9999, DatePrecision.Year, HistoricalDateKind.Single, "-9999" },
        { "Y-10000", -10_000, -10_000, DatePrecision.Year, HistoricalDateKind.Single, "Y-10000" },
        { "Y10000", 10_000, 10_000, DatePrecision.Year, HistoricalDateKind.Single, "Y10000" },
        { "Y1985", 1985, 1985, DatePrecision.Year, HistoricalDateKind.Single, "1985" },
        { "Y-500000000", -500_000_000, -500_000_000, DatePrecision.Year, HistoricalDateKind.Single, "Y-500000000" },
        { "1950S2", 1900, 1999, DatePrecision.Century, HistoricalDateKind.Single, "19XX" },
        { "1950S3", 1950, 1959, DatePrecision.Decade, HistoricalDateKind.Single, "195X" },
        { "1950S4", 1950, 1950, DatePrecision.Year, HistoricalDateKind.Single, "1950" },
        { "-1950S2", -2000, -1900, DatePrecision.Century, HistoricalDateKind.Single, "-19XX" },   // Julian -1999 starts in Gregorian -2000
        { "Y-800676S4", -800_699, -800_600, DatePrecision.Year, HistoricalDateKind.Interval, "Y-800699/Y-800600" },
        { "1950S1", 1000, 1999, DatePrecision.Year, HistoricalDateKind.Interval, "1000/1999" },
        { "Y171010000S3", 171_000_000, 171_999_999, DatePrecision.Year, HistoricalDateKind.Interval, "Y171000000/Y171999999" },
        { "Y3388E2S3", 338_000, 338_999, DatePrecision.Year, HistoricalDateKind.Interval, "Y338000/Y338999" },
        { "Y-3388E2S3~", -338_999, -338_000, DatePrecision.Year, HistoricalDateKind.Interval, "Y-338999~/Y-338000~" },
        { "-99XX", -9999, -9900, DatePrecision.Century, HistoricalDateKind.Single, "-99XX" },
        { "-999X", -9999, -9990, DatePrecision.Decade, HistoricalDateKind.Single, "-999X" },
        { "Y-170000002/1985", -170_000_002, 1985, DatePrecision.Year, HistoricalDateKind.Interval, "Y-170000002/1985" },
        { "Y-12000~/Y-10000?", -12_000, -10_000, DatePrecision.Year, HistoricalDateKind.Interval, "Y-12000~/Y-10000?" },
        { "[Y-10000,Y-20000]", -20_000, -10_000, DatePrecision.Year, HistoricalDateKind.OneOf, "[Y-20000,Y-10000]" },
        { "../Y-10000", -500_000_000, -10_000, DatePrecision.Year, HistoricalDateKind.Interval, "../Y-10000" },
        { "Y10000/..", 10_000, 500_000_000, DatePrecision.Year, HistoricalDateKind.Interval, "Y10000/.." },
    };

    [Theory]
    [MemberData(nameof(LongYears))]
    public void EdtfParse_LongYear_HasYearBoundsAndCanonicalText(string edtf, long earliestYear, long latestYear,
        DatePrecision precision, HistoricalDateKind kind, string canonical)
    {
        HistoricalDate value = Edtf(edtf);
        Assert.Equal((earliestYear, latestYear), (value.EarliestYear, value.LatestYear));
        Assert.Equal((precision, kind), (value.Precision, value.Kind));
        Assert.Equal(canonical, EdtfPattern.Default.Format(value));
        Assert.Equal(value, Edtf(canonical));
        Assert.True(EdtfPattern.Default.TryParse(edtf, out HistoricalDate fromSpan));
        Assert.Equal(value, fromSpan);
    }

    [Theory]
    [InlineData("10,000 BC", -9999, DateQualifiers.None)]
    [InlineData("c. 12,000 BCE", -11_999, DateQualifiers.Approximate)]
    [InlineData("10000 BC", -9999, DateQualifiers.None)]
    [InlineData("170,000,002 BC", -170_000_001, DateQualifiers.None)]
    [InlineData("AD 12,000", 12_000, DateQualifiers.None)]
    public void EnglishParse_PrehistoricYear_IsAYearBeyondTheDays(string text, int year, DateQualifiers qualifiers)
    {
        HistoricalDate value = HistoricalDate.Parse(text);
        Assert.Equal((year, DatePrecision.Year, qualifiers), (value.Year, value.Precision, value.Qualifiers));
        Assert.Equal(((long)year, (long)year), (value.EarliestYear, value.LatestYear));
        Assert.False(value.HasDayBounds);
        Assert.Equal(value, HistoricalDate.Parse(value.ToString()));
        Assert.Equal(value, HistoricalDate.Parse(value.ToEdtfString()));
    }

    [Theory]
    [InlineData("10th millennium BC", -9999, -9000)]
    [InlineData("11th millennium BC", -10_999, -10_000)]
    [InlineData("100th century BC", -9999, -9900)]
    public void EnglishParse_PrehistoricSpan_HasYearBounds(string text, long earliestYear, long latestYear)
    {
        HistoricalDate value = HistoricalDate.Parse(text);
        Assert.Equal((earliestYear, latestYear), (value.EarliestYear, value.LatestYear));
        Assert.Equal(value, HistoricalDate.Parse(value.ToString()));
    }

    [Fact]
    public void Earliest_YearWithoutDays_ThrowsAndHasDayBoundsSaysSo()
    {
        HistoricalDate deep = HistoricalDate.Parse("10,000 BC");
        Assert.False(deep.HasDayBounds);
        var e = Assert.Throws<InvalidOperationException>(() => deep.Earliest);
        Assert.Contains("-9999", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => deep.Latest);
        HistoricalDate mixed = HistoricalDate.Parse("10th millennium BC");
        Assert.Throws<InvalidOperationException>(() => mixed.Earliest);
        Assert.Equal(new LocalDate(-9000, 12, 31, NodaTime.CalendarSystem.Julian).WithCalendar(NodaTime.CalendarSystem.Iso), mixed.Latest);
        // Open ends reach past prehistory but keep NodaTime's edges as their days, as before.
        HistoricalDate open = Edtf("../1985");
        Assert.True(open.HasDayBounds);
        Assert.Equal((new LocalDate(-9998, 1, 1), -500_000_000L), (open.Earliest, open.EarliestYear));
        Assert.True(HistoricalDate.FromDay(1920, 4, 28).HasDayBounds);
        Assert.Equal((1920L, 1920L), (HistoricalDate.FromDay(1920, 4, 28).EarliestYear, HistoricalDate.FromDay(1920, 4, 28).LatestYear));
    }

    [Fact]
    public void CompareTo_PrehistoryAndDays_SortOnOneAxis()
    {
        // The open start reaches past every year; Julian -9998 starts late in Gregorian -9999, before -9998-01-01.
        string[] ordered = ["../1985", "Y-170000002", "Y-17E7", "c. 12,000 BCE", "11th millennium BC", "10,000 BC", "-9998",
            "-9998-01-01", "44 BC", "April 28, 1920", "9999-12-31", "AD 12,000", "Y170000002"];
        HistoricalDate[] dates = [.. ordered.Select(HistoricalDate.Parse)];
        HistoricalDate[] sorted = [.. dates.Reverse().Order()];
        Assert.Equal(ordered, sorted.Select(d => d.Text));
    }

    public static TheoryData<string, string, AllenRelation, Certainty> Relations => new()
    {
        { "11th millennium BC", "10,000 BC", AllenRelation.Meets, Certainty.Definitely },
        { "12th millennium BC", "10,000 BC", AllenRelation.Before, Certainty.Definitely },
        { "Y-10000", "-9999", AllenRelation.Meets, Certainty.Definitely },
        { "-9999", "-9998-01-01", AllenRelation.Meets, Certainty.Definitely },
        { "9999-12-31", "Y10000", AllenRelation.Meets, Certainty.Definitely },
        { "-9999", "10th millennium BC", AllenRelation.Starts, Certainty.Definitely },
        { "-9999", "-9999", AllenRelation.Equals, Certainty.Definitely },
        { "Y-170000002", "1985", AllenRelation.Before, Certainty.Definitely },
        { "Y-170000002/1985", "-9999", AllenRelation.Contains, Certainty.Definitely },
        { "../1985", "Y-170000002", AllenRelation.Contains, Certainty.Definitely },
        { "[Y-20000,Y-10000]", "Y-15000", AllenRelation.Before, Certainty.Possibly },
    };

    [Theory]
    [MemberData(nameof(Relations))]
    public void Relate_SpansAcrossPrehistoryAndDays_AreExact(string a, string b, AllenRelation relation, Certainty expected) =>
        Assert.Equal(expected, HistoricalDate.Parse(a).Relate(HistoricalDate.Parse(b), relation, DateReading.Span, DateReading.Span));

    [Theory]
    [InlineData("10,000 BC", "10,000 BC", Certainty.Possibly, Certainty.Possibly)]   // two moments of one year
    [InlineData("c. 12,000 BC", "10,000 BC", Certainty.Not, Certainty.Definitely)]
    [InlineData("10,000 BC", "9999 BC", Certainty.Possibly, Certainty.Possibly)]   // Julian 9999 BC starts late in Gregorian 10,000 BC
    [InlineData("10,000 BC", "9998 BC", Certainty.Not, Certainty.Definitely)]
    [InlineData("10,000 BC", "January 1, 9999 BC N.S.", Certainty.Not, Certainty.Definitely)]
    public void Overlaps_And_IsBefore_NaturalReadings(string a, string b, Certainty overlaps, Certainty before)
    {
        HistoricalDate x = HistoricalDate.Parse(a), y = HistoricalDate.Parse(b);
        Assert.Equal((overlaps, before), (x.Overlaps(y), x.IsBefore(y)));
        Assert.Equal(x.Overlaps(y), y.Overlaps(x));
    }

    // ---- Properties ---------------------------------------------------------------------------------------------

    private static readonly Gen<int> AnyYear = Gen.OneOf(
        Gen.Int[DayNumbers.MinFarYear, DayNumbers.MaxFarYear],
        Gen.Int[-12_000, 12_000],
        Gen.Int[-9999, -9997],
        Gen.Int[9998, 10_001]);

    [Fact]
    public void DateFields_AnyYearOfAnyWidth_KeepsItsYear() =>
        Gen.Select(AnyYear, Gen.Int[(int)DatePrecision.Year, (int)DatePrecision.Millennium]).Sample((year, precision) =>
        {
            var fields = new DateFields(year, 1, 1, (DatePrecision)precision, HistoricalCalendar.Gregorian);
            Assert.Equal(year, fields.Year);
            Assert.Equal((1, 1), (fields.Month, fields.Day));
        }, iter: 20_000);

    // Two years, each as a span: order and Allen's relations follow the years alone, across days and prehistory.
    [Fact]
    public void Relations_TwoYearsAnywhere_FollowTheirOrder() =>
        Gen.Select(AnyYear, AnyYear).Sample((a, b) =>
        {
            HistoricalDate x = HistoricalDate.FromYear(a, HistoricalCalendar.Gregorian), y = HistoricalDate.FromYear(b, HistoricalCalendar.Gregorian);
            Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(x.CompareTo(y)));
            Certainty before = x.Relate(y, AllenRelation.Before, DateReading.Span, DateReading.Span);
            Certainty meets = x.Relate(y, AllenRelation.Meets, DateReading.Span, DateReading.Span);
            Certainty equal = x.Relate(y, AllenRelation.Equals, DateReading.Span, DateReading.Span);
            Assert.Equal(b > a + 1 ? Certainty.Definitely : Certainty.Not, before);
            Assert.Equal(b == a + 1 ? Certainty.Definitely : Certainty.Not, meets);
            Assert.Equal(a == b ? Certainty.Definitely : Certainty.Not, equal);
            Assert.Equal(a == b ? Certainty.Possibly : Certainty.Not, x.Overlaps(y) == Certainty.Not ? Certainty.Not : Certainty.Possibly);
            Assert.Equal(((long)a, (long)a), (x.EarliestYear, x.LatestYear));
            Assert.Equal(DayNumbers.HasDays(a), x.HasDayBounds);
        }, iter: 20_000);

    // A year beyond the days against a day: the day's year decides everything, definitely.
    [Fact]
    public void Relations_FarYearAndDay_AreDefinite() =>
        Gen.Select(Gen.OneOf(Gen.Int[DayNumbers.MinFarYear, -9999], Gen.Int[10_000, DayNumbers.MaxFarYear]), Gen.Int[-9998, 9999], Gen.Int[1, 12], Gen.Int[1, 28])
            .Sample((far, year, month, day) =>
            {
                HistoricalDate x = HistoricalDate.FromYear(far), d = HistoricalDate.FromDay(year, month, day, HistoricalCalendar.Gregorian);
                Certainty expected = far < 0 ? Certainty.Definitely : Certainty.Not;
                Assert.Equal(expected, x.IsBefore(d));
                Assert.Equal(Certainty.Not, x.Overlaps(d));
                Assert.Equal(far < 0 ? -1 : 1, Math.Sign(x.CompareTo(d)));
            }, iter: 10_000);

    // Format(Parse(x)) is canonical and Parse(Format(v)) is v, for long years with every suffix.
    [Fact]
    public void EdtfRoundTrip_LongYears_FormatIsCanonicalAndReadsBack()
    {
        Gen<string> year = Gen.Select(Gen.Int[DayNumbers.MinFarYear, DayNumbers.MaxFarYear], Gen.Int[0, 3], Gen.Int[0, 9], Gen.Int[0, 3].Select(i => new[] { "", "~", "?", "%" }[i]))
            .Select((y, form, digits, q) => form switch
            {
                0 => FormattableString.Invariant($"Y{y}{q}"),
                1 => FormattableString.Invariant($"Y{y}S{digits + 1}{q}"),
                2 => FormattableString.Invariant($"Y{y / 1000}E3{q}"),
                _ => FormattableString.Invariant($"Y{y}/Y{(long)y + digits * 1000}"),
            });
        year.Sample(text =>
        {
            ParseResult<HistoricalDate> read = EdtfPattern.Default.Parse(text);
            if (!read.Success)
            {
                // Only an exponent form whose value is 0 (Y0E3), or a year whose end passes the axis.
                Assert.Contains(read.Error.Expected, new[] { Messages.FarYearRange, Messages.EdtfExpected(EdtfProblem.NegativeZeroYear), Messages.EdtfExpected(EdtfProblem.ExtendedYearTooShort) });
                return;
            }
            string canonical = EdtfPattern.Default.Format(read.Value);
            Assert.Equal(read.Value, EdtfPattern.Default.Parse(canonical).Value);
            Assert.Equal(canonical, EdtfPattern.Default.Format(EdtfPattern.Default.Parse(canonical).Value));
        }, iter: 20_000);
    }

    // ---- Timeline -----------------------------------------------------------------------------------------------

    [Fact]
    public void Timeline_PrehistoryCard_IsFoundByBeforeAndGroupedByMillennium()
    {
        const string cards = """
            The End of the Last Glacial Period
            c. 10,000 BC · Europe
            Glaciers retreat across northern Europe.
            Source: en.wikipedia.org
            ---
            Azerbaijan Declares Independence from the Soviet Union
            1991 · Baku, Azerbaijan
            Azerbaijan declares its independence.
            Source: en.wikipedia.org
            """;
        var builder = new TimelineBuilder();
        foreach (ParseResult<EventCard> card in CardReader.ReadAll(new StringReader(cards)))
        {
            builder.Add(card.Value);
        }
        builder.Add(new HistoricalEvent(Edtf("Y-170000002"), "Far back."));
        HistoricalEvents.Timelines.Timeline timeline = builder.Build();
        Assert.Equal(["Far back.", "The End of the Last Glacial Period"],
            timeline.Before(HistoricalDate.Parse("3000 BC")).Select(m => m.Event.Title ?? m.Event.Summary));
        Assert.All(timeline.Before(HistoricalDate.Parse("3000 BC")), m => Assert.Equal(Certainty.Definitely, m.Certainty));
        IReadOnlyList<TimelineGroup> millennia = timeline.GroupBy(DatePrecision.Millennium);
        Assert.Equal([(-170_000_999, -170_000_000, 1), (-9999, -9000, 1), (1001, 2000, 1)],
            millennia.Select(g => (g.FirstYear, g.LastYear, g.Count)));
        Assert.Single(timeline.Between(HistoricalDate.Parse("11th millennium BC"), HistoricalDate.Parse("9th millennium BC"), Certainty.Definitely));
        Assert.Equal(2, timeline.Overlapping(Edtf("../1985")).Count);
    }
}
