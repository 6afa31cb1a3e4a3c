using System.Collections.Immutable;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents;

/// <summary>
/// A set of dates, as EDTF level 2 writes them: one of several dates (<c>[1667,1668,1670..1672]</c>) or all of
/// them (<c>{1667,1668,1670..1672}</c>), with ranges among the members (<c>1670..1672</c>) and an open first or
/// last member (<c>[..1760-12-03]</c>, on or before 3 December 1760; <c>[1760-01,1760-02,1760-12..]</c>).
/// Immutable and safe to share across threads.
/// </summary>
/// <remarks>
/// <para>
/// Each member is a <see cref="HistoricalDate"/>: a single date, or for a range the interval of it
/// (<c>1670..1672</c> is the interval 1670/1672; <c>..1760-12-03</c> an interval open at the start). A set is
/// unordered: the members are kept in a canonical order (a member open at the start first, one open at the end
/// last, the others as <see cref="HistoricalDate.CompareTo(HistoricalDate)"/> orders them), so
/// <c>[1668,1667]</c> equals <c>[1667,1668]</c> and is written <c>[1667,1668]</c>. Members written twice are kept
/// twice: nothing read is dropped.
/// </para>
/// <para>
/// <see cref="HistoricalDate"/> holds a one-of set of two single dates itself (<see cref="HistoricalDateKind.OneOf"/>);
/// this type holds any number of members and ranges. Its bounds (<see cref="Earliest"/>, <see cref="Latest"/>,
/// <see cref="EarliestYear"/>, <see cref="LatestYear"/>) cover every member; <see cref="Envelope"/> is the interval
/// they span, which timelines and indexes that take one <see cref="HistoricalDate"/> can use.
/// </para>
/// </remarks>
public sealed class HistoricalDateSet : IEquatable<HistoricalDateSet>
{
    private HistoricalDateSet(HistoricalDateSetKind kind, ImmutableArray<HistoricalDate> members, HistoricalDate envelope, string? text)
    {
        Kind = kind;
        Members = members;
        Envelope = envelope;
        Text = text;
    }

    /// <summary>Whether the set means one of its members or all of them.</summary>
    public HistoricalDateSetKind Kind { get; }

    /// <summary>The members in canonical order (see the remarks on the type); never empty.</summary>
    public ImmutableArray<HistoricalDate> Members { get; }

    /// <summary>
    /// The interval from the start of the earliest member to the end of the latest (the member itself when there is
    /// one): what the set spans, for a timeline or an index that takes one date. It does not say which days inside
    /// are meant: relate the set itself for that.
    /// </summary>
    public HistoricalDate Envelope { get; }

    /// <summary>The text the set was read from, or <see langword="null"/> for a set built in code. Not part of equality.</summary>
    public string? Text { get; }

    /// <summary>The first day any member can mean, on the proleptic Gregorian (ISO) axis.</summary>
    /// <exception cref="InvalidOperationException">The earliest member starts in a year with no days (<see cref="HasDayBounds"/>).</exception>
    public LocalDate Earliest => Envelope.Earliest;

    /// <summary>The last day any member can mean, on the proleptic Gregorian (ISO) axis.</summary>
    /// <exception cref="InvalidOperationException">The latest member ends in a year with no days (<see cref="HasDayBounds"/>).</exception>
    public LocalDate Latest => Envelope.Latest;

    /// <summary>The astronomical year of <see cref="Earliest"/>, or the first year of prehistory a member starts in.</summary>
    public long EarliestYear => Envelope.EarliestYear;

    /// <summary>The astronomical year of <see cref="Latest"/>, or the last far year a member ends in.</summary>
    public long LatestYear => Envelope.LatestYear;

    /// <summary>Whether <see cref="Earliest"/> and <see cref="Latest"/> are days (see <see cref="HistoricalDate.HasDayBounds"/>).</summary>
    public bool HasDayBounds => Envelope.HasDayBounds;

    /// <summary>One of <paramref name="members"/>: EDTF <c>[…]</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Create"/>.</exception>
    public static HistoricalDateSet OneOf(IEnumerable<HistoricalDate> members) => Create(HistoricalDateSetKind.OneOf, members);

    /// <summary>All of <paramref name="members"/>: EDTF <c>{…}</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Create"/>.</exception>
    public static HistoricalDateSet AllOf(IEnumerable<HistoricalDate> members) => Create(HistoricalDateSetKind.AllOf, members);

    /// <summary>
    /// A set of the given kind. Each member is a single date or an interval (a range); the set needs one member
    /// at least, no member that is itself one of two dates (<see cref="HistoricalDateKind.OneOf"/>: give its
    /// alternatives as members) or has an unknown end, and at most one member open at the start and one open at
    /// the end (EDTF writes them first and last).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">The members break a rule above, or <paramref name="kind"/> is not a defined value.</exception>
    public static HistoricalDateSet Create(HistoricalDateSetKind kind, IEnumerable<HistoricalDate> members)
    {
        Preconditions.CheckNotNull(members);
        Preconditions.CheckArgument(kind is HistoricalDateSetKind.OneOf or HistoricalDateSetKind.AllOf, Messages.DateSetKind, nameof(kind));
        HistoricalDate[] array = members.ToArray();
        string? problem = Check(array);
        Preconditions.CheckArgument(problem is null, problem!, nameof(members));
        return FromChecked(kind, array, null);
    }

