using System.Globalization;
using System.Text;
using HistoricalEvents;
using HistoricalEvents.Text;

// The seed card, embedded in this program.
string seed;
using (Stream stream = typeof(Program).Assembly.GetManifestResourceStream("Quickstart.seed.txt")!)
using (var reader = new StreamReader(stream, Encoding.UTF8))
{
    seed = reader.ReadToEnd();
}

// Parse returns a result: a card, or an error with its line and column.
ParseResult<EventCard> result = CardReader.Parse(seed);
if (!result.TryGetValue(out EventCard? card))
{
    Console.Error.WriteLine(result.Error);
    return 1;
}

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.WriteLine(card.Title);
Console.WriteLine();
foreach (HistoricalEvent e in card.Events)
{
    // Each event has its own date (with its precision and bounds) and its places, each inside its enclosing places.
    string earliest = e.Date.Earliest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    string latest = e.Date.Latest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    Console.WriteLine($"{e.Date.Text,-15} {e.Date.Precision,-4} EDTF {e.Date.ToEdtfString(),-11} {earliest} to {latest}   (line {e.Origin?.Line})");
    Console.WriteLine($"  {e.Summary}");
    foreach (Place place in e.Places)
    {
        string within = place.Parent is null ? "" : $" (in {place.Parent.Path})";
        Console.WriteLine($"  at {place.Name}{within}");
    }
}

string first = card.Narrative[0];
int end = first.IndexOf(". ", StringComparison.Ordinal);
Console.WriteLine();
Console.WriteLine(end < 0 ? first : first[..(end + 1)]);
Console.WriteLine($"Source: {card.Sources[0].Description}");
return 0;
