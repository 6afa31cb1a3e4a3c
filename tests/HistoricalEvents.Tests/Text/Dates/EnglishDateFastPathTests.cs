using CsCheck;
using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>
/// The fast path must never disagree with the full parser: whatever it takes, the full parser takes with the same
/// value; whatever it declines falls through to the full parser, so declining is always safe.
/// </summary>
public class EnglishDateFastPathTests
{
    private static readonly CalendarPolicy Policy = CalendarPolicy.Encyclopedic;

    private static bool Fast(string text, out HistoricalDate value) => EnglishDateFastPath.TryParse(text, text, Policy, out value);

    private static HistoricalDate Full(string text)
    {
        Assert.True(EnglishDateParser.TryParseFull(text, Policy, out HistoricalDate value, out _), text);
        return value;
    }

    [Theory]
    [InlineData("April 28, 1920", 1920, 4, 28, HistoricalCalendar.Gregorian)]
    [InlineData("april 28, 1920", 1920, 4, 28, HistoricalCalendar.Gregorian)]
    [InlineData("APRIL 28, 1920", 1920, 4, 28, HistoricalCalendar.Gregorian)]
    [InlineData("Apr 28, 1920", 1920, 4, 28, HistoricalCalendar.Gregorian)]
    [InlineData("28 April 1920", 1920, 4, 28, HistoricalCalendar.Gregorian)]
    [InlineData("28 apr 1920", 1920, 4, 28, HistoricalCalendar.Gregorian)]
    [InlineData("1 May 999", 999, 5, 1, HistoricalCalendar.Julian)]
    [InlineData("May 1, 999", 999, 5, 1, HistoricalCalendar.Julian)]
    [InlineData("September 1, 1939", 1939, 9, 1, HistoricalCalendar.Gregorian)]
    [InlineData("Sept 1, 1939", 1939, 9, 1, HistoricalCalendar.Gregorian)]
    [InlineData("SEPT 1, 1939", 1939, 9, 1, HistoricalCalendar.Gregorian)]
    [InlineData("Sep 1, 1939", 1939, 9, 1, HistoricalCalendar.Gregorian)]
    [InlineData("February 29, 1500", 1500, 2, 29, HistoricalCalendar.Julian)]     // a Julian leap year
    [InlineData("4 October 1582", 1582, 10, 4, HistoricalCalendar.Julian)]        // the last Julian day
    [InlineData("15 October 1582", 1582, 10, 15, HistoricalCalendar.Gregorian)]   // the first Gregorian day
    [InlineData("December 31, 9999", 9999, 12, 31, HistoricalCalendar.Gregorian)]
    [InlineData("05 April 1920", 1920, 4, 5, HistoricalCalendar.Gregorian)]
    [InlineData("June 3, 1920", 1920, 6, 3, HistoricalCalendar.Gregorian)]
    [InlineData("July 4, 1776", 1776, 7, 4, HistoricalCalendar.Gregorian)]
    public void TryParse_CommonDay_TakesItWithTheFullParsersValue(string text, int year, int month, int day, HistoricalCalendar calendar)
    {
        Assert.True(Fast(text, out HistoricalDate value));
        Assert.Equal(Full(text), value);
        Assert.Equal((year, month, day, calendar, DatePrecision.Day), (value.Year, value.Month, value.Day, value.Calendar, value.Precision));
        Assert.Same(text, value.Text);
    }

    [Theory]
    [InlineData("1991", 1991, HistoricalCalendar.Gregorian)]
    [InlineData("925", 925, HistoricalCalendar.Julian)]
    [InlineData("1582", 1582, HistoricalCalendar.Julian)]
    public void TryParse_Year_TakesItWithTheFullParsersValue(string text, int year, HistoricalCalendar calendar)
    {
        Assert.True(Fast(text, out HistoricalDate value));
        Assert.Equal(Full(text), value);
        Assert.Equal((year, calendar, DatePrecision.Year), (value.Year, value.Calendar, value.Precision));
    }

