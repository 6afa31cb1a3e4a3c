namespace HistoricalEvents.Samples.TimelinePage;

/// <summary>Finds the card files bundled in samples/data, from the current folder or the program's folder upwards.</summary>
public static class BundledData
{
    /// <summary>The bundled card files, or an empty list when samples/data is not found.</summary>
    public static IReadOnlyList<string> Files()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string folder = Path.Combine(dir.FullName, "samples", "data");
                if (Directory.Exists(folder))
                    return [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)];
            }
        }
        return [];
    }
}
