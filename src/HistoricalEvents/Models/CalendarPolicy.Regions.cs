using System.Collections.Frozen;
using NodaTime;

namespace HistoricalEvents;

public sealed partial class CalendarPolicy
{
    /// <summary>Italy, Spain, Portugal and Poland–Lithuania: Julian 4 October 1582 was followed by Gregorian 15 October 1582 (the default's switch).</summary>
    public static CalendarPolicy CatholicEurope { get; } = new(1582, 10, 15);

    /// <summary>France: 9 December 1582 was followed by 20 December 1582.</summary>
    public static CalendarPolicy France { get; } = new(1582, 12, 20);

    /// <summary>Holland and Zeeland (and the provinces that followed them): 21 December 1582 was followed by 1 January 1583.</summary>
    public static CalendarPolicy Holland { get; } = new(1583, 1, 1);

    /// <summary>Bavaria and the Catholic German states: 5 October 1583 was followed by 16 October 1583.</summary>
    public static CalendarPolicy CatholicGermany { get; } = new(1583, 10, 16);

    /// <summary>Bohemia and Moravia: 6 January 1584 was followed by 17 January 1584.</summary>
    public static CalendarPolicy Bohemia { get; } = new(1584, 1, 17);

    /// <summary>The Catholic Swiss cantons: 11 January 1584 was followed by 22 January 1584.</summary>
    public static CalendarPolicy CatholicSwitzerland { get; } = new(1584, 1, 22);

    /// <summary>Hungary: 21 October 1587 was followed by 1 November 1587.</summary>
    public static CalendarPolicy Hungary { get; } = new(1587, 11, 1);

    /// <summary>The Duchy of Prussia: 22 August 1610 was followed by 2 September 1610.</summary>
    public static CalendarPolicy Prussia { get; } = new(1610, 9, 2);

    /// <summary>The Protestant German states: 18 February 1700 was followed by 1 March 1700.</summary>
    public static CalendarPolicy ProtestantGermany { get; } = new(1700, 3, 1);

    /// <summary>Denmark–Norway: 18 February 1700 was followed by 1 March 1700.</summary>
    public static CalendarPolicy DenmarkNorway { get; } = new(1700, 3, 1);

    /// <summary>The Protestant Swiss cantons (Zürich, Bern, Basel…): 31 December 1700 was followed by 12 January 1701.</summary>
    public static CalendarPolicy ProtestantSwitzerland { get; } = new(1701, 1, 12);

    /// <summary>Great Britain, Ireland and the British colonies: 2 September 1752 was followed by 14 September 1752.</summary>
    public static CalendarPolicy GreatBritain { get; } = new(1752, 9, 14);

    /// <summary>Sweden and Finland: 17 February 1753 was followed by 1 March 1753.</summary>
    public static CalendarPolicy Sweden { get; } = new(1753, 3, 1);

    /// <summary>Bulgaria: 31 March 1916 was followed by 14 April 1916.</summary>
    public static CalendarPolicy Bulgaria { get; } = new(1916, 4, 14);

    /// <summary>The Ottoman Empire and Turkey: the Julian-based Rumi calendar's 15 February 1917 was followed by 1 March 1917 (from 1926 years were counted AD as well).</summary>
    public static CalendarPolicy Turkey { get; } = new(1917, 3, 1);

    /// <summary>Russia: 31 January 1918 was followed by 14 February 1918.</summary>
    public static CalendarPolicy Russia { get; } = new(1918, 2, 14);

    /// <summary>Greece: 15 February 1923 was followed by 1 March 1923.</summary>
    public static CalendarPolicy Greece { get; } = new(1923, 3, 1);

    /// <summary>
    /// Every named policy by its name (<c>great-britain</c>, <c>russia</c>…, and <c>encyclopedic</c>, <c>gregorian</c>,
    /// <c>julian</c>), names compared without case. docs/dates.md gives the sources of each switch day.
    /// </summary>
    public static IReadOnlyDictionary<string, CalendarPolicy> Named { get; } = new Dictionary<string, CalendarPolicy>(StringComparer.OrdinalIgnoreCase)
    {
        ["encyclopedic"] = Encyclopedic,
        ["gregorian"] = ProlepticGregorian,
        ["julian"] = ProlepticJulian,
        ["catholic-europe"] = CatholicEurope,
        ["italy"] = CatholicEurope,
        ["spain"] = CatholicEurope,
        ["portugal"] = CatholicEurope,
        ["poland"] = CatholicEurope,
        ["france"] = France,
        ["holland"] = Holland,
        ["catholic-germany"] = CatholicGermany,
        ["bavaria"] = CatholicGermany,
        ["bohemia"] = Bohemia,
        ["catholic-switzerland"] = CatholicSwitzerland,
        ["hungary"] = Hungary,
        ["prussia"] = Prussia,
        ["protestant-germany"] = ProtestantGermany,
        ["denmark-norway"] = DenmarkNorway,
        ["denmark"] = DenmarkNorway,
        ["norway"] = DenmarkNorway,
        ["protestant-switzerland"] = ProtestantSwitzerland,
        ["great-britain"] = GreatBritain,
        ["britain"] = GreatBritain,
        ["england"] = GreatBritain,
        ["scotland"] = GreatBritain,
        ["ireland"] = GreatBritain,
        ["british-colonies"] = GreatBritain,
        ["sweden"] = Sweden,
        ["finland"] = Sweden,
        ["bulgaria"] = Bulgaria,
        ["turkey"] = Turkey,
        ["ottoman-empire"] = Turkey,
        ["russia"] = Russia,
        ["greece"] = Greece,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The policy a name gives: a name of <see cref="Named"/>, or an ISO day (<c>1752-09-14</c>), the first
    /// Gregorian day of <see cref="SwitchingOn"/>. False for anything else.
    /// </summary>
    public static bool TryGetNamed(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CalendarPolicy? policy)
    {
        policy = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }
        if (Named.TryGetValue(name.Trim(), out policy))
        {
            return true;
        }
        NodaTime.Text.ParseResult<LocalDate> day = NodaTime.Text.LocalDatePattern.Iso.Parse(name.Trim());
        policy = day.Success ? SwitchingOn(day.Value) : null;
        return policy is not null;
    }
}