    // Valid dates in other shapes, and invalid ones: the fast path declines them all and leaves them to the full parser.
    [Theory]
    [InlineData("")]
    [InlineData("19")]
    [InlineData("0991")]
    [InlineData("12345")]
    [InlineData("1991 ")]
    [InlineData(" 1991")]
    [InlineData("April 28 1920")]
    [InlineData("April 28,1920")]
    [InlineData("April  28, 1920")]
    [InlineData("April 028, 1920")]
    [InlineData("April 28, 01920")]
    [InlineData("April 28, 0920")]
    [InlineData("April 28, 19200")]
    [InlineData("April 28, 79")]
    [InlineData("April 0, 1920")]
    [InlineData("April 31, 1920")]
    [InlineData("February 29, 1900")]
    [InlineData("February 30, 1500")]
    [InlineData("Apri 28, 1920")]
    [InlineData("Aprill 28, 1920")]
    [InlineData("Aprilx 28, 1920")]
    [InlineData("Apr. 28, 1920")]
    [InlineData("Sept. 1, 1939")]
    [InlineData("Sepx 1, 1939")]
    [InlineData("Septembre 1, 1939")]
    [InlineData("Mayo 1, 1920")]
    [InlineData("Jum 1, 1920")]
    [InlineData("April\u00a028, 1920")]
    [InlineData("April\0 28, 1920")]
    [InlineData("Apr\0 28, 1920")]
    [InlineData("April 28, 1920 BC")]
    [InlineData("April 28, 1920.")]
    [InlineData("April 28")]
    [InlineData("April")]
    [InlineData("May")]
    [InlineData("28 April")]
    [InlineData("28 April, 1920")]
    [InlineData("28  April 1920")]
    [InlineData("128 April 1920")]
    [InlineData("0 April 1920")]
    [InlineData("28 Apri 1920")]
    [InlineData("28 April 19")]
    [InlineData("1 May 99")]
    [InlineData("28 April 1920s")]
    [InlineData("c. 1200")]
    [InlineData("44 BC")]
    public void TryParse_OtherText_Declines(string text)
    {
        Assert.False(Fast(text, out HistoricalDate value));
        Assert.Equal(default, value);
    }

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Gen<string> MonthName = Gen.OneOf(
        Gen.Int[0, 11].Select(m => MonthNames[m]),
        Gen.Int[0, 11].Select(m => MonthNames[m][..3]),
        Gen.Const("Sept"));

    // Random case, and now and then one character changed, dropped or doubled.
    private static readonly Gen<string> MangledName = Gen.Select(MonthName, Gen.Int[0, 1 << 10], Gen.Int[0, 8], Gen.Char["aeilnrstxy .,\0"])
        .Select((name, caseBits, mangle, c) =>
        {
            char[] chars = name.Select((ch, k) => (caseBits >> k & 1) == 1 ? char.ToUpperInvariant(ch) : char.ToLowerInvariant(ch)).ToArray();
            string cased = new(chars);
            int at = mangle % cased.Length;
            return mangle switch
            {
                0 => cased.Remove(at, 1),
                1 => cased.Insert(at, c.ToString()),
                2 => cased.Remove(at, 1).Insert(at, c.ToString()),
                _ => cased,
            };
        });

    private static readonly Gen<string> Number = Gen.OneOf(Gen.Int[0, 40].Select(n => n.ToString()), Gen.Const("05"), Gen.Const("00"), Gen.Const("028"));

    private static readonly Gen<string> Year = Gen.OneOf(Gen.Int[0, 12000].Select(n => n.ToString()), Gen.Const("0920"), Gen.Const("1582"), Gen.Const("1900"));

    private static readonly Gen<string> Separator = Gen.OneOf(Gen.Const(" "), Gen.Const(", "), Gen.Const(","), Gen.Const("  "), Gen.Const(""));

    private static readonly Gen<string> NearlyCommon = Gen.OneOf(
        Gen.Select(MangledName, Separator, Number, Separator, Year).Select((m, s1, d, s2, y) => m + s1 + d + s2 + y),
        Gen.Select(Number, Separator, MangledName, Separator, Year).Select((d, s1, m, s2, y) => d + s1 + m + s2 + y),
        Year);

    [Fact]
    public void TryParse_NearlyCommonText_NeverDisagreesWithTheFullParser()
    {
        NearlyCommon.Sample(text =>
        {
            if (Fast(text, out HistoricalDate value))
            {
                Assert.True(EnglishDateParser.TryParseFull(text, Policy, out HistoricalDate full, out _), text);
                Assert.Equal(full, value);
            }
        }, iter: 20_000);
    }

    // The converse: for text exactly in a common shape, the fast path declines only what the full parser rejects.
    private static readonly Gen<string> ExactlyCommon = Gen.Select(Gen.Int[100, 9999], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 2], Gen.Bool)
        .Select((y, m, d, form, abbreviated) =>
        {
            string name = abbreviated ? MonthNames[m - 1][..3] : MonthNames[m - 1];
            return form switch
            {
                0 => $"{name} {d}, {y}",
                1 => $"{d} {name} {y}",
                _ => y.ToString(),
            };
        });

    [Fact]
    public void TryParse_ExactlyCommonText_TakesWhatTheFullParserTakes()
    {
        ExactlyCommon.Sample(text =>
        {
            bool full = EnglishDateParser.TryParseFull(text, Policy, out HistoricalDate expected, out _);
            Assert.Equal(full, Fast(text, out HistoricalDate value));
            Assert.Equal(expected, value);
        }, iter: 20_000);
    }
}
