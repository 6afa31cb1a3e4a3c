using System.Globalization;
using HistoricalEvents.Text;
using NodaTime;

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
        foreach ((string origin, string text, _, _, _) in EdtfConformanceData.Rows)
        {
            data.Add(origin, text);
        }
        return data;
    }

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
    public void Read_OtherProjectsTestStrings_AtLeast90PercentEqualAndNoUndocumentedDifference()
    {
        int theyRead = 0, equal = 0;
        var undocumented = new List<string>();
        foreach ((string origin, string text, string earliest, _, string? note) in EdtfConformanceData.Rows)
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
        Assert.True(share >= 0.90, FormattableString.Invariant($"{equal} of {theyRead} read equal ({share:P1})"));
    }

    [Fact]
    public void Rows_EachOriginAndTextOnce_AndBothProjectsPresent()
    {
        Assert.Equal(EdtfConformanceData.Rows.Length, EdtfConformanceData.Rows.Select(r => (r.Origin, r.Text)).Distinct().Count());
        Assert.Contains(EdtfConformanceData.Rows, r => r.Origin == EdtfConformanceData.PythonEdtf);
        Assert.Contains(EdtfConformanceData.Rows, r => r.Origin == EdtfConformanceData.EdtfJs);
    }
}
