using System.Globalization;
using System.Text;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// Writes dates in readable English that <see cref="EnglishDateParser"/> reads back to an equal value:
/// <c>44 BC</c>, <c>c. 1200</c>, <c>19th century</c>, <c>1800s</c>, <c>April 28, 1920</c>, <c>before 1200</c>.
/// </summary>
internal static class EnglishDateFormatter
{
    private static readonly string[] SeasonNames = ["Spring", "Summer", "Autumn", "Winter"];

    /// <summary>
    /// Formats a date; forms English cannot express (EDTF unspecified digits, seasons beyond 24, a decade starting
    /// in 1925) are written as EDTF, which <see cref="HistoricalDate.Parse(string)"/> reads back.
    /// </summary>
    internal static string Format(HistoricalDate value, CalendarPolicy policy)
    {
        if ((value.StartMarks | value.EndMarks) != 0)
        {
            // EDTF level 2 digits inside or qualified components (156X-12-25, ?2004-06) have no English form.
            return HistoricalDatePatterns.Edtf.Format(value);
        }
        string? text = value.Kind switch
        {
            HistoricalDateKind.Single => Point(value.StartFields, policy),
            HistoricalDateKind.OneOf => Compact(value.StartFields, value.EndFields, " or ", policy)
                ?? (ReadsAsSameDayNextYear(value.StartFields, value.EndFields)
                    // A set has no order: "1567 or June 1566" reads back as the same two dates.
                    ? Join(Point(value.EndFields, policy), " or ", Point(value.StartFields, policy))
                    : Join(Point(value.StartFields, policy), " or ", Point(value.EndFields, policy))),
            _ => (value.StartEnd, value.EndEnd) switch
            {
                (IntervalEnd.Known, IntervalEnd.Known) => Ago(value.StartFields, value.EndFields, policy)
                    ?? Compact(value.StartFields, value.EndFields, "–", policy)
                    ?? Range(Point(value.StartFields, policy), Point(value.EndFields, policy)),
                (IntervalEnd.Unknown, IntervalEnd.Known) => Join("before ", Next(value.EndFields, 1, policy)),
                (IntervalEnd.Open, IntervalEnd.Known) => Join("until ", Point(value.EndFields, policy)),
                (IntervalEnd.Known, IntervalEnd.Unknown) => Join("after ", Next(value.StartFields, -1, policy)),
                (IntervalEnd.Known, IntervalEnd.Open) => Join(Point(value.StartFields, policy), " – present"),
                _ => null,
            },
        };
        return text ?? HistoricalDatePatterns.Edtf.Format(value);
    }

    /// <summary>
    /// The shared forms encyclopedias use when both ends are plain: <c>September 2–6, 1666</c>,
    /// <c>April 16 – May 2, 1945</c>, <c>305–304 BC</c>, <c>404 or 403 BC</c>; null when the ends differ in more.
    /// </summary>
    private static string? Compact(in DateFields s, in DateFields e, string between, CalendarPolicy policy)
    {
        if (s.Qualifiers != DateQualifiers.None || e.Qualifiers != DateQualifiers.None || s.Part != SpanPart.Whole ||
            e.Part != SpanPart.Whole || s.Flags != DateFieldFlags.None || e.Flags != DateFieldFlags.None ||
            s.Precision != e.Precision || NeedsMark(s, policy) || NeedsMark(e, policy))
        {
            return null;
        }
        if (s.Precision == DatePrecision.Day && s.Year == e.Year)
        {
            string first = Messages.MonthNames[s.Month - 1] + " " + Number(s.Day);
            string last = s.Month == e.Month ? Number(e.Day) : Messages.MonthNames[e.Month - 1] + " " + Number(e.Day);
            string separator = s.Month == e.Month || between != "–" ? between : " – ";
            return first + separator + last + ", " + Messages.EnglishYear(s.Year);
        }
        // "28 or 4 BC" would read as 28 or 24 BC (an abbreviated second year, as in 305–4 BC): fewer digits are written in full.
        if (s.Precision == DatePrecision.Year && s.Year <= 0 && e.Year <= 0 && Number(1 - e.Year).Length >= Number(1 - s.Year).Length)
        {
            return Number(1 - s.Year) + between + Number(1 - e.Year) + " BC";
        }
        return null;
    }

