using System.ComponentModel;

namespace HistoricalEvents;

public sealed partial class EventCard
{
    /// <summary>
    /// A compact row for LINQPad's <c>Dump()</c>, which calls a method of this name by convention (no LINQPad
    /// reference needed): title, headline date and places, how many moments and paragraphs, first source, origin.
    /// </summary>
    /// <returns>An anonymous object with <c>Title</c>, <c>Date</c>, <c>Places</c>, <c>Moments</c>, <c>Paragraphs</c>, <c>Source</c> and <c>From</c>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => new
    {
        Title,
        Date = Headline.Date.Text ?? Headline.Date.ToString(),
        Places = string.Join(" | ", Headline.Places.Select(p => p.Path)),
        Moments = Moments.Count,
        Paragraphs = Narrative.Count,
        Source = Sources.Count > 0 ? Sources[0].Text : null,
        From = File is null ? $"line {Line}" : $"{Path.GetFileName(File)}:{Line}",
    };
}
