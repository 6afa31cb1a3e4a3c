namespace HistoricalEvents.Tests.Text.Cards;

/// <summary>The seed card and small cards for building test inputs.</summary>
internal static class CardTestData
{
    internal const string SeedFileName = "000_52881603a37a9534.txt";

    /// <summary>The seed file: the copy in TestData (so a plain clone runs), else the shared seed beside the repository.</summary>
    internal static string SeedPath
    {
        get
        {
            string copy = Path.Combine(AppContext.BaseDirectory, "TestData", "Cards", SeedFileName);
            if (File.Exists(copy))
            {
                return copy;
            }
            return Path.Combine(RepositoryRoot, "..", "shared", "seed", SeedFileName);
        }
    }

    internal static string RepositoryRoot
    {
        get
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HistoricalEvents.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("HistoricalEvents.sln not found above " + AppContext.BaseDirectory);
        }
    }

    internal static byte[] SeedBytes => File.ReadAllBytes(SeedPath);

    /// <summary>The seed as text (UTF-8, no byte-order mark in the file).</summary>
    internal static string Seed => File.ReadAllText(SeedPath);

    /// <summary>A small valid card of five lines.</summary>
    internal static string Small(string title, string date = "1066 · Hastings, England") =>
        $"{title}\n{date}\nSomething happened.\nIt was told in a paragraph.\nSource: example.org";
}
