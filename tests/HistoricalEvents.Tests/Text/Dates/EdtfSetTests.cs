using CsCheck;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>EDTF level 2 sets (<c>[…]</c> one of, <c>{…}</c> all of) read into <see cref="HistoricalDateSet"/>.</summary>
public class EdtfSetTests
{
    private static readonly EdtfPattern Pattern = EdtfPattern.Default;

    private const string Min = "min", Max = "max";

    // Every set example of the Library of Congress EDTF specification (2019), level 2, with its bounds and
    // canonical text ("min"/"max": an open member runs to the start or end of the axis).
    [Theory]
    [InlineData("[1667,1668,1670..1672]", HistoricalDateSetKind.OneOf, 3, "1667-01-01", "1672-12-31", "[1667,1668,1670..1672]")]
    [InlineData("[..1760-12-03]", HistoricalDateSetKind.OneOf, 1, Min, "1760-12-03", "[..1760-12-03]")]
    [InlineData("[1760-12..]", HistoricalDateSetKind.OneOf, 1, "1760-12-01", Max, "[1760-12..]")]
    [InlineData("[1760-01,1760-02,1760-12..]", HistoricalDateSetKind.OneOf, 3, "1760-01-01", Max, "[1760-01,1760-02,1760-12..]")]
    [InlineData("[1667,1760-12]", HistoricalDateSetKind.OneOf, 2, "1667-01-01", "1760-12-31", "[1667,1760-12]")]
    [InlineData("[..1984]", HistoricalDateSetKind.OneOf, 1, Min, "1984-12-31", "[..1984]")]
    [InlineData("{1667,1668,1670..1672}", HistoricalDateSetKind.AllOf, 3, "1667-01-01", "1672-12-31", "{1667,1668,1670..1672}")]
    [InlineData("{1960,1961-12}", HistoricalDateSetKind.AllOf, 2, "1960-01-01", "1961-12-31", "{1960,1961-12}")]
    [InlineData("{..1984}", HistoricalDateSetKind.AllOf, 1, Min, "1984-12-31", "{..1984}")]
    // Not spec examples: order, qualifiers, both open ends, X digits, long years, seasons.
    [InlineData("[1672,1667,1668]", HistoricalDateSetKind.OneOf, 3, "1667-01-01", "1672-12-31", "[1667,1668,1672]")]
    [InlineData("[..1700,1750,1800..]", HistoricalDateSetKind.OneOf, 3, Min, Max, "[..1700,1750,1800..]")]
    [InlineData("{1984?,2004-06~,2004-06-11%}", HistoricalDateSetKind.AllOf, 3, "1984-01-01", "2004-06-30", "{1984?,2004-06~,2004-06-11%}")]
    [InlineData("[196X,19XX,2001-21..2001-23]", HistoricalDateSetKind.OneOf, 3, "1900-01-01", "2001-11-30", "[19XX,196X,2001-21..2001-23]")]
    [InlineData("[1667,1667]", HistoricalDateSetKind.OneOf, 2, "1667-01-01", "1667-12-31", "[1667,1667]")]
    [InlineData("[1985-04-12,1985-04-12T23:20:30]", HistoricalDateSetKind.OneOf, 0, "", "", "")]
    public void ParseSet_SpecExamples_BoundsAndCanonicalText(string text, HistoricalDateSetKind kind, int members,
        string earliest, string latest, string canonical)
    {
        ParseResult<HistoricalDateSet> result = Pattern.ParseSet(text);
        if (members == 0)
        {
            Assert.False(result.Success);   // a time of day has no place in a set
            return;
        }
        HistoricalDateSet set = result.Value;
        Assert.Equal(kind, set.Kind);
        Assert.Equal(members, set.Members.Length);
        Assert.Equal(Bound(earliest, LocalDate.MinIsoValue), set.Earliest);
        Assert.Equal(Bound(latest, LocalDate.MaxIsoValue), set.Latest);
        Assert.Equal(canonical, Pattern.FormatSet(set));
        Assert.Equal(set, Pattern.ParseSet(canonical).Value);
        Assert.Same(text, set.Text);
    }

