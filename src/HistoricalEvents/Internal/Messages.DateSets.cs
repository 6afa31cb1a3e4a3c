namespace HistoricalEvents.Internal;

/// <summary>Messages about sets of dates (EDTF level 2 <c>[…]</c> and <c>{…}</c>).</summary>
internal static partial class Messages
{
    internal const string DateSetKind = "The kind of a set of dates must be OneOf or AllOf.";

    internal const string DateSetEmpty = "A set of dates needs one member at least.";

    internal const string DateSetMember =
        "A member of a set of dates is a single date or an interval with known or open ends; give the alternatives of a one-of date as members of their own, and an unknown end has no place in a set.";

    internal const string DateSetOpenMembers =
        "A set of dates has at most one member open at the start (written first, ..1760-12-03) and one open at the end (written last, 1760-12..).";
}
