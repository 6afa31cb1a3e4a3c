namespace HistoricalEvents.Timelines;

/// <summary>
/// Event positions by where their places are: a grid of one-degree cells, the entries sorted by cell so that each
/// cell is one run (a sorted-by-cell array). A query visits only the cells its box touches, then tests each entry.
/// </summary>
internal sealed class SpatialIndex
{
    private const int Rows = 180, Columns = 360;
    internal const double EarthRadiusKm = 6371.0088;   // IUGG mean radius
    private const double KmPerDegree = Math.PI * EarthRadiusKm / 180;

    private readonly int[] _cellStart;   // Rows * Columns + 1
    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly int[] _positions;

    private SpatialIndex(int[] cellStart, double[] latitudes, double[] longitudes, int[] positions)
    {
        _cellStart = cellStart;
        _latitudes = latitudes;
        _longitudes = longitudes;
        _positions = positions;
    }

    internal long Bytes => 4L * _cellStart.Length + 20L * _positions.Length;

    private static int Cell(double latitude, double longitude)
    {
        int row = Math.Min(Rows - 1, (int)Math.Floor(latitude + 90));
        int column = Math.Min(Columns - 1, (int)Math.Floor(longitude + 180));
        return row * Columns + column;
    }

    /// <summary>Builds the index from (latitude, longitude, timeline position) entries; <see langword="null"/> when there are none.</summary>
    internal static SpatialIndex? Build(List<(double Latitude, double Longitude, int Position)> entries)
    {
        if (entries.Count == 0)
        {
            return null;
        }
        var cellStart = new int[Rows * Columns + 1];
        foreach ((double lat, double lon, _) in entries)
        {
            cellStart[Cell(lat, lon) + 1]++;
        }
        for (int c = 1; c < cellStart.Length; c++)
        {
            cellStart[c] += cellStart[c - 1];
        }
        var next = (int[])cellStart.Clone();
        var latitudes = new double[entries.Count];
        var longitudes = new double[entries.Count];
        var positions = new int[entries.Count];
        // Entries come in timeline order, so each cell's run stays in timeline order.
        foreach ((double lat, double lon, int position) in entries)
        {
            int slot = next[Cell(lat, lon)]++;
            latitudes[slot] = lat;
            longitudes[slot] = lon;
            positions[slot] = position;
        }
        return new SpatialIndex(cellStart, latitudes, longitudes, positions);
    }

    /// <summary>The positions of entries inside the box (edges included); a box with west &gt; east crosses the antimeridian.</summary>
    internal int[] WithinBox(double south, double west, double north, double east)
    {
        var found = new List<int>();
        if (west <= east)
        {
            Collect(south, west, north, east, found, null);
        }
        else
        {
            Collect(south, west, north, 180, found, null);
            Collect(south, -180, north, east, found, null);
        }
        return SortedDistinct(found);
    }

    /// <summary>The positions of entries within <paramref name="km"/> of the point (great-circle distance).</summary>
    internal int[] WithinDistance(GeoCoordinate center, double km)
    {
        var found = new List<int>();
        double dLat = km / KmPerDegree;
        double south = Math.Max(-90, center.Latitude - dLat), north = Math.Min(90, center.Latitude + dLat);
        double maxAbsLat = Math.Max(Math.Abs(south), Math.Abs(north));
        double cos = Math.Cos(maxAbsLat * Math.PI / 180);
        double dLon = cos <= 1e-9 ? 360 : km / (KmPerDegree * cos);
        Func<int, bool> near = slot => DistanceKm(center.Latitude, center.Longitude, _latitudes[slot], _longitudes[slot]) <= km;
        if (north >= 90 || south <= -90 || dLon >= 180)
        {
            Collect(south, -180, north, 180, found, near);
        }
        else
        {
            double west = center.Longitude - dLon, east = center.Longitude + dLon;
            if (west < -180)
            {
                Collect(south, west + 360, north, 180, found, near);
                west = -180;
            }
            if (east > 180)
            {
                Collect(south, -180, north, east - 360, found, near);
                east = 180;
            }
            Collect(south, west, north, east, found, near);
        }
        return SortedDistinct(found);
    }

    private void Collect(double south, double west, double north, double east, List<int> found, Func<int, bool>? accept)
    {
        int rowFrom = Math.Max(0, (int)Math.Floor(south + 90)), rowTo = Math.Min(Rows - 1, (int)Math.Floor(north + 90));
        int colFrom = Math.Max(0, (int)Math.Floor(west + 180)), colTo = Math.Min(Columns - 1, (int)Math.Floor(east + 180));
        for (int row = rowFrom; row <= rowTo; row++)
        {
            // The cells of one row in a column range are one contiguous run of the sorted arrays.
            int from = _cellStart[row * Columns + colFrom], to = _cellStart[row * Columns + colTo + 1];
            for (int slot = from; slot < to; slot++)
            {
                double lat = _latitudes[slot], lon = _longitudes[slot];
                if (lat >= south && lat <= north && lon >= west && lon <= east && (accept is null || accept(slot)))
                {
                    found.Add(_positions[slot]);
                }
            }
        }
    }

    private static int[] SortedDistinct(List<int> found)
    {
        found.Sort();
        int kept = 0;
        for (int i = 0; i < found.Count; i++)
        {
            if (kept == 0 || found[i] != found[kept - 1])
            {
                found[kept++] = found[i];
            }
        }
        return [.. found.GetRange(0, kept)];
    }

    /// <summary>Great-circle distance by the haversine formula on a sphere of the Earth's mean radius.</summary>
    internal static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double ToRadians = Math.PI / 180;
        double dLat = (lat2 - lat1) * ToRadians, dLon = (lon2 - lon1) * ToRadians;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(lat1 * ToRadians) * Math.Cos(lat2 * ToRadians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
