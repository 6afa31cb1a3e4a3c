using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Conformance;

/// <summary>
/// Issue #8: conformance on an English archival date parser's test suite (<see cref="EnglishConformanceData"/>):
/// every row is read as <see cref="HistoricalDate.Parse(string)"/> reads it and compared with the bounds Timetwister
/// expects. Nothing may differ without a note; the share read equal is measured and may not fall (see
/// docs/dates.md, "Conformance", for why it stays below the 90 % of the EDTF suites).
/// </summary>
public class EnglishConformanceTests
{
    // The share measured when this table was made (docs/dates.md); it may rise, never fall.
    private const double MeasuredShare = 0.66;

    public static TheoryData<string, string> Rows() => ConformanceJudge.TheoryRows(EnglishConformanceData.Rows);

    private static (string Origin, string Text, string Earliest, string Latest, string? Note) Row(string origin, string text) =>
        EnglishConformanceData.Rows.Single(r => r.Origin == origin && r.Text == text);

    // Reads a string as HistoricalDate.Parse does (EDTF, then English); null for a clean error. Timetwister's dates
    // are all after 1582, where the encyclopedic policy is Gregorian, as Timetwister is.
    private static HistoricalDate? Read(string text, out string? error)
    {
        error = null;
        ParseResult<HistoricalDate> result = HistoricalDate.ParseResult(text);
        if (result.Success)
        {
            Assert.True(HistoricalDate.TryParse(text, out HistoricalDate viaTry));
            Assert.Equal(result.Value, viaTry);
            return result.Value;
        }
        Assert.False(HistoricalDate.TryParse(text, out _));
        error = result.Error.ToString();
        return null;
    }

    private static ConformanceOutcome Judge(string origin, string text)
    {
        HistoricalDate? value = Read(text, out string? error);
        return ConformanceJudge.Judge(Row(origin, text), value, error,
            // Timetwister reads single dates and ranges, never one of two
            alwaysDifferent: v => v.Kind == HistoricalDateKind.OneOf);
    }

    // Every row: the same bounds or the same refusal, unless a note says how and why this library differs.
    [Theory]
    [MemberData(nameof(Rows))]
    public void Read_OtherProjectsTestString_AgreesOrDiffersOnlyWhereDocumented(string origin, string text)
    {
        ConformanceJudge.AssertAgreesOrDocumented(origin, text, Judge(origin, text), Row(origin, text).Note);
    }

    // No string is read as a value other than the other project's unless that difference is documented: a difference
    // without a note would be silently wrong.
    [Fact]
    public void Read_TimetwisterStrings_ShareEqualAtLeastTheMeasuredAndNoUndocumentedDifference()
    {
        ConformanceJudge.AssertShareAndNoUndocumentedDifference(EnglishConformanceData.Rows, Judge, MeasuredShare);
    }

    [Fact]
    public void Rows_EachTextOnce() =>
        Assert.Equal(EnglishConformanceData.Rows.Length, EnglishConformanceData.Rows.Select(r => r.Text).Distinct().Count());
}
