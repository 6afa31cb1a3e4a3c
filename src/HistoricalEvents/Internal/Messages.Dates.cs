using System.Globalization;

namespace HistoricalEvents.Internal;

/// <summary>What the English date parser expected where it stopped; turned into words only when an error is shown.</summary>
internal enum DateExpectation : byte
{
    Date,
    Year,
    YearNotZero,
    YearInRange,
    Month,
    MonthAfterQuestion,
    DayOfMonth,
    DayInMonth,
    Ordinal,
    CenturyOrMillennium,
    DecadeOrCentury,
    EndOfDate,
    EraOrEndOfDate,
    And,
    CloseBracket,
    OldStyleMark,
    OldStyleSameDay,
    EndNotBeforeStart,
    LaterOtherYear,
    PartOfYearOrSpan,
    ShorterText,
    RemarkAtEnd,
    ClosedRemark,
    // English dates, issue #8 (messages in Messages.EnglishDates.cs)
    KnownRemark,
    MonthNumberOrEra,
    YearAfterDayRange,
    BeforePresentAlone,
    OldStyleDualDay,
    NextYearOfDualDate,
    DualYearBefore1000,
    ContradictoryMark,
    FractionInAlternative,
    FractionIndex,
    FractionOf,
    FractionOfSpan,
    FeastYear,
    AgoCount,
    AgoCalendarMark,
    // English dates, issue #8 section 6: lists, open dashes, numeric dates (messages in Messages.EnglishDates.cs)
    ListShortNumber,
    ListMember,
    ListOpenMember,
    ListNotOneDate,
    ShortYearOpenDash,
    NumericMonth,
    EnglishMore,
}

internal static partial class Messages
{
    internal static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The readable English year: <c>44 BC</c>, <c>AD 79</c>, <c>1920</c>.</summary>
    internal static string EnglishYear(int astronomicalYear) =>
        astronomicalYear <= 0 ? (1 - astronomicalYear).ToString(CultureInfo.InvariantCulture) + " BC"
        : astronomicalYear < 100 ? "AD " + astronomicalYear.ToString(CultureInfo.InvariantCulture)
        : astronomicalYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Words for what the English date parser expected. <paramref name="a"/>, <paramref name="b"/> and
    /// <paramref name="c"/> carry numbers some expectations name (the last day of a month, the month, the year).
    /// </summary>
    internal static string DateExpected(DateExpectation expectation, int a, int b, int c) => expectation switch
    {
        DateExpectation.Date => "a date such as 1991, April 28, 1920, 44 BC, c. 1200, 1920s or 19th century",
        DateExpectation.Year => "a year such as 1920 or 44 BC",
        DateExpectation.YearNotZero => "a year from 1 on (there is no year 0: 1 BC is followed by AD 1)",
        DateExpectation.YearInRange => "a year between 500,000,001 BC and AD 500,000,000; a day, month or season between 1 January 9999 BC and 31 December AD 9999 (proleptic Gregorian, the range NodaTime holds)",
        DateExpectation.Month => "a month name such as April or Apr",
        DateExpectation.MonthAfterQuestion => "a month name after '?' (an unknown day), as in ? May 2017",
        DateExpectation.DayOfMonth => "a day of the month (1 to 31)",
        DateExpectation.DayInMonth => FormattableString.Invariant($"a day between 1 and {a} for {MonthNames[b - 1]} {EnglishYear(c)}"),
        DateExpectation.Ordinal => "an ordinal written with its own suffix, such as 1st, 2nd, 3rd or 19th",
        DateExpectation.CenturyOrMillennium => "'century' or 'millennium' after an ordinal, as in 19th century",
        DateExpectation.DecadeOrCentury => "a decade or century ending in 0 or 00, such as 1920s or 1800s",
        DateExpectation.EndOfDate => "the end of the date",
        DateExpectation.EraOrEndOfDate => "an era (BC, BCE, AD, CE) or the end of the date",
        DateExpectation.And => "'and', as in between 1861 and 1876",
        DateExpectation.CloseBracket => "']' closing the Old Style date",
        DateExpectation.OldStyleMark => "'O.S.' opening an Old Style date, as in November 7 [O.S. October 25], 1917",
        DateExpectation.OldStyleSameDay => FormattableString.Invariant($"the Old Style (Julian) date of the same day, {MonthNames[b - 1]} {a}"),
        DateExpectation.EndNotBeforeStart => "an end that is not before the start",
        DateExpectation.LaterOtherYear => "the later year of a date in two years, as in 11 February 1731/32",
        DateExpectation.PartOfYearOrSpan => "early, mid or late only before a month, year, decade, century or millennium",
        DateExpectation.ShorterText => FormattableString.Invariant($"a date of at most {a} words, numbers and signs"),
        DateExpectation.RemarkAtEnd => "a remark in parentheses only at the end of the date",
        DateExpectation.ClosedRemark => "a closed remark in parentheses or footnote mark in brackets, without nesting",
        _ => EnglishDateExpected(expectation),
    };
}
