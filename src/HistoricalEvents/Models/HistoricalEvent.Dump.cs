using System.ComponentModel;

namespace HistoricalEvents;

public sealed partial class HistoricalEvent
{
    /// <summary>
    /// A compact row for LINQPad's <c>Dump()</c>, which calls a method of this name by convention (no LINQPad
    /// reference needed): date as written, title, places, summary and first source.
    /// </summary>
    /// <returns>An anonymous object with <c>Date</c>, <c>Title</c>, <c>Places</c>, <c>Summary</c> and <c>Source</c>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => new
    {
        Date = Date.Text ?? Date.ToString(),
        Title,
        Places = string.Join(" | ", Places.Select(p => p.Path)),
        Summary,
        Source = Sources.Count > 0 ? Sources[0].Text : null,
    };
}
