using CsCheck;
using HistoricalEvents.Interchange.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents.Parquet.Tests;

/// <summary>
/// The writer skips re-reading a date's text when <see cref="DateTextForms"/> says which form reads back. These
/// properties, over every shape of date (all precisions, both calendars and none, qualifiers, parts, intervals open
/// and closed, alternatives, dual dating, EDTF level 2, years at the reform, at 1 BC/AD 1 and at the ends of the
/// axis), check that the skip is only taken when the re-read would have agreed.
/// </summary>
public class DateTextFormsTests
{
    // Years where shapes change: the reform (1582), the era boundary, the ends of the axis; and anywhere.
    private static readonly Gen<int> Year = Gen.OneOf(
        Gen.Int[-9998, 9999], Gen.Int[1570, 1595], Gen.Int[-3, 3], Gen.Int[-9998, -9990], Gen.Int[9990, 9999], Gen.Int[-3000, 2100]);

    private static readonly Gen<HistoricalCalendar?> Calendar = Gen.Int[0, 2].Select(i => i switch
    {
        0 => (HistoricalCalendar?)null,
        1 => HistoricalCalendar.Julian,
        _ => HistoricalCalendar.Gregorian,
    });

    private static readonly Gen<DateQualifiers> Qualifiers = Gen.OneOf(
        Gen.Const(DateQualifiers.None), Gen.Const(DateQualifiers.None), Gen.Const(DateQualifiers.Approximate),
        Gen.Const(DateQualifiers.Uncertain), Gen.Const(DateQualifiers.Approximate | DateQualifiers.Uncertain));

