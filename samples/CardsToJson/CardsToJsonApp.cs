using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HistoricalEvents.Text;

namespace HistoricalEvents.Samples.CardsToJson;

/// <summary>
/// The CardsToJson command: reads event cards from files (or standard input) and writes one JSON object per card,
/// one per line. Errors go to standard error as <c>FILE:LINE:COLUMN: message</c>.
/// </summary>
public static class CardsToJsonApp
{
    /// <summary>Every card parsed.</summary>
    public const int Success = 0;

    /// <summary>Some cards failed (the good ones were still written).</summary>
    public const int SomeCardsFailed = 1;

    /// <summary>Bad arguments, or a file that could not be read.</summary>
    public const int BadArguments = 2;

    /// <summary>The name standard input has in the output and in errors.</summary>
    public const string StandardInputName = "<stdin>";

    private const string Usage = "usage: CardsToJson [--] [FILE...]   (no FILE, or -: read standard input; after --, names starting with - are files)";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Runs the command with standard input already decoded as text; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, options => CardReader.ReadAll(stdin, options), stdout, stderr);
    }

    /// <summary>
    /// Runs the command with standard input as bytes, read like a file: UTF-8, or UTF-16 after its byte-order mark,
    /// invalid UTF-8 an error at its line and column. Returns the exit code.
    /// </summary>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, options => CardReader.ReadAll(stdin, options), stdout, stderr);
    }

    private static int Run(string[] args, Func<CardReaderOptions, IEnumerable<ParseResult<EventCard>>> readStdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        int dashDash = Array.IndexOf(args, "--");
        string[] files = dashDash < 0 ? args : [.. args[..dashDash], .. args[(dashDash + 1)..]];
        foreach (string arg in dashDash < 0 ? args : args[..dashDash])
        {
            if (arg is "-h" or "--help")
            {
                stdout.WriteLine(Usage);
                return Success;
            }
            if (arg.Length > 1 && arg[0] == '-')
            {
                stderr.WriteLine($"CardsToJson: unknown option {arg}");
                stderr.WriteLine(Usage);
                return BadArguments;
            }
        }
        // Check every file first, so a typo in the last name does not come after pages of output.
        foreach (string arg in files)
        {
            if (arg != "-" && !File.Exists(arg))
            {
                stderr.WriteLine(Directory.Exists(arg) ? $"CardsToJson: {arg}: is a directory" : $"CardsToJson: {arg}: no such file");
                return BadArguments;
            }
        }
        int exitCode = Success;
        var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, WriterOptions);
        string[] inputs = files.Length == 0 ? ["-"] : files;
        foreach (string input in inputs)
        {
            IEnumerable<ParseResult<EventCard>> results = input == "-"
                ? readStdin(new CardReaderOptions { SourceName = StandardInputName })
                : CardReader.ReadFile(input);
            try
            {
                foreach (ParseResult<EventCard> result in results)
                {
                    if (result.TryGetValue(out EventCard? card))
                    {
                        buffer.SetLength(0);
                        json.Reset();
                        WriteCard(json, card);
                        json.Flush();
                        stdout.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                    }
                    else
                    {
                        stderr.WriteLine(result.Error!.ToString());
                        exitCode = Math.Max(exitCode, SomeCardsFailed);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"CardsToJson: {input}: {e.Message}");
                exitCode = BadArguments;
            }
        }
        return exitCode;
    }

    /// <summary>Writes one card in the documented shape (see README.md).</summary>
    public static void WriteCard(Utf8JsonWriter json, EventCard card)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(card);
        HistoricalEvent headline = card.Headline;
        json.WriteStartObject();
        json.WriteString("file", card.File);
        json.WriteNumber("line", card.Line);
        json.WriteString("title", card.Title);
        json.WriteString("date", headline.Date.ToEdtfString());
        json.WriteString("place", headline.Places.Count > 0 ? headline.Places[0].Text : null);
        json.WriteString("summary", headline.Summary);
        json.WriteStartArray("moments");
        foreach (HistoricalEvent moment in card.Moments)
        {
            json.WriteStartObject();
            json.WriteString("date", moment.Date.ToEdtfString());
            json.WriteString("summary", moment.Summary);
            WriteStrings(json, "places", moment.Places, p => p.Text);
            json.WriteNumber("line", moment.Origin?.Line ?? 0);
            json.WriteString("dateText", moment.Date.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteStrings(json, "narrative", card.Narrative, p => p);
        WriteStrings(json, "sources", card.Sources, s => s.Text);
        json.WriteString("dateText", headline.Date.Text);
        json.WriteString("precision", headline.Date.Precision.ToString());
        json.WriteEndObject();
    }

    private static void WriteStrings<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Func<T, string> text)
    {
        json.WriteStartArray(name);
        foreach (T item in items)
        {
            json.WriteStringValue(text(item));
        }
        json.WriteEndArray();
    }
}
