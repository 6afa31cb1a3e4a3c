using HistoricalEvents.Samples.TimelineQuery;

// Without FILE, the bundled cards in samples/data (found from the current or the program's folder upwards).
if (!TimelineQueryArguments.TryParse(args, out _, out string error) && error.StartsWith("no FILE", StringComparison.Ordinal))
{
    string? data = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
        .SelectMany(start => Ancestors(new DirectoryInfo(start)))
        .Select(dir => Path.Combine(dir.FullName, "samples", "data"))
        .FirstOrDefault(Directory.Exists);
    if (data is not null)
        args = [.. args, .. Directory.EnumerateFiles(data, "*.txt").Order(StringComparer.Ordinal)];
}
return TimelineQueryApp.Run(args, Console.In, Console.Out, Console.Error);

static IEnumerable<DirectoryInfo> Ancestors(DirectoryInfo? dir)
{
    for (; dir is not null; dir = dir.Parent)
        yield return dir;
}
