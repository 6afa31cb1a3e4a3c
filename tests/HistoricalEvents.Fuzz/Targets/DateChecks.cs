using HistoricalEvents.Text;

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
        Check(value.Earliest <= value.Latest, "Earliest <= Latest", $"{value.Earliest} > {value.Latest}");
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
            bool sameBounds = back.Earliest == value.Earliest && back.Latest == value.Latest;
            bool otherCalendarSpan = value.Precision != DatePrecision.Day && back.Calendar != value.Calendar;
            Check(back == value || sameBounds || otherCalendarSpan, "HistoricalDate.Parse(value.ToEdtfString()) gives the value or its bounds back", $"\"{edtf}\" read as {back}");
        }
        else
        {
            Check(value.Kind == HistoricalDateKind.OneOf && edtf.Contains("..", StringComparison.Ordinal), "value.ToEdtfString() reads back, but for set ranges", $"\"{edtf}\": {fromEdtf.Error}");
        }
    }

    private static void Check(bool condition, string promise, object? detail = null) => FuzzCheck.That(condition, promise, detail);
}
