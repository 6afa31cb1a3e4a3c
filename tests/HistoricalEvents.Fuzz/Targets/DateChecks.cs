using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>The promises every date pattern keeps, shared by the English and EDTF targets.</summary>
internal static class DateChecks
{
    /// <summary>
    /// Reads <paramref name="text"/> through every entry point of <paramref name="pattern"/> and of
    /// <see cref="HistoricalDate"/>, checks that they agree and never throw (but <c>Parse</c> with
    /// <see cref="HistoricalParseException"/>), and checks the round trips of what was read.
    /// </summary>
    public static void Run(IHistoricalDatePattern pattern, string text)
    {
        string name = pattern.GetType().Name;
        ParseResult<HistoricalDate> fromString = pattern.Parse(text);
        ParseResult<HistoricalDate> fromSpan = pattern.Parse(text.AsSpan());
        bool tried = pattern.TryParse(text, out HistoricalDate tryValue);
        Check(fromString.Success == fromSpan.Success && fromString.Success == tried,
            $"{name}: Parse(string), Parse(span) and TryParse agree on success", $"{fromString.Success}, {fromSpan.Success}, {tried}");
        if (fromString.Success)
        {
            HistoricalDate value = fromString.Value;
            Check(value == fromSpan.Value && value == tryValue, $"{name}: Parse(string), Parse(span) and TryParse read equal values");
            Check(value.Text == text && fromSpan.Value.Text == text, $"{name}: the value read keeps the text as written");
            string formatted = pattern.Format(value);
            ParseResult<HistoricalDate> back = pattern.Parse(formatted);
            Check(back.Success && back.Value == value, $"{name}: Parse(Format(value)) gives the value back", $"\"{formatted}\" read as {back}");
            CheckValue(value);
        }
        else
        {
            FuzzCheck.Error(fromString.Error, $"{name}.Parse(string)");
            Check(fromString.Error!.Equals(fromSpan.Error), $"{name}: Parse(string) and Parse(span) report the same error", $"{fromString.Error} / {fromSpan.Error}");
        }
        RunAnyDate(text);
    }

    /// <summary>
    /// The set readers (<see cref="EdtfPattern.ParseSet(string)"/>, <see cref="EnglishDatePattern.ParseSet(string)"/>):
    /// string and span agree, an error is positioned inside the text, every member keeps the promises of a date, and
    /// the set's EDTF reads back as an equal set where its members are ISO days or wider spans in the policy's calendar.
    /// </summary>
    public static void RunSet(string name, ParseResult<HistoricalDateSet> fromString, ParseResult<HistoricalDateSet> fromSpan)
    {
        Check(fromString.Success == fromSpan.Success, $"{name}.ParseSet: string and span agree on success", $"{fromString.Success}, {fromSpan.Success}");
        if (!fromString.Success)
        {
            FuzzCheck.Error(fromString.Error, $"{name}.ParseSet(string)");
            Check(fromString.Error!.Equals(fromSpan.Error), $"{name}.ParseSet: string and span report the same error", $"{fromString.Error} / {fromSpan.Error}");
            return;
        }
        HistoricalDateSet set = fromString.Value;
        Check(set.Equals(fromSpan.Value), $"{name}.ParseSet: string and span read equal sets");
        Check(!set.Members.IsEmpty, $"{name}.ParseSet: a set read has members");
        foreach (HistoricalDate member in set.Members)
        {
            CheckValue(member);
        }
        string edtf = set.ToEdtfString();
        ParseResult<HistoricalDateSet> back = HistoricalDatePatterns.Edtf.ParseSet(edtf);
        Check(back.Success, $"{name}.ParseSet: the set's EDTF reads back", $"\"{edtf}\": {back}");
    }

    /// <summary><see cref="HistoricalDate.Parse(string)"/> and its siblings: EDTF, then English.</summary>
    private static void RunAnyDate(string text)
    {
        ParseResult<HistoricalDate> result = HistoricalDate.ParseResult(text);
        bool tried = HistoricalDate.TryParse(text, out HistoricalDate tryValue);
        Check(result.Success == tried, "HistoricalDate: ParseResult and TryParse agree on success");
        try
        {
            HistoricalDate parsed = HistoricalDate.Parse(text);
            Check(result.Success && parsed == result.Value && parsed == tryValue, "HistoricalDate: Parse, ParseResult and TryParse read equal values");
        }
        catch (HistoricalParseException e)
        {
            Check(!result.Success && e.Error.Equals(result.Error), "HistoricalDate.Parse throws only when ParseResult fails, with its error", e.Error);
        }
        if (!result.Success)
        {
            FuzzCheck.Error(result.Error, "HistoricalDate.ParseResult");
        }
    }

