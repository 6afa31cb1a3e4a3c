using System.Globalization;
using HistoricalEvents.Internal;
using HistoricalEvents.Text;

namespace HistoricalEvents;

/// <summary>
/// A point on the Earth in decimal degrees (WGS 84, as GeoJSON and Wikidata's P625 use): latitude −90…90, north
/// positive; longitude −180…180, east positive. Immutable.
/// </summary>
/// <remarks>
/// The text form is <c>latitude, longitude</c> in invariant decimal notation, latitude first as people and
/// gazetteers write it (GeoJSON writes longitude first; its exporter swaps them): <c>40.4093, 49.8671</c>.
/// Equality is exact on both numbers; the text as written is not kept here (a <see cref="Place"/> keeps it).
/// </remarks>
public readonly struct GeoCoordinate : IEquatable<GeoCoordinate>
{
    /// <summary>Separates latitude from longitude in the text form.</summary>
    public const string Separator = ", ";

    /// <summary>A coordinate at <paramref name="latitude"/>, <paramref name="longitude"/> in decimal degrees.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The latitude is outside −90…90 or the longitude outside −180…180 (or either is not a number).</exception>
    public GeoCoordinate(double latitude, double longitude)
    {
        if (!IsLatitude(latitude))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, Messages.LatitudeRange);
        }
        if (!IsLongitude(longitude))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, Messages.LongitudeRange);
        }
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Degrees north of the equator (negative: south), −90…90.</summary>
    public double Latitude { get; }

    /// <summary>Degrees east of the prime meridian (negative: west), −180…180.</summary>
    public double Longitude { get; }

    /// <summary>Reads <c>latitude, longitude</c> in decimal degrees, such as <c>40.4093, 49.8671</c>.</summary>
    /// <exception cref="HistoricalParseException">The text is not two decimal numbers in range separated by a comma.</exception>
    public static GeoCoordinate Parse(string text) => TryParse(Preconditions.CheckNotNull(text)).Value;

    /// <summary>Reads <c>latitude, longitude</c> in decimal degrees, reporting bad text with its column (1-based, in <paramref name="text"/>) instead of throwing.</summary>
    public static ParseResult<GeoCoordinate> TryParse(ReadOnlySpan<char> text)
    {
        int comma = text.IndexOf(',');
        if (comma < 0)
        {
            return Fail(text, 0, text.Length, Messages.CoordinatesExpected);
        }
        if (!TryReadDegrees(text, 0, comma, out double latitude, out int latStart, out int latEnd) || !IsLatitude(latitude))
        {
            return Fail(text, latStart, latEnd, Messages.LatitudeExpected);
        }
        if (!TryReadDegrees(text, comma + 1, text.Length, out double longitude, out int lonStart, out int lonEnd) || !IsLongitude(longitude))
        {
            return Fail(text, lonStart, lonEnd, Messages.LongitudeExpected);
        }
        return ParseResult<GeoCoordinate>.ForValue(new GeoCoordinate(latitude, longitude));
    }

    /// <summary>The text form, <c>latitude, longitude</c>, which <see cref="Parse"/> reads back to an equal value.</summary>
    public override string ToString() => Degrees(Latitude) + Separator + Degrees(Longitude);

    // The shortest text that reads back to the same double, in plain decimal notation: "R" switches to an exponent
    // below 1e-4, which the reader does not accept, so such values get the fewest fixed decimals that round-trip.
    private static string Degrees(double value)
    {
        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if (shortest.IndexOf('E') < 0)
        {
            return shortest;
        }
        for (int decimals = 5; ; decimals++)
        {
            string fixedText = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(fixedText, CultureInfo.InvariantCulture) == value)
            {
                return fixedText;
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(GeoCoordinate other) => Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GeoCoordinate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Latitude, Longitude);

    /// <summary>Whether two coordinates are the same point.</summary>
    public static bool operator ==(GeoCoordinate left, GeoCoordinate right) => left.Equals(right);

    /// <summary>Whether two coordinates are different points.</summary>
    public static bool operator !=(GeoCoordinate left, GeoCoordinate right) => !left.Equals(right);

    private static bool IsLatitude(double value) => value is >= -90 and <= 90;

    private static bool IsLongitude(double value) => value is >= -180 and <= 180;

    // A plain signed decimal: optional '-', digits, optional '.' and digits. No exponent, no thousands separators,
    // no "NaN"/"Infinity", so nothing culture- or format-dependent is accepted.
    private static bool TryReadDegrees(ReadOnlySpan<char> text, int start, int end, out double value, out int s, out int e)
    {
        s = start;
        e = end;
        while (s < e && text[s] == ' ') s++;
        while (e > s && text[e - 1] == ' ') e--;
        value = 0;
        ReadOnlySpan<char> number = text[s..e];
        int i = number.Length > 0 && number[0] == '-' ? 1 : 0;
        int digits = 0, dots = 0;
        for (; i < number.Length; i++)
        {
            if (char.IsAsciiDigit(number[i]))
            {
                digits++;
            }
            else if (number[i] == '.' && dots == 0 && digits > 0)
            {
                dots++;
            }
            else
            {
                return false;
            }
        }
        return digits > 0 && number[^1] != '.'
            && double.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static ParseResult<GeoCoordinate> Fail(ReadOnlySpan<char> text, int start, int end, string expected) =>
        ParseResult<GeoCoordinate>.ForError(new ParseError(new TextPosition(1, start + 1),
            end > start ? Messages.Quote(text[start..end]) : Messages.EndOfInput, expected));
}
