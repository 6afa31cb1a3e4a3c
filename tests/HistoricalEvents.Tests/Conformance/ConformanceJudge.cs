using System.Globalization;
using NodaTime;

namespace HistoricalEvents.Tests.Conformance;

/// <summary>How one other project's test string came out here.</summary>
internal enum ConformanceOutcome
{
    /// <summary>Read with the same bounds, or rejected by both.</summary>
    Equal,

    /// <summary>A clean error where the other project reads it.</summary>
    Refused,

    /// <summary>Read with other bounds.</summary>
    Different,

    /// <summary>Read where the other project rejects it.</summary>
    ReadRejected,
}

/// <summary>
/// The judging shared by the conformance suites: a row of another project's tests is (origin, text, the bounds that
/// project expects or "!" for a rejection, a note when this library documents a difference).
/// </summary>
internal static class ConformanceJudge
{
    /// <summary>The rows as xunit theory data (origin, text).</summary>
    internal static TheoryData<string, string> TheoryRows(
        (string Origin, string Text, string Earliest, string Latest, string? Note)[] rows)
    {
        var data = new TheoryData<string, string>();
        foreach ((string origin, string text, _, _, _) in rows)
        {
            data.Add(origin, text);
        }
        return data;
    }

    /// <summary>
    /// Judges one row: <paramref name="read"/> gives the value or null with an error (a clean refusal);
    /// <paramref name="alwaysDifferent"/>, when given, marks values the other project never gives.
    /// </summary>
    internal static ConformanceOutcome Judge(
        (string Origin, string Text, string Earliest, string Latest, string? Note) row,
        HistoricalDate? value,
        string? error,
        Func<HistoricalDate, bool>? alwaysDifferent = null)
    {
        bool theyReject = row.Earliest == "!";
        if (value is null)
        {
            Assert.False(string.IsNullOrEmpty(error));   // a message with a column, never an exception
            return theyReject ? ConformanceOutcome.Equal : ConformanceOutcome.Refused;
        }
        if (theyReject)
        {
            return ConformanceOutcome.ReadRejected;
        }
        if (alwaysDifferent?.Invoke(value.Value) == true)
        {
            return ConformanceOutcome.Different;
        }
        return Bound(value.Value, start: true) == row.Earliest && Bound(value.Value, start: false) == row.Latest
            ? ConformanceOutcome.Equal
            : ConformanceOutcome.Different;
    }

    /// <summary>
    /// Every row: the same bounds or the same refusal, unless a note says how and why this library differs; and a
    /// row with a note does differ (so the notes stay true).
    /// </summary>
    internal static void AssertAgreesOrDocumented(string origin, string text, ConformanceOutcome outcome, string? note)
    {
        if (note is null)
        {
            Assert.True(outcome == ConformanceOutcome.Equal, $"{origin} '{text}': {outcome}");
        }
        else
        {
            Assert.True(outcome != ConformanceOutcome.Equal, $"{origin} '{text}' agrees now: drop its note");
        }
    }

    /// <summary>
    /// Asserts that no row is read as another value than the other project's without a note (that would be silently
    /// wrong) and that the share of the strings they read that are read equal is at least <paramref name="minimumShare"/>.
    /// </summary>
    internal static void AssertShareAndNoUndocumentedDifference(
        (string Origin, string Text, string Earliest, string Latest, string? Note)[] rows,
        Func<string, string, ConformanceOutcome> judge,
        double minimumShare)
    {
        int theyRead = 0, equal = 0;
        var undocumented = new List<string>();
        foreach ((string origin, string text, string earliest, _, string? note) in rows)
        {
            ConformanceOutcome outcome = judge(origin, text);
            if (earliest != "!")
            {
                theyRead++;
                equal += outcome == ConformanceOutcome.Equal ? 1 : 0;
            }
            if (outcome is ConformanceOutcome.Different or ConformanceOutcome.ReadRejected && note is null)
            {
                undocumented.Add(origin + " " + text);
            }
        }
        Assert.Empty(undocumented);
        double share = (double)equal / theyRead;
        Assert.True(share >= minimumShare, FormattableString.Invariant($"{equal} of {theyRead} read equal ({share:P1})"));
    }

    /// <summary>A bound as the tables write it: open, unknown, Y:year beyond ±9999, or an ISO day.</summary>
    internal static string Bound(HistoricalDate value, bool start)
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
}
