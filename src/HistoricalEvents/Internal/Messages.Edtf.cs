using HistoricalEvents.Text;

namespace HistoricalEvents.Internal;

internal static partial class Messages
{
    /// <summary>What the EDTF reader expected where it found a problem; phrased to follow "expected".</summary>
    internal static string EdtfExpected(EdtfProblem problem) => problem switch
    {
        EdtfProblem.Empty => "an EDTF date such as 1985-04-12, 1985-04, 1985, 201X, 1984? or 1964/2008",
        EdtfProblem.YearDigits => "a year of four digits (0000 to 9999; a leading - for years before 1 BC: -0043 is 44 BC)",
        EdtfProblem.YearTooLong =>
            "a year of four digits: longer years are written with the letter Y (Y12345, Y-170000002)",
        EdtfProblem.ExtendedYearTooShort => "digits after Y: a year such as Y170000002, Y-17E7 or Y171010000S3",
        EdtfProblem.NegativeZeroYear => "0000 for 1 BC (-0000 is not a year)",
        // The level 1 reader's reasons for handing a date to the level 2 reader, which then reports its own error.
        EdtfProblem.UnspecifiedInside => "digits or X (unspecified digits) in a year of four, a month or a day of two",
        EdtfProblem.TooManyUnspecified => "digits or X (unspecified digits) in a year of four",
        EdtfProblem.ComponentQualifier => "a qualifier (? ~ %) before or after a year, month or day",
        EdtfProblem.DoubleQualifier => "one qualifier: ? (uncertain), ~ (approximate) or % (both)",
        EdtfProblem.MonthDigits => "a month of two digits (01 to 12), a season (21 to 41) or XX",
        EdtfProblem.MonthValue => "a month 01 to 12 or a season 21 to 41",
        EdtfProblem.DayDigits => "a day of two digits (01 to 31) or XX",
        EdtfProblem.SeasonHasNoDay => "the end of the date: a season (21 to 41) has no day",
        EdtfProblem.Time => "a time of day hh:mm:ss (00:00:00 to 23:59:59)",
        EdtfProblem.Zone => "Z, a zone offset from -12:00 to +14:00 (+04:30, +0430, -04; not -00:00) or the end of the date and time",
        EdtfProblem.TimeInInterval => "a date without a time of day: EDTF intervals and sets hold dates only",
        EdtfProblem.DateEnd => "the end of the date, a qualifier (? ~ %) or / and the end of an interval",
        EdtfProblem.OpenEnd => ".. (an open end), as in ../1985 or 1985/..",
        EdtfProblem.NoKnownEnd => "a date at one end at least: an interval needs a known start or end",
        EdtfProblem.SetSeparator => ", between the two alternatives of a one-of set [1667,1668]",
        EdtfProblem.SetTooLarge =>
            "] after two alternatives: a date holds one of two dates; a set of more (EDTF level 2) is a HistoricalDateSet, read with EdtfPattern.ParseSet",
        EdtfProblem.SetRange =>
            "a single date: a date holds one of two single dates; a set with ranges (EDTF level 2: [1670..1672], [..1760-12-03]) is a HistoricalDateSet, read with EdtfPattern.ParseSet",
        EdtfProblem.AllOfSet =>
            "a date, an interval or a one-of set of two dates [1667,1668]: an all-of set {…} (EDTF level 2) is a HistoricalDateSet, read with EdtfPattern.ParseSet",
        EdtfProblem.SetExpected => "[ or { : a set of dates such as [1667,1668,1670..1672] or {1960,1961-12}",
        EdtfProblem.SetMemberEnd => ", before the next member, .. for a range (1670..1672), or the closing ] or } of the set",
        EdtfProblem.SetOpenStartNotFirst => "a date: only the first member of a set is open at the start ([..1760-12-03,1800])",
        EdtfProblem.SetOpenEndNotLast => "a date or the end of the set: only the last member of a set is open at the end ([1760-01,1760-12..])",
        EdtfProblem.TrailingText => "the end of the text",
        EdtfProblem.ExponentWithoutY =>
            "an exponent only on a year written with Y, with digits after E (Y17E7, Y-17E7)",
        EdtfProblem.SignificantDigits =>
            "a number of significant digits of 1 or more after S, on a year without X (1950S2, Y171010000S3)",
        EdtfProblem.LongYearHasNoMonth =>
            "the end of the year: a year written with Y or with significant digits has no month or day",
        EdtfProblem.WideSpanInside =>
            "a date naming fewer than 1000 years here: significant digits naming 1000 years or more (1950S1) are an interval of years themselves, so they stand alone",
        _ => "valid EDTF",
    };

    /// <summary>What was expected where the fields read do not make a date.</summary>
    internal static string EdtfFieldsExpected(DateFieldsError error) => error switch
    {
        DateFieldsError.YearOutOfRange => FarYearRange,
        DateFieldsError.DayOutOfRange => "a day that exists in that month, in the calendar the policy gives the date",
        DateFieldsError.EndBeforeStart => "an end that does not lie wholly before the start of the interval",
        DateFieldsError.MonthOutOfRange or DateFieldsError.SeasonOutOfRange => "a month 01 to 12 or a season 21 to 41",
        _ => "valid date fields",
    };
}
