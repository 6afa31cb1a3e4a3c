using System.ComponentModel;

namespace HistoricalEvents.Timelines;

public sealed partial class Timeline
{
    /// <summary>
    /// A compact row for LINQPad's <c>Dump()</c>, which calls a method of this name by convention (no LINQPad
    /// reference needed): how many events, places and periods, and the span covered, rather than every event.
    /// </summary>
    /// <returns>An anonymous object with <c>Events</c>, <c>Places</c>, <c>Periods</c>, <c>From</c> and <c>To</c>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => new
    {
        Events = Count,
        Places = Gazetteer.Count,
        Periods = Periods.Count,
        From = Count == 0 ? null : this.Min(e => e.Date.Earliest).ToString("uuuu-MM-dd", null),
        To = Count == 0 ? null : this.Max(e => e.Date.Latest).ToString("uuuu-MM-dd", null),
    };
}