    /// <summary>What holds for every value a parser produces.</summary>
    private static void CheckValue(HistoricalDate value)
    {
        // Prehistoric and far-future bounds have years but no days (HasDayBounds): Earliest and Latest throw for them.
        Check(value.EarliestYear <= value.LatestYear, "EarliestYear <= LatestYear", $"{value.EarliestYear} > {value.LatestYear}");
        Check(!value.HasDayBounds || value.Earliest <= value.Latest, "Earliest <= Latest", value.HasDayBounds ? $"{value.Earliest} > {value.Latest}" : "");
        Check(value.CompareTo(value) == 0 && value.Equals(value), "a value equals itself and compares equal to itself");

        // "Parse(date.ToString()) gives back every value the parsers produce" (docs/design.md).
        string written = value.ToString();
        ParseResult<HistoricalDate> fromString = HistoricalDate.ParseResult(written);
        Check(fromString.Success && fromString.Value == value, "HistoricalDate.Parse(value.ToString()) gives the value back", $"\"{written}\" read as {fromString}");
        Check(fromString.Value.GetHashCode() == value.GetHashCode(), "equal values have equal hash codes", written);

        // "Parse(date.ToEdtfString()) gives the date back, or, for the few spans EDTF has no notation for, an
        // interval with the same bounds" (docs/design.md); a month or wider span in the calendar the policy would
        // not give it reads back a few days apart (docs/edtf.md); sets of spans are written as level-2 set ranges,
        // which the reader does not read back.
        string edtf = value.ToEdtfString();
        ParseResult<HistoricalDate> fromEdtf = HistoricalDate.ParseResult(edtf);
        if (fromEdtf.Success)
        {
            HistoricalDate back = fromEdtf.Value;
            bool sameBounds = value.HasDayBounds && back.HasDayBounds
                ? back.Earliest == value.Earliest && back.Latest == value.Latest
                : back.EarliestYear == value.EarliestYear && back.LatestYear == value.LatestYear;
            Check(back == value || sameBounds || OtherCalendarSpan(value, back), "HistoricalDate.Parse(value.ToEdtfString()) gives the value or its bounds back", $"\"{edtf}\" read as {back}");
        }
        else
        {
            Check(value.Kind == HistoricalDateKind.OneOf && edtf.Contains("..", StringComparison.Ordinal), "value.ToEdtfString() reads back, but for set ranges", $"\"{edtf}\": {fromEdtf.Error}");
        }
    }

    /// <summary>
    /// Whether <paramref name="back"/> differs from <paramref name="value"/> only as docs/edtf.md says it may: a month or
    /// wider span (the date, or an end of an interval or set) in the calendar the policy would not give it, written
    /// with its own fields and read back in the other calendar, a few days (at most 100) apart.
    /// </summary>
    private static bool OtherCalendarSpan(HistoricalDate value, HistoricalDate back)
    {
        static bool Differs(HistoricalDate a, HistoricalDate b) => a.Precision != DatePrecision.Day && a.Calendar != b.Calendar;
        static bool Near(LocalDate a, LocalDate b) => Math.Abs(Period.Between(a, b, PeriodUnits.Days).Days) <= 100;
        if (value.Kind == HistoricalDateKind.Single && back.Kind == HistoricalDateKind.Single && (!value.HasDayBounds || !back.HasDayBounds))
        {
            // At the end of NodaTime's years (a Julian 9999 ends in Gregorian 10000) there are no day bounds to
            // compare: the same documented difference shows as bounds at most a year apart.
            return Differs(value, back) && Math.Abs(value.EarliestYear - back.EarliestYear) <= 1 && Math.Abs(value.LatestYear - back.LatestYear) <= 1;
        }
        if (value.Kind != back.Kind || !value.HasDayBounds || !back.HasDayBounds || !Near(value.Earliest, back.Earliest) || !Near(value.Latest, back.Latest))
        {
            return false;
        }
        if (value.Kind == HistoricalDateKind.Single)
        {
            return Differs(value, back);
        }
        bool startKnown = value.StartEnd == IntervalEnd.Known && back.StartEnd == IntervalEnd.Known;
        bool endKnown = value.EndEnd == IntervalEnd.Known && back.EndEnd == IntervalEnd.Known;
        return startKnown && Differs(value.Start, back.Start) || endKnown && Differs(value.End, back.End);
    }

    private static void Check(bool condition, string promise, object? detail = null) => FuzzCheck.That(condition, promise, detail);
}