    /// <summary>
    /// <c>66 Ma</c>, <c>c. 2.5 Ma</c>, <c>300,000 years ago</c>: an interval of prehistoric years that is what a count of
    /// years before 1950 with its significant digits names (docs/dates.md, "Prehistory"), from 1950 - (n + u - 1) to
    /// 1950 - n, where u is a power of ten from 10 and n a multiple of u whose last significant digit is not 0.
    /// Null for anything else, and for intervals that start within the days (those are written as years BC).
    /// </summary>
    private static string? Ago(in DateFields s, in DateFields e, CalendarPolicy policy)
    {
        if (s.Precision != DatePrecision.Year || e.Precision != DatePrecision.Year || s.Qualifiers != e.Qualifiers ||
            s.Part != SpanPart.Whole || e.Part != SpanPart.Whole || s.Flags != DateFieldFlags.None || e.Flags != DateFieldFlags.None ||
            s.Year >= DayNumbers.MinYear || NeedsMark(s, policy) || NeedsMark(e, policy))
        {
            return null;
        }
        long years = 1950L - e.Year, unit = (long)e.Year - s.Year + 1;
        int power = 0;
        for (long u = unit; u % 10 == 0; u /= 10)
        {
            power++;
        }
        // A whole number's trailing zeros are not significant (66 Ma, 300,000 years ago); after a decimal point they
        // are (2.50 Ma), so only the millions with decimals may end in 0.
        bool decimalsWritten = years >= 1_000_000 && power < 6;
        if (power == 0 || unit != (long)Math.Pow(10, power) || years <= 0 || years % unit != 0 || !decimalsWritten && years / unit % 10 == 0)
        {
            return null;
        }
        var sb = new StringBuilder(24);
        if ((s.Qualifiers & DateQualifiers.Approximate) != 0)
        {
            sb.Append("c. ");
        }
        if (years >= 1_000_000)
        {
            // In millions, with as many decimals as the last significant digit needs: 2.5 Ma, 66 Ma, 1.25 Ma.
            int decimals = Math.Max(0, 6 - power);
            sb.Append((years / 1_000_000).ToString(CultureInfo.InvariantCulture));
            if (decimals > 0)
            {
                sb.Append('.').Append((years % 1_000_000 / unit).ToString(new string('0', decimals), CultureInfo.InvariantCulture));
            }
            sb.Append(" Ma");
        }
        else
        {
            sb.Append(years.ToString("#,0", CultureInfo.InvariantCulture)).Append(" years ago");
        }
        if ((s.Qualifiers & DateQualifiers.Uncertain) != 0)
        {
            sb.Append('?');
        }
        return sb.ToString();
    }

    private static bool NeedsMark(in DateFields f, CalendarPolicy policy) => !f.IsUnmarkedUnder(policy);

    // "July 12, 2499 or 2500" reads as July 12 in either year (dual year numbering), not as the year 2500.
    private static bool ReadsAsSameDayNextYear(in DateFields s, in DateFields e) =>
        s.Precision <= DatePrecision.Month && e.Precision == DatePrecision.Year && e.Year == s.Year + 1 && e.Year > 0;

    // "before 1200" for an interval that ends with 1199 (EDTF /1199), "after 1066" for one that starts with 1067.
    // The reader steps back from the date named in the calendar the policy gives when it is unmarked, so across the
    // switch a step can land in the other calendar: the ISO day 1582-10-14 (Gregorian) is followed by October 15,
    // 1582, but the day before that, read unmarked, is Julian October 4. Such a date is written with its mark
    // ("before October 15, 1582 N.S."), which the reader steps back from in the calendar written; if even that does
    // not lead back to the same fields, there is no English form (null: written as EDTF).
    private static string? Next(in DateFields f, int direction, CalendarPolicy policy)
    {
        if ((f.Flags & ~DateFieldFlags.GregorianEnd) != DateFieldFlags.None ||
            f.TryGetNext(direction, f.IsUnmarkedUnder(policy) ? policy : null, out DateFields next) != DateFieldsError.None)
        {
            return null;
        }
        bool marked = !next.IsUnmarkedUnder(policy);
        if (StepsBackTo(next, -direction, marked ? null : policy, f))
        {
            return Point(next, policy);
        }
        return !marked && StepsBackTo(next, -direction, null, f) ? Point(next, policy, forceMark: true) : null;
    }

    private static bool StepsBackTo(in DateFields next, int direction, CalendarPolicy? policy, in DateFields expected) =>
        next.TryGetNext(direction, policy, out DateFields back) == DateFieldsError.None && back.Equals(expected);

    private static string? Join(string? a, string? b) => a is null || b is null ? null : a + b;

    private static string? Join(string? a, string between, string? b) => a is null || b is null ? null : a + between + b;

    // 1914–1918 without spaces; April 16, 1945 – May 2, 1945 with them.
    private static string? Range(string? start, string? end) =>
        start is null || end is null ? null
        : start.Contains(' ', StringComparison.Ordinal) || end.Contains(' ', StringComparison.Ordinal) ? start + " – " + end
        : start + "–" + end;