    // A factory call, or null where the arguments make no date (a day past the month's end, a year off the axis).
    private static HistoricalDate? Make(Func<HistoricalDate> make)
    {
        try
        {
            return make();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static readonly Gen<HistoricalDate> Single = Gen.Select(Year, Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 7], Calendar, Qualifiers)
        .Select((year, month, day, shape, calendar, qualifiers) => Make(() => (shape switch
        {
            0 or 1 => HistoricalDate.FromDay(year, month, day, calendar),
            2 => HistoricalDate.FromMonth(year, month, calendar),
            3 => HistoricalDate.FromYear(year, calendar),
            4 => HistoricalDate.FromSpan(year - (year % 10 + 10) % 10, DatePrecision.Decade, (SpanPart)(day % 4), calendar),
            5 => HistoricalDate.FromSpan(year - ((year - 1) % 100 + 100) % 100, DatePrecision.Century, (SpanPart)(day % 4), calendar),
            6 => HistoricalDate.FromSpan(year - ((year - 1) % 1000 + 1000) % 1000, DatePrecision.Millennium, SpanPart.Whole, calendar),
            _ => HistoricalDate.FromDay(year, month, Math.Min(day, 28), calendar),
        }).WithQualifiers(qualifiers)))
        .Where(d => d is not null).Select(d => d!.Value);

    // Texts the parsers read into shapes the factories do not make: dual dating, Old Style, seasons, level 2 marks.
    private static readonly Gen<HistoricalDate> Parsed = Gen.OneOf(
        Gen.Const("November 7 [O.S. October 25], 1917"), Gen.Const("February 11, 1731 O.S."), Gen.Const("October 10, 1582"),
        Gen.Const("October 4, 1582"), Gen.Const("October 15, 1582"), Gen.Const("October 1582"), Gen.Const("1582"),
        Gen.Const("156X-12-25"), Gen.Const("?2004-06-~11"), Gen.Const("2004-06~"), Gen.Const("2004-XX"), Gen.Const("1985-04-XX"),
        Gen.Const("2001-21"), Gen.Const("1066-10-14"), Gen.Const("Y-170000002"), Gen.Const("1XXX"), Gen.Const("c. 1200"),
        Gen.Const("early 19th century"), Gen.Const("1066?"), Gen.Const("March 15, 44 BC"), Gen.Const("1 BC"), Gen.Const("0000-12-31"))
        .Select(text => HistoricalDate.Parse(text));

    private static readonly Gen<HistoricalDate> Date = Gen.OneOf(
        Single, Single, Single, Parsed,
        Gen.Select(Single, Single).Select((a, b) => Make(() => a <= b ? HistoricalDate.Interval(a, b) : HistoricalDate.Interval(b, a)))
            .Where(d => d is not null).Select(d => d!.Value),
        Gen.Select(Single, Single).Select((a, b) => Make(() => HistoricalDate.OneOf(a, b))).Where(d => d is not null).Select(d => d!.Value),
        Single.Select(d => Make(() => HistoricalDate.IntervalFrom(d))).Where(d => d is not null).Select(d => d!.Value),
        Single.Select(d => Make(() => HistoricalDate.IntervalTo(d, IntervalEnd.Unknown))).Where(d => d is not null).Select(d => d!.Value));

    private static bool EdtfReadsBack(HistoricalDate date) =>
        HistoricalDatePatterns.Edtf.TryParse(date.ToEdtfString(), out HistoricalDate back) && back == date;

    private static bool EnglishReadsBack(HistoricalDate date) =>
        HistoricalDatePatterns.English.TryParse(HistoricalDatePatterns.English.Format(date), out HistoricalDate back) && back == date;

    [Fact]
    public void Of_AnyDate_ClaimsAFormOnlyWhenTheReReadAgrees()
    {
        int edtf = 0, english = 0, unknown = 0;
        Date.Sample(date =>
        {
            switch (DateTextForms.Of(date))
            {
                case KnownTextForm.Edtf:
                    Assert.True(EdtfReadsBack(date), $"{date.ToEdtfString()} ({date}) was taken to read back from EDTF");
                    Interlocked.Increment(ref edtf);
                    break;
                case KnownTextForm.English:
                    // The writer keeps English only when EDTF does not read back: both halves must hold.
                    Assert.False(EdtfReadsBack(date), $"{date.ToEdtfString()} ({date}) reads back from EDTF, but English was claimed");
                    Assert.True(EnglishReadsBack(date), $"{date} was taken to read back from English");
                    Interlocked.Increment(ref english);
                    break;
                default:
                    Interlocked.Increment(ref unknown);
                    break;
            }
        }, iter: 200_000);
        // The property was tested on many dates of each outcome, not on none.
        Assert.True(edtf > 10_000 && english > 5_000 && unknown > 10_000, $"EDTF {edtf}, English {english}, unknown {unknown}");
    }

    // The expected form by name: the enum is internal to the package.
    public static TheoryData<string, string> Shapes => new()
    {
        { "1920-04-28", nameof(KnownTextForm.Edtf) },
        { "1920-04", nameof(KnownTextForm.Edtf) },
        { "1920", nameof(KnownTextForm.Edtf) },
        { "1066", nameof(KnownTextForm.Edtf) },
        { "March 1066", nameof(KnownTextForm.Edtf) },
        { "October 14, 1066", nameof(KnownTextForm.English) },
        { "March 15, 44 BC", nameof(KnownTextForm.English) },
        { "1582", nameof(KnownTextForm.Unknown) },
        { "October 1582", nameof(KnownTextForm.Unknown) },
        { "February 11, 1731 O.S.", nameof(KnownTextForm.Unknown) },
        { "November 7 [O.S. October 25], 1917", nameof(KnownTextForm.Unknown) },
        { "c. 1200", nameof(KnownTextForm.Unknown) },
        { "1066?", nameof(KnownTextForm.Unknown) },
        { "early 19th century", nameof(KnownTextForm.Unknown) },
        { "1920s", nameof(KnownTextForm.Unknown) },
        { "1985-04-XX", nameof(KnownTextForm.Unknown) },
        { "2001-21", nameof(KnownTextForm.Unknown) },
        { "1914/1918", nameof(KnownTextForm.Unknown) },
        { "Y-170000002", nameof(KnownTextForm.Unknown) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Of_Shape_IsTheFormTheReReadFinds(string text, string expected)
    {
        HistoricalDate date = HistoricalDate.Parse(text);
        KnownTextForm form = DateTextForms.Of(date);
        Assert.Equal(expected, form.ToString());
        // Not a hard-coded answer: the re-read agrees with the table.
        if (form == KnownTextForm.Edtf)
        {
            Assert.True(EdtfReadsBack(date));
        }
        else if (form == KnownTextForm.English)
        {
            Assert.True(!EdtfReadsBack(date) && EnglishReadsBack(date));
        }
    }
}