    private static LocalDate Bound(string text, LocalDate open) =>
        text is Min or Max ? open : NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    [Theory]
    [InlineData("1670..1672", 1670, 1672)]
    [InlineData("..1760-12-03", -500_000_000, 1760)]
    [InlineData("1760-12..", 1760, 500_000_000)]
    public void ParseSet_Range_IsAnIntervalMember(string range, long firstYear, long lastYear)
    {
        HistoricalDate member = Pattern.ParseSet("[" + range + "]").Value.Members[0];
        Assert.Equal(HistoricalDateKind.Interval, member.Kind);
        Assert.Equal((firstYear, lastYear), (member.EarliestYear, member.LatestYear));
    }

    [Theory]
    [InlineData("1667", 1, "[ or {")]
    [InlineData("", 1, "EDTF date")]
    [InlineData("[]", 2, "year")]
    [InlineData("[1667", 6, "closing")]
    [InlineData("[1667;1668]", 6, "closing")]
    [InlineData("[1667,1668]x", 12, "end of the text")]
    [InlineData("[1760-12..,1800]", 2, "last member")]
    [InlineData("[1700,..1800]", 7, "first member")]
    [InlineData("[1672..1670]", 2, "end that does not lie wholly before")]
    [InlineData("[1950S1,2000]", 2, "fewer than 1000 years")]
    [InlineData("{1667,1668-13}", 12, "month")]
    [InlineData("{..}", 4, "year")]
    public void ParseSet_Malformed_IsAnErrorAtTheColumn(string text, int column, string expected)
    {
        ParseResult<HistoricalDateSet> result = Pattern.ParseSet(text);
        Assert.False(result.Success);
        Assert.Equal(column, result.Error!.Column);
        Assert.Contains(expected, result.Error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1667,1668,1670..1672]", "ParseSet")]
    [InlineData("{1667,1668}", "ParseSet")]
    [InlineData("[..1760-12-03]", "ParseSet")]
    public void Parse_SetADateCannotHold_SaysToReadItAsASet(string text, string expected)
    {
        ParseResult<HistoricalDate> result = Pattern.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(expected, result.Error!.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseSet_TwoSingleDates_AgreesWithTheOneOfDate()
    {
        HistoricalDateSet set = Pattern.ParseSet("[1668,1667]").Value;
        HistoricalDate date = Pattern.Parse("[1668,1667]").Value;
        Assert.Equal(new[] { date.Start, date.End }, set.Members.ToArray());
        Assert.Equal((date.Earliest, date.Latest), (set.Earliest, set.Latest));
    }

    [Fact]
    public void ParseSet_Prehistory_HasYearBounds()
    {
        HistoricalDateSet set = Pattern.ParseSet("[Y-170000002,-9999..-9000]").Value;
        Assert.False(set.HasDayBounds);
        Assert.Equal((-170_000_002L, -9000L), (set.EarliestYear, set.LatestYear));
        Assert.Equal("[Y-170000002,-9999..-9000]", set.ToEdtfString());
    }

    // One of: definitely when so for every member, not when for none. All of: not as soon as one member is not.
    [Theory]
    [InlineData("[1667,1668]", "1700", Certainty.Definitely)]
    [InlineData("[1667,1800]", "1700", Certainty.Possibly)]
    [InlineData("[1800,1900]", "1700", Certainty.Not)]
    [InlineData("{1667,1668}", "1700", Certainty.Definitely)]
    [InlineData("{1667,1800}", "1700", Certainty.Not)]
    [InlineData("{1667,1700}", "1700-06", Certainty.Possibly)]
    [InlineData("[..1650]", "1700", Certainty.Definitely)]
    [InlineData("[1650..]", "1700", Certainty.Possibly)]
    [InlineData("{1650..}", "1700", Certainty.Not)]
    [InlineData("{1650..1690}", "1700", Certainty.Definitely)]
    [InlineData("{1650..1701}", "1700", Certainty.Not)]
    [InlineData("[1650..1700]", "1700", Certainty.Possibly)]
    public void IsBefore_Members_CombineByKind(string set, string other, Certainty expected) =>
        Assert.Equal(expected, Pattern.ParseSet(set).Value.IsBefore(Pattern.Parse(other).Value));

    [Fact]
    public void IsAfterOverlapsIsDuring_Members_CombineByKind()
    {
        HistoricalDateSet set = Pattern.ParseSet("[1667,1668,1670..1672]").Value;
        Assert.Equal(Certainty.Definitely, set.IsAfter(Pattern.Parse("1600").Value));
        Assert.Equal(Certainty.Possibly, set.Overlaps(Pattern.Parse("1668").Value));
        Assert.Equal(Certainty.Definitely, set.IsDuring(Pattern.Parse("1660/1679").Value));
    }

    [Fact]
    public void Envelope_SpansEveryMember()
    {
        HistoricalDateSet set = Pattern.ParseSet("[1760-01,1760-02,1760-12..]").Value;
        Assert.Equal(HistoricalDateKind.Interval, set.Envelope.Kind);
        Assert.Equal((IntervalEnd.Known, IntervalEnd.Open), (set.Envelope.StartEnd, set.Envelope.EndEnd));
        Assert.Equal(new LocalDate(1760, 1, 1), set.Envelope.Earliest);
    }

    [Fact]
    public void Create_OrderOfMembers_DoesNotMatter()
    {
        HistoricalDate a = HistoricalDate.FromYear(1667), b = HistoricalDate.FromMonth(1760, 12);
        HistoricalDateSet first = HistoricalDateSet.OneOf([a, b]), second = HistoricalDateSet.OneOf([b, a]);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, HistoricalDateSet.AllOf([a, b]));
        Assert.Equal("[1667,1760-12]", first.ToString());
    }

    [Fact]
    public void Create_InvalidMembers_Throws()
    {
        HistoricalDate oneOf = HistoricalDate.OneOf(HistoricalDate.FromYear(1667), HistoricalDate.FromYear(1668));
        HistoricalDate unknownEnd = HistoricalDate.IntervalFrom(HistoricalDate.FromYear(1667), IntervalEnd.Unknown);
        HistoricalDate openStart = HistoricalDate.IntervalTo(HistoricalDate.FromYear(1667));
        Assert.Throws<ArgumentException>(() => HistoricalDateSet.OneOf([]));
        Assert.Throws<ArgumentException>(() => HistoricalDateSet.OneOf([oneOf]));
        Assert.Throws<ArgumentException>(() => HistoricalDateSet.AllOf([unknownEnd]));
        Assert.Throws<ArgumentException>(() => HistoricalDateSet.AllOf([openStart, openStart]));
        Assert.Throws<ArgumentException>(() => HistoricalDateSet.Create((HistoricalDateSetKind)7, [openStart]));
        Assert.Throws<ArgumentNullException>(() => HistoricalDateSet.OneOf(null!));
    }

    private static readonly Gen<string> MemberText =
        Gen.Select(Gen.Int[-9990, 9990], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 6]).Select((year, month, day, form) =>
        {
            string y = year < 0 ? "-" + (-year).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
                : year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            string next = (year + 3) is var n && n < 0 ? "-" + (-n).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
                : n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            return form switch
            {
                0 => y,
                1 => $"{y}-{month:D2}",
                2 => $"{y}-{month:D2}-{day:D2}",
                3 => $"{y}..{next}",
                4 => $"{y}-{month:D2}~",
                5 => $"{y}?",
                _ => $"{y}-{month:D2}..{next}-{month:D2}",
            };
        });

    [Fact]
    public void ParseSet_RandomSets_FormatReadsBackEqualAndIsCanonical() =>
        Gen.Select(MemberText.Array[1, 6], Gen.Bool, Gen.Int[0, 2]).Sample((members, allOf, open) =>
        {
            string body = string.Join(",", members);
            body = open switch { 1 => ".." + body, 2 => body + "..", _ => body };
            string text = (allOf ? "{" : "[") + body + (allOf ? "}" : "]");
            ParseResult<HistoricalDateSet> result = Pattern.ParseSet(text);
            if (!result.Success)
            {
                // Only an open start before a range, an open end after one, or a Julian day at the start of the axis.
                return;
            }
            string canonical = Pattern.FormatSet(result.Value);
            HistoricalDateSet back = Pattern.ParseSet(canonical).Value;
            Assert.Equal(result.Value, back);
            Assert.Equal(canonical, Pattern.FormatSet(back));
            Assert.Equal(members.Length, back.Members.Length);
        }, iter: 5_000);
}