    private static string? Point(in DateFields f, CalendarPolicy policy, bool forceMark = false)
    {
        if ((f.Flags & DateFieldFlags.UnspecifiedDigits) != 0)
        {
            return null;   // 1985-04-XX has no English form that keeps its X digits: written as EDTF
        }
        var sb = new StringBuilder(24);
        if ((f.Qualifiers & DateQualifiers.Approximate) != 0)
        {
            sb.Append("c. ");
        }
        sb.Append(f.Part switch { SpanPart.Early => "early ", SpanPart.Mid => "mid-", SpanPart.Late => "late ", _ => "" });
        int y = f.Year;
        switch (f.Precision)
        {
            case DatePrecision.Day:
                sb.Append(Messages.MonthNames[f.Month - 1]).Append(' ').Append(Number(f.Day));
                if ((f.Flags & DateFieldFlags.DualDated) != 0 && !f.IsJulian)
                {
                    DayNumbers.ToJulian(DayNumbers.FromGregorian(y, f.Month, f.Day), out _, out int jm, out int jd);
                    sb.Append(" [O.S. ").Append(Messages.MonthNames[jm - 1]).Append(' ').Append(Number(jd)).Append(']');
                }
                sb.Append(", ").Append(DualYear(f) ?? Messages.EnglishYear(y));
                break;
            case DatePrecision.Month:
                sb.Append(Messages.MonthNames[f.Month - 1]).Append(' ').Append(DualYear(f) ?? Messages.EnglishYear(y));
                break;
            case DatePrecision.Season:
                if (f.Month is >= 33 and <= 36)
                {
                    sb.Append('Q').Append(Number(f.Month - 32)).Append(' ').Append(Messages.EnglishYear(y));   // Q2 1944
                    break;
                }
                if (f.Month is 40 or 41)
                {
                    sb.Append(f.Month == 40 ? "first half of " : "second half of ").Append(Messages.EnglishYear(y));
                    break;
                }
                if (f.Month is < 21 or > 24)
                {
                    return null;
                }
                sb.Append(SeasonNames[f.Month - 21]).Append(' ').Append(Messages.EnglishYear(y));
                break;
            case DatePrecision.Year:
                sb.Append(Messages.EnglishYear(y));
                break;
            default:
                if (!AppendSpan(sb, f.Precision, y))
                {
                    return null;
                }
                break;
        }
        if ((f.Qualifiers & DateQualifiers.Uncertain) != 0)
        {
            sb.Append('?');
        }
        bool dual = (f.Flags & DateFieldFlags.DualDated) != 0 && (f.Precision == DatePrecision.Day && !f.IsJulian || DualYear(f) is not null);
        if (!dual && (forceMark || NeedsMark(f, policy)))
        {
            sb.Append(f.IsJulian ? " O.S." : " N.S.");
        }
        return sb.ToString();
    }

    // 1731/32 for a Julian day or month dual dated in 1732 (an Old Style year, which began on 25 March); 1699/1700.
    private static string? DualYear(in DateFields f)
    {
        if ((f.Flags & DateFieldFlags.DualDated) == 0 || !f.IsJulian || f.Year < 101 || f.Month > 3)
        {
            return null;
        }
        int earlier = f.Year - 1;
        return earlier / 100 == f.Year / 100
            ? Number(earlier) + "/" + (f.Year % 100).ToString("00", CultureInfo.InvariantCulture)
            : Number(earlier) + "/" + Number(f.Year);
    }

    // 1920s · 490s BC · 19th century · 1800s · 5th century BC · 2nd millennium BC
    private static bool AppendSpan(StringBuilder sb, DatePrecision precision, int y)
    {
        int unit = precision switch { DatePrecision.Decade => 10, DatePrecision.Century => 100, _ => 1000 };
        string noun = precision == DatePrecision.Century ? " century" : " millennium";
        if (y > 0)
        {
            if (precision != DatePrecision.Decade && (y - 1) % unit == 0)
            {
                sb.Append(Ordinal((y - 1) / unit + 1)).Append(noun);
                return true;
            }
            // A plural reads as a century when it ends in 00, a decade otherwise (1900s is a century).
            if (precision != DatePrecision.Millennium && y % unit == 0 && (precision == DatePrecision.Century) == (y % 100 == 0))
            {
                sb.Append(Number(y)).Append('s');
                return true;
            }
            return false;
        }
        int bc = 1 - y;   // the first year of the span, BC
        if (precision != DatePrecision.Decade && bc % unit == 0)
        {
            sb.Append(Ordinal(bc / unit)).Append(noun).Append(" BC");
            return true;
        }
        int plural = bc - unit + 1;   // 499 BC to 490 BC is the 490s BC
        if (precision != DatePrecision.Millennium && plural > 0 && plural % unit == 0 && (precision == DatePrecision.Century) == (plural % 100 == 0))
        {
            sb.Append(Number(plural)).Append("s BC");
            return true;
        }
        return false;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Ordinal(int n)
    {
        string suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Number(n) + suffix;
    }
}
