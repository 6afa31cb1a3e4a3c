using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Conformance;

/// <summary>
/// Issue #8: conformance on other projects' test suites. Every EDTF string of python-edtf's and edtf.js's tests
/// (<see cref="EdtfConformanceData"/>, with their origins) is read with the proleptic Gregorian calendar other EDTF
/// tools use, and compared with the bounds that project expects. At least 90 % of the strings they read must be read
/// with the same bounds; every other row must be a clean error or a difference this library documents; and nothing
/// differs without a note.
/// </summary>
public class EdtfConformanceTests
{
    // Other EDTF tools read years and months in the proleptic Gregorian calendar (days are ISO in every policy).
    private static readonly EdtfPattern Pattern = EdtfPattern.Default.WithCalendarPolicy(CalendarPolicy.ProlepticGregorian);


    public static TheoryData<string, string> Rows() => ConformanceJudge.TheoryRows(EdtfConformanceData.Rows);

    private static (string Origin, string Text, string Earliest, string Latest, string? Note) Row(string origin, string text) =>
        EdtfConformanceData.Rows.Single(r => r.Origin == origin && r.Text == text);

    // Reads a string as a date or, for [..] and {..}, a set (its envelope); null for a clean error.
    private static HistoricalDate? Read(string text, out string? error)
    {
        error = null;
        if (text.Length > 0 && text[0] is '[' or '{')
        {
            ParseResult<HistoricalDateSet> set = Pattern.ParseSet(text);
            if (set.Success)
            {
                return set.Value.Envelope;
            }
            error = set.Error.ToString();
            return null;
        }
        ParseResult<HistoricalDate> result = Pattern.Parse(text);
        if (result.Success)
        {
            Assert.True(Pattern.TryParse(text, out HistoricalDate viaTry));
            Assert.Equal(result.Value, viaTry);
            return result.Value;
        }
        Assert.False(Pattern.TryParse(text, out _));
        error = result.Error.ToString();
        return null;
    }

    private static ConformanceOutcome Judge(string origin, string text)
    {
        HistoricalDate? value = Read(text, out string? error);
        return ConformanceJudge.Judge(Row(origin, text), value, error);
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
    public void Read_OtherProjectsTestStrings_AtLeast90PercentEqualAndNoUndocumentedDifference()
    {
        ConformanceJudge.AssertShareAndNoUndocumentedDifference(EdtfConformanceData.Rows, Judge, 0.90);
    }

    [Fact]
    public void Rows_EachOriginAndTextOnce_AndBothProjectsPresent()
    {
        Assert.Equal(EdtfConformanceData.Rows.Length, EdtfConformanceData.Rows.Select(r => (r.Origin, r.Text)).Distinct().Count());
        Assert.Contains(EdtfConformanceData.Rows, r => r.Origin == EdtfConformanceData.PythonEdtf);
        Assert.Contains(EdtfConformanceData.Rows, r => r.Origin == EdtfConformanceData.EdtfJs);
    }
}
