using HistoricalEvents.Text;

namespace HistoricalEvents.Parquet.Tests;

/// <summary>The card files the tests read: the seed card and the bundled data (samples/data).</summary>
internal static class TestFiles
{
    internal static string SeedCard => Path.Combine(AppContext.BaseDirectory, "TestData", "Cards", "000_52881603a37a9534.txt");

    internal static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Samples", name);

    internal static IReadOnlyList<string> Samples { get; } =
        ["battles.txt", "earthquakes.txt", "british-history.txt", "science-and-technology.txt", "football.txt"];

    /// <summary>Every card of a file; a card the reader rejects fails the test (the bundled data has none).</summary>
    internal static List<EventCard> Cards(string path) => [.. CardReader.ReadFile(path).Select(r => r.Value)];

    /// <summary>A temporary file name, deleted when the returned object is disposed.</summary>
    internal static TempFile Temp() => new(Path.Combine(Path.GetTempPath(), $"historical-events-{Guid.NewGuid():N}.parquet"));

    internal sealed class TempFile(string path) : IDisposable
    {
        public string Path { get; } = path;

        public void Dispose() => File.Delete(Path);
    }
}
