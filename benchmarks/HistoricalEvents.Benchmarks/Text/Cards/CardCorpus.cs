using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HistoricalEvents.Benchmarks.Text.Cards;

/// <summary>
/// A deterministic corpus of realistic event cards (seeded <see cref="Random"/>), at least 10 MB of UTF-8 card text,
/// and the same events as a JSON document of <see cref="CardDto"/> objects (dates as strings, as JSON carries them).
/// </summary>
public sealed class CardCorpus
{
    /// <summary>The smallest card text generated, in bytes.</summary>
    public const int MinimumBytes = 10 * 1024 * 1024;

    private static readonly Lazy<CardCorpus> Shared = new(() => new CardCorpus(seed: 2026));

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Places =
    [
        "Baku", "Azerbaijan", "Paris", "France", "Hastings", "England", "Rome", "Italy", "Kyiv", "Ukraine", "Soviet Union",
        "Vienna", "Austria", "Kraków", "Poland", "Lisbon", "Portugal", "Delhi", "India", "Kyoto", "Japan", "Cusco", "Peru",
    ];

    private static readonly string[] Words =
    [
        "the", "of", "and", "empire", "war", "treaty", "city", "army", "king", "republic", "independence", "revolution",
        "government", "people", "region", "power", "trade", "church", "council", "border", "oil", "reform", "union",
        "declared", "signed", "crossed", "seized", "founded", "collapsed", "established", "following", "despite", "under",
        "significant", "strategic", "political", "economic", "military", "Azerbaijan’s", "Soviet", "Caucasus", "Bolsheviks",
    ];

    private CardCorpus(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(MinimumBytes + (1 << 16));
        var cards = new List<CardDto>();
        int bytes = 0;
        while (bytes < MinimumBytes)
        {
            CardDto card = NextCard(random);
            string cardText = Write(card);
            if (cards.Count > 0)
            {
                text.Append("\n\n");
            }
            text.Append(cardText);
            bytes += Encoding.UTF8.GetByteCount(cardText) + 2;
            cards.Add(card);
        }
        CardText = Encoding.UTF8.GetBytes(text.ToString());
        Json = JsonSerializer.SerializeToUtf8Bytes(cards);
        CardCount = cards.Count;
    }

    /// <summary>The shared corpus.</summary>
    public static CardCorpus Instance => Shared.Value;

    /// <summary>The cards as UTF-8 card text, separated by blank lines.</summary>
    public byte[] CardText { get; }

    /// <summary>The same events as a UTF-8 JSON array.</summary>
    public byte[] Json { get; }

    /// <summary>How many cards.</summary>
    public int CardCount { get; }

    private static CardDto NextCard(Random random)
    {
        var moments = new List<MomentDto>();
        for (int i = random.Next(3); i > 0; i--)
        {
            moments.Add(new MomentDto { Date = NextDate(random), Summary = Sentence(random, 10, 16), Places = [NextPlace(random), NextPlace(random)] });
        }
        var narrative = new List<string>();
        for (int i = random.Next(4, 9); i > 0; i--)
        {
            var paragraph = new StringBuilder();
            for (int s = random.Next(3, 6); s > 0; s--)
            {
                paragraph.Append(paragraph.Length == 0 ? "" : " ").Append(Sentence(random, 12, 24));
            }
            narrative.Add(paragraph.ToString());
        }
        return new CardDto
        {
            Title = Title(random),
            Date = NextDate(random),
            Place = NextPlace(random),
            Summary = Sentence(random, 10, 18),
            Moments = moments,
            Narrative = narrative,
            Sources = ["en.wikipedia.org"],
        };
    }

    private static string NextDate(Random random) => random.Next(4) switch
    {
        0 => random.Next(1, 800).ToString(CultureInfo.InvariantCulture) + " BC",
        1 => random.Next(1000, 2025).ToString(CultureInfo.InvariantCulture),
        _ => $"{Months[random.Next(12)]} {random.Next(1, 29)}, {random.Next(1000, 2025)}",
    };

    private static string NextPlace(Random random) =>
        random.Next(2) == 0 ? Places[random.Next(Places.Length)] : $"{Places[random.Next(Places.Length)]}, {Places[random.Next(Places.Length)]}";

    private static string Title(Random random)
    {
        var title = new StringBuilder();
        for (int i = random.Next(4, 9); i > 0; i--)
        {
            string word = Words[random.Next(Words.Length)];
            title.Append(title.Length == 0 ? "" : " ").Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }
        return title.ToString();
    }

    private static string Sentence(Random random, int minWords, int maxWords)
    {
        var sentence = new StringBuilder();
        for (int i = random.Next(minWords, maxWords); i > 0; i--)
        {
            string word = Words[random.Next(Words.Length)];
            if (sentence.Length == 0)
            {
                sentence.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
            else
            {
                sentence.Append(random.Next(10) == 0 ? ", " : " ").Append(word);
            }
        }
        return sentence.Append('.').ToString();
    }

    private static string Write(CardDto card)
    {
        var text = new StringBuilder();
        text.Append(card.Title).Append('\n').Append(card.Date).Append(" · ").Append(card.Place).Append('\n').Append(card.Summary).Append('\n');
        foreach (MomentDto moment in card.Moments)
        {
            text.Append(moment.Date).Append('\n').Append(moment.Summary).Append('\n').AppendJoin(" | ", moment.Places).Append('\n');
        }
        foreach (string paragraph in card.Narrative)
        {
            text.Append(paragraph).Append('\n');
        }
        return text.Append("Source: ").AppendJoin("\nSource: ", card.Sources).ToString();
    }
}

/// <summary>A card as plain JSON data: strings for dates and places, as a JSON producer would send it.</summary>
public sealed class CardDto
{
    /// <summary>The title.</summary>
    public string Title { get; set; } = "";

    /// <summary>The headline date, as written.</summary>
    public string Date { get; set; } = "";

    /// <summary>The headline place path.</summary>
    public string Place { get; set; } = "";

    /// <summary>The headline summary.</summary>
    public string Summary { get; set; } = "";

    /// <summary>The moments.</summary>
    public List<MomentDto> Moments { get; set; } = [];

    /// <summary>The narrative paragraphs.</summary>
    public List<string> Narrative { get; set; } = [];

    /// <summary>The sources.</summary>
    public List<string> Sources { get; set; } = [];
}

/// <summary>A moment as plain JSON data.</summary>
public sealed class MomentDto
{
    /// <summary>The date, as written.</summary>
    public string Date { get; set; } = "";

    /// <summary>The summary.</summary>
    public string Summary { get; set; } = "";

    /// <summary>The place paths.</summary>
    public List<string> Places { get; set; } = [];
}