    /// <summary>Why these members do not make a set, or null.</summary>
    internal static string? Check(ReadOnlySpan<HistoricalDate> members)
    {
        if (members.IsEmpty)
        {
            return Messages.DateSetEmpty;
        }
        int openStarts = 0, openEnds = 0;
        foreach (HistoricalDate m in members)
        {
            if (m.Kind == HistoricalDateKind.OneOf || m.StartEnd == IntervalEnd.Unknown || m.EndEnd == IntervalEnd.Unknown)
            {
                return Messages.DateSetMember;
            }
            openStarts += m.StartEnd == IntervalEnd.Open ? 1 : 0;
            openEnds += m.EndEnd == IntervalEnd.Open ? 1 : 0;
        }
        return openStarts > 1 || openEnds > 1 ? Messages.DateSetOpenMembers : null;
    }

    /// <summary>Builds a set from members that <see cref="Check"/> accepts; sorts the array given (which it takes over).</summary>
    internal static HistoricalDateSet FromChecked(HistoricalDateSetKind kind, HistoricalDate[] members, string? text)
    {
        Array.Sort(members, CompareMembers);
        HistoricalDate first = members[0], last = members[0];
        foreach (HistoricalDate m in members)
        {
            if (m.EarliestDay < first.EarliestDay || (m.EarliestDay == first.EarliestDay && m.StartEnd == IntervalEnd.Open))
            {
                first = m;
            }
            if (m.LatestDay > last.LatestDay || (m.LatestDay == last.LatestDay && m.EndEnd == IntervalEnd.Open))
            {
                last = m;
            }
        }
        HistoricalDate envelope = members.Length == 1 ? members[0].WithText(null) : HistoricalDate.Interval(first, last);
        return new HistoricalDateSet(kind, ImmutableArray.Create(members), envelope, text);
    }

    // A member open at the start first and one open at the end last (where EDTF writes them), the rest in date order.
    private static int CompareMembers(HistoricalDate a, HistoricalDate b)
    {
        int c = Rank(a).CompareTo(Rank(b));
        return c != 0 ? c : a.CompareTo(b);

        static int Rank(HistoricalDate m) => m.StartEnd == IntervalEnd.Open ? 0 : m.EndEnd == IntervalEnd.Open ? 2 : 1;
    }

    /// <summary>Returns a copy of this set carrying the given source text.</summary>
    public HistoricalDateSet WithText(string? text) => new(Kind, Members, Envelope, text);

    /// <summary>
    /// Whether the set lies before <paramref name="other"/> (read naturally). One of the members: each member is
    /// one day somewhere in its bounds (a range <c>1670..1672</c> is one of its years), and the relation holds
    /// definitely when it does for every member, not when it does for none, possibly otherwise. All of them: each
    /// member is read naturally (a range as the span of all its days), and the relation holds definitely when it
    /// does for every member, not when it does not for some member, possibly otherwise.
    /// </summary>
    public Certainty IsBefore(HistoricalDate other) => Combine(other, static (m, r, o) => m.IsBeforeReading(o, r));

    /// <summary>Whether the set lies after <paramref name="other"/>, combined over the members as <see cref="IsBefore"/> says.</summary>
    public Certainty IsAfter(HistoricalDate other) => Combine(other, static (m, r, o) => m.IsAfterReading(o, r));

    /// <summary>Whether the set shares a day with <paramref name="other"/>, combined over the members as <see cref="IsBefore"/> says.</summary>
    public Certainty Overlaps(HistoricalDate other) => Combine(other, static (m, r, o) => m.OverlapsReading(o, r));

    /// <summary>Whether the set lies inside <paramref name="other"/> (read as a span), combined over the members as <see cref="IsBefore"/> says.</summary>
    public Certainty IsDuring(HistoricalDate other) => Combine(other, static (m, r, o) => m.IsDuringReading(o, r));

    private Certainty Combine(HistoricalDate other, Func<HistoricalDate, DateReading, HistoricalDate, Certainty> relation)
    {
        bool all = true, none = true, someNot = false;
        foreach (HistoricalDate m in Members)
        {
            Certainty c = relation(m, Kind == HistoricalDateSetKind.OneOf ? DateReading.Moment : m.NaturalReading, other);
            all &= c == Certainty.Definitely;
            none &= c == Certainty.Not;
            someNot |= c == Certainty.Not;
        }
        if (all)
        {
            return Certainty.Definitely;
        }
        if (Kind == HistoricalDateSetKind.OneOf)
        {
            return none ? Certainty.Not : Certainty.Possibly;
        }
        return someNot ? Certainty.Not : Certainty.Possibly;
    }

    /// <summary>Reads an EDTF set (<c>[1667,1668,1670..1672]</c>, <c>{1960,1961-12}</c>) with <see cref="EdtfPattern.Default"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="HistoricalParseException">The text is not an EDTF set; the message gives the column.</exception>
    public static HistoricalDateSet ParseEdtf(string text) => EdtfPattern.Default.ParseSet(text).Value;

    /// <summary>Writes the set as EDTF (<c>[1667,1668,1670..1672]</c>), which <see cref="ParseEdtf"/> reads back.</summary>
    public string ToEdtfString() => EdtfPattern.Default.FormatSet(this);

    /// <summary>The set as EDTF; see <see cref="ToEdtfString"/>.</summary>
    public override string ToString() => ToEdtfString();

    /// <summary>Whether two sets have the same kind and members (in canonical order); <see cref="Text"/> is not compared.</summary>
    public bool Equals(HistoricalDateSet? other) =>
        other is not null && (ReferenceEquals(this, other) || (Kind == other.Kind && Members.AsSpan().SequenceEqual(other.Members.AsSpan())));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HistoricalDateSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        foreach (HistoricalDate m in Members)
        {
            hash.Add(m);
        }
        return hash.ToHashCode();
    }

    /// <summary>Whether two sets are equal (see <see cref="Equals(HistoricalDateSet)"/>).</summary>
    public static bool operator ==(HistoricalDateSet? left, HistoricalDateSet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two sets differ.</summary>
    public static bool operator !=(HistoricalDateSet? left, HistoricalDateSet? right) => !(left == right);
}
