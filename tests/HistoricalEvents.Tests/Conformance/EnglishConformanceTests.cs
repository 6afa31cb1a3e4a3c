using System.Globalization;
using HistoricalEvents.Text;
using NodaTime;

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

    private enum Outcome
    {
        Equal,          // read, same bounds (or both rejected)
        Refused,        // a clean error where the other project reads it
        Different,      // read, other bounds
        ReadRejected,   // read where the other project rejects it
    }

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach ((string origin, string text, _, _, _) in EnglishConformanceData.Rows)
        {
            data.Add(origin, text);
        }
        return data;
    }

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

    private static string Bound(HistoricalDate value, bool start)
    {
        IntervalEnd end = start ? value.StartEnd : value.EndEnd;
        if (end != IntervalEnd.Known)
        {
            return end == IntervalEnd.Open ? "open" : "unknown";
        }
        long year = start ? value.EarliestYear : value.LatestYear;
        if (year is < -9998 or > 9999)
        {
            return "Y:" + year.ToString(CultureInfo.InvariantCulture);
        }
        LocalDate day = start ? value.Earliest : value.Latest;
        return (day.Year < 0 ? "-" : "") + Math.Abs(day.Year).ToString("0000", CultureInfo.InvariantCulture) +
            day.ToString("-MM-dd", CultureInfo.InvariantCulture);
    }

    private static Outcome Judge(string origin, string text)
    {
        (_, _, string earliest, string latest, _) = Row(origin, text);
        HistoricalDate? value = Read(text, out string? error);
        bool theyReject = earliest == "!";
        if (value is null)
        {
            Assert.False(string.IsNullOrEmpty(error));   // a message with a column, never an exception
            return theyReject ? Outcome.Equal : Outcome.Refused;
        }
        if (theyReject)
        {
            return Outcome.ReadRejected;
        }
        if (value.Value.Kind == HistoricalDateKind.OneOf)
        {
            return Outcome.Different;   // Timetwister reads single dates and ranges, never one of two
        }
        return Bound(value.Value, start: true) == earliest && Bound(value.Value, start: false) == latest ? Outcome.Equal : Outcome.Different;
    }

    // Every row: the same bounds or the same refusal, unless a note says how and why this library differs; and a
    // row with a note does differ (so the notes stay true).
    [Theory]
    [MemberData(nameof(Rows))]
    public void Read_OtherProjectsTestString_AgreesOrDiffersOnlyWhereDocumented(string origin, string text)
    {
        Outcome outcome = Judge(origin, text);
        string? note = Row(origin, text).Note;
        if (note is null)
        {
            Assert.True(outcome == Outcome.Equal, $"{origin} '{text}': {outcome}");
        }
        else
        {
            Assert.True(outcome != Outcome.Equal, $"{origin} '{text}' agrees now: drop its note");
        }
    }

    // No string is read as a value other than the other project's unless that difference is documented: a difference
    // without a note would be silently wrong.
    [Fact]
    public void Read_TimetwisterStrings_ShareEqualAtLeastTheMeasuredAndNoUndocumentedDifference()
    {
        int theyRead = 0, equal = 0;
        var undocumented = new List<string>();
        foreach ((string origin, string text, string earliest, _, string? note) in EnglishConformanceData.Rows)
        {
            Outcome outcome = Judge(origin, text);
            if (earliest != "!")
            {
                theyRead++;
                equal += outcome == Outcome.Equal ? 1 : 0;
            }
            if (outcome is Outcome.Different or Outcome.ReadRejected && note is null)
            {
                undocumented.Add(origin + " " + text);
            }
        }
        Assert.Empty(undocumented);
        double share = (double)equal / theyRead;
        Assert.True(share >= MeasuredShare, FormattableString.Invariant($"{equal} of {theyRead} read equal ({share:P1})"));
    }

    [Fact]
    public void Rows_EachTextOnce() =>
        Assert.Equal(EnglishConformanceData.Rows.Length, EnglishConformanceData.Rows.Select(r => r.Text).Distinct().Count());
}
