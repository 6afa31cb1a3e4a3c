using System.Diagnostics.CodeAnalysis;

namespace HistoricalEvents.Text;

internal sealed partial class CardParser
{
    /// <summary>
    /// Reads <paramref name="date"/> again under the calendar policy of the first of <paramref name="places"/> listed in
    /// <see cref="CardReaderOptions.PlaceCalendarPolicies"/> (opt-in); unchanged when none is listed or the policy is the same.
    /// </summary>
    private bool TryDateAtPlaces(ref HistoricalDate date, Place[] places, long lineNumber, [NotNullWhen(false)] out ParseError? error)
    {
        error = null;
        if (_options.PlaceCalendarPolicies is not { Count: > 0 } map || date.Text is not { } text ||
            PolicyAt(map, places) is not { } policy || policy.Equals(_dates.Policy))
        {
            return true;
        }
        ParseResult<HistoricalDate> again = _dates.WithCalendarPolicy(policy).Parse(text);
        if (!again.Success)
        {
            error = Error(lineNumber, again.Error.Column, again.Error.Found, again.Error.Expected);
            return false;
        }
        date = again.Value;
        return true;
    }

    private static CalendarPolicy? PolicyAt(IReadOnlyDictionary<string, CalendarPolicy> map, Place[] places)
    {
        foreach (Place place in places)
        {
            if (map.TryGetValue(place.Path, out CalendarPolicy? policy))
            {
                return policy;
            }
            for (Place? p = place; p is not null; p = p.Parent)
            {
                if (map.TryGetValue(p.Name, out policy))
                {
                    return policy;
                }
            }
        }
        return null;
    }
}
