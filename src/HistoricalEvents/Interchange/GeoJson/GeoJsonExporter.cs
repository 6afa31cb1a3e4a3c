using System.Globalization;
using System.Text.Json;
using HistoricalEvents.Internal;

namespace HistoricalEvents.Interchange;

/// <summary>
/// Writes events that have coordinates as a GeoJSON (RFC 7946) <c>FeatureCollection</c> of <c>Point</c> features,
/// for Leaflet, kepler.gl and QGIS's temporal controller: each feature's properties carry the title, summary, EDTF
/// date, earliest and latest days (ISO 8601), precision, calendar and certainty. See docs/interchange.md.
/// </summary>
public static class GeoJsonExporter
{
    /// <summary>
    /// Writes one feature per event whose places have coordinates (at the first such place); events without any are
    /// left out. Returns how many features were written.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    public static int Write(IEnumerable<HistoricalEvent> events, Stream stream, bool indented = false)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        int count = 0;
        foreach (HistoricalEvent e in events)
        {
            Preconditions.CheckNotNull(e);
            Place? place = e.Places.FirstOrDefault(p => p.Coordinates is not null);
            if (place is null)
            {
                continue;
            }
            GeoCoordinate at = place.Coordinates!.Value;
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            // GeoJSON positions are longitude first.
            json.WriteNumberValue(at.Longitude);
            json.WriteNumberValue(at.Latitude);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            WriteProperties(json, e, place);
            json.WriteEndObject();
            json.WriteEndObject();
            count++;
        }
        json.WriteEndArray();
        json.WriteEndObject();
        return count;
    }

    /// <summary>Writes every event of <paramref name="cards"/> that has coordinates (a moment is titled by its card).</summary>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    public static int Write(IEnumerable<EventCard> cards, Stream stream, bool indented = false)
    {
        Preconditions.CheckNotNull(cards);
        return Write(cards.SelectMany(c => Preconditions.CheckNotNull(c).Events), stream, indented);
    }

    private static void WriteProperties(Utf8JsonWriter json, HistoricalEvent e, Place place)
    {
        string? title = e.Title ?? e.Origin?.CardTitle;
        if (title is not null)
        {
            json.WriteString("title", title);
        }
        json.WriteString("summary", e.Summary);
        json.WriteString("date", e.Date.ToEdtfString());
        json.WriteString("display_date", e.Date.ToString());
        // Open and unknown interval ends reach the end of the axis; they are left out rather than written as -9998 or 9999.
        bool openStart = e.Date.Kind == HistoricalDateKind.Interval && e.Date.StartEnd != IntervalEnd.Known;
        bool openEnd = e.Date.Kind == HistoricalDateKind.Interval && e.Date.EndEnd != IntervalEnd.Known;
        if (!openStart)
        {
            json.WriteString("earliest", IsoDay(e.Date.Earliest));
        }
        else
        {
            json.WriteNull("earliest");
        }
        if (!openEnd)
        {
            json.WriteString("latest", IsoDay(e.Date.Latest));
        }
        else
        {
            json.WriteNull("latest");
        }
        json.WriteString("precision", Lower(e.Date.Precision.ToString()));
        json.WriteString("calendar", Lower(e.Date.Calendar.ToString()));
        json.WriteString("certainty", Certainty(e.Date.Qualifiers));
        json.WriteString("place", place.Path);
        json.WriteStartArray("places");
        foreach (Place p in e.Places)
        {
            json.WriteStringValue(p.Path);
        }
        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (Source s in e.Sources)
        {
            json.WriteStringValue(s.Text);
        }
        json.WriteEndArray();
    }

    /// <summary>ISO 8601 day on the proleptic Gregorian axis, astronomical years (<c>-0043-03-13</c>).</summary>
    internal static string IsoDay(NodaTime.LocalDate day) =>
        day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Lower(string name) => name.ToLowerInvariant();

    private static string Certainty(DateQualifiers qualifiers) => qualifiers switch
    {
        DateQualifiers.Approximate => "approximate",
        DateQualifiers.Uncertain => "uncertain",
        DateQualifiers.ApproximateAndUncertain => "approximate and uncertain",
        _ => "certain",
    };
}
