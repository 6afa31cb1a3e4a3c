namespace HistoricalEvents.Timelines;

/// <summary>One answer of a timeline query: the event, how surely it matches, and its position in the timeline.</summary>
/// <param name="Event">The event.</param>
/// <param name="Certainty">
/// How surely the event matches: <see cref="Certainty.Definitely"/> or <see cref="Certainty.Possibly"/> for queries on
/// dates and periods; always <see cref="Certainty.Definitely"/> for queries whose answer is not uncertain (on this
/// day, place, text, nearest).
/// </param>
/// <param name="Index">The event's position in the timeline (<c>timeline[Index] == Event</c>); queries answer in this order.</param>
public readonly record struct TimelineMatch(HistoricalEvent Event, Certainty Certainty, int Index);

/// <summary>One bar of a histogram: the years a group covers (astronomical, inclusive) and how many events it counts.</summary>
/// <param name="FirstYear">The first year of the group, astronomical (1 BC is 0): 1920 for the 1920s, 1801 for the 19th century, -499 for the 5th century BC.</param>
/// <param name="LastYear">The last year of the group, astronomical.</param>
/// <param name="Count">How many events the group counts.</param>
public readonly record struct TimelineGroup(int FirstYear, int LastYear, int Count);
