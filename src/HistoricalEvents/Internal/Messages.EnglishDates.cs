namespace HistoricalEvents.Internal;

internal static partial class Messages
{
    /// <summary>Words for the English date parser's expectations added by issue #8 (dates as historians write them).</summary>
    internal static string EnglishDateExpected(DateExpectation expectation) => expectation switch
    {
        DateExpectation.KnownRemark =>
            "a remark the reader understands: (?), (c.), (uncertain), (approximate), (O.S.), (N.S.) or a duration such as (3 days)",
        DateExpectation.MonthNumberOrEra =>
            "a month number 1 to 12 before a four-digit year (7/2008 is July 2008), or a range whose start has an era (AD 11–1978)",
        DateExpectation.YearAfterDayRange => "a year after a range of days, as in August 20–27, 1944",
        DateExpectation.BeforePresentAlone =>
            "BP (before present, counted from 1950), ka, Ma and 'years ago' only after a number standing alone (11,700 BP, c. 2500 BP, 66 Ma, c. 2.5 million years ago): not in a range, an alternative or a day or month; write such dates BC or AD",
        DateExpectation.OldStyleDualDay =>
            "a day from 1 January to 24 March for a dual (Old Style) year such as 11 February 1731/32 (the year began on 25 March)",
        DateExpectation.NextYearOfDualDate => "the next year after a dual (Old Style) year, as in 11 February 1731/32",
        DateExpectation.DualYearBefore1000 => "a year from 1000 on before a dual (Old Style) second year, as in 11 February 1731/32",
        DateExpectation.ContradictoryMark => "one calendar mark: O.S. and N.S. contradict each other",
        DateExpectation.FractionInAlternative =>
            "a single day, month, season, year, decade, century or millennium in an alternative (a part of a month or a fraction of a century is a range)",
        DateExpectation.FractionIndex => "first or second before 'half', first to fourth before 'quarter'",
        DateExpectation.FractionOf => "'of', as in first half of the 14th century",
        DateExpectation.FractionOfSpan => "a year, decade, century or millennium after 'half of' or 'quarter of', as in second quarter of the 9th century",
        DateExpectation.FeastYear => "a year from AD 326 on for Easter and the feasts counted from it (the computus dates from the Council of Nicaea)",
        DateExpectation.AgoCount =>
            "a number of years above 0 with no more decimals than its unit holds, before ka, Ma, 'million years ago' or 'years ago' (66 Ma, 2.5 Ma, 12 ka, 300,000 years ago)",
        DateExpectation.AgoCalendarMark => "no calendar mark (O.S., N.S.) on a count of years before present, which names no calendar",
        DateExpectation.ListShortNumber =>
            "a date in full in a list: a number of one to three digits could be a day, a year with its leading digits left out, or a year of its own (write 4 July, 5 July 1776, 1776 and 1800, or AD 4, AD 5)",
        DateExpectation.ListMember =>
            "a single date or a range as a member of a list (one of two dates, or a date with an unknown end such as before 1776, cannot be one)",
        DateExpectation.ListOpenMember =>
            "a date or range closed at this end: a list holds at most one member open at its start and one open at its end, as an EDTF set does (1776 –, 1789 – has two open ends)",
        DateExpectation.ListNotOneDate =>
            "the end of the date: this is a list of dates (1776, 1789; July 4 and 5, 1776), which EnglishDatePattern.ParseSet reads as all of them",
        DateExpectation.ShortYearOpenDash =>
            "a year of four digits or with an era before a dash that ends the date (1776–, AD 176–): 176- is a catalogue's decade (write 1760s or 176X) or AD 176 onwards",
        DateExpectation.NumericMonth => "a month number from 1 to 12 in a numeric date, in the order the pattern names",
        _ => "a date",
    };
}
