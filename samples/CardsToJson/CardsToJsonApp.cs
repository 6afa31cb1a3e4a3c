using System.Collections.Frozen;
using System.Text.Json;
using HistoricalEvents.Places;
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

    private static string Usage => $"usage: CardsToJson [--to {string.Join('|', CardOutputs.Names)}] [--] [FILE...]   (no FILE, or -: read standard input; after --, names starting with - are files)";

    /// <summary>Runs the command with standard input already decoded as text, writing to a text writer; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        using var output = new TextWriterStream(stdout);
        return Run(args, options => CardReader.ReadAll(stdin, options), output, stderr);
    }

    /// <summary>
    /// Runs the command with standard input as bytes, read like a file: UTF-8, or UTF-16 after its byte-order mark,
    /// invalid UTF-8 an error at its line and column. Writes to a text writer; returns the exit code.
    /// </summary>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        using var output = new TextWriterStream(stdout);
        return Run(args, options => CardReader.ReadAll(stdin, options), output, stderr);
    }

    /// <summary>
    /// Runs the command with standard input as bytes (as <see cref="Run(string[], Stream, TextWriter, TextWriter)"/>),
    /// writing UTF-8 to <paramref name="stdout"/> in large blocks (standard output's raw stream is far faster than a
    /// console writer that flushes each line); returns the exit code.
    /// </summary>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, options => CardReader.ReadAll(stdin, options), stdout, stderr);
    }

    /// <summary>Runs the command with standard input already decoded as text, writing UTF-8 to <paramref name="stdout"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, options => CardReader.ReadAll(stdin, options), stdout, stderr);
    }

    private static int Run(string[] args, Func<CardReaderOptions, IEnumerable<ParseResult<EventCard>>> readStdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string format = CardOutputs.Default;
        var files = new List<string>();
        int dashDash = Array.IndexOf(args, "--");
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (dashDash >= 0 && i > dashDash)
            {
                // After --, every argument is a file, even one that starts with -.
                files.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                continue;
            }
            if (arg is "-h" or "--help")
            {
                using (var help = new StreamWriter(stdout, leaveOpen: true))
                {
                    help.WriteLine(Usage);
                }
                return Success;
            }
            if (arg == "--to" && i + 1 < args.Length)
            {
                format = args[++i];
            }
            else if (arg.StartsWith("--to=", StringComparison.Ordinal))
            {
                format = arg["--to=".Length..];
            }
            else if (arg.Length > 1 && arg[0] == '-')
            {
                stderr.WriteLine($"CardsToJson: unknown option {arg}");
                stderr.WriteLine(Usage);
                return BadArguments;
            }
            else
            {
                files.Add(arg);
            }
        }
        if (!CardOutputs.Names.Contains(format))
        {
            stderr.WriteLine($"CardsToJson: unknown format {format}; expected one of {string.Join(", ", CardOutputs.Names)}");
            stderr.WriteLine(Usage);
            return BadArguments;
        }
        // Check every file first, so a typo in the last name does not come after pages of output.
        foreach (string file in files)
        {
            if (file != "-" && !File.Exists(file))
            {
                stderr.WriteLine(Directory.Exists(file) ? $"CardsToJson: {file}: is a directory" : $"CardsToJson: {file}: no such file");
                return BadArguments;
            }
        }
        using ICardOutput output = CardOutputs.Create(format, stdout)!;
        int exitCode = Convert(files.Count == 0 ? ["-"] : [.. files], readStdin, output, stderr);
        output.Complete();
        return exitCode;
    }

    /// <summary>Reads every input in order and hands each card to <paramref name="output"/>; errors go to <paramref name="stderr"/>.</summary>
    private static int Convert(string[] inputs, Func<CardReaderOptions, IEnumerable<ParseResult<EventCard>>> readStdin, ICardOutput output, TextWriter stderr)
    {
        int exitCode = Success;
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
                        output.Write(card);
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
    /// <remarks>
    /// Every card of a large file goes through here, so the property names are encoded once, dates are formatted
    /// into a stack buffer, strings with nothing to escape skip the encoder's character-by-character search
    /// (<see cref="RelaxedJsonStrings"/>) and nothing is allocated for a card without warnings; the bytes are those
    /// of writing each value with <see cref="Utf8JsonWriter.WriteString(string, string?)"/>.
    /// </remarks>
    public static void WriteCard(Utf8JsonWriter json, EventCard card)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(card);
        HistoricalEvent headline = card.Headline;
        bool fast = RelaxedJsonStrings.Applies(json);
        json.WriteStartObject();
        RelaxedJsonStrings.WriteString(json, Names.File, card.File, fast);
        json.WriteNumber(Names.Line, card.Line);
        RelaxedJsonStrings.WriteString(json, Names.Title, card.Title, fast);
        WriteEdtf(json, Names.Date, headline.Date);
        RelaxedJsonStrings.WriteString(json, Names.Place, headline.Places.Count > 0 ? headline.Places[0].Text : null, fast);
        RelaxedJsonStrings.WriteString(json, Names.Summary, headline.Summary, fast);
        json.WriteStartArray(Names.Moments);
        IReadOnlyList<HistoricalEvent> moments = card.Moments;
        for (int i = 0; i < moments.Count; i++)
        {
            HistoricalEvent moment = moments[i];
            json.WriteStartObject();
            WriteEdtf(json, Names.Date, moment.Date);
            RelaxedJsonStrings.WriteString(json, Names.Summary, moment.Summary, fast);
            json.WriteStartArray(Names.Places);
            IReadOnlyList<Place> places = moment.Places;
            for (int k = 0; k < places.Count; k++)
            {
                RelaxedJsonStrings.WriteStringValue(json, places[k].Text, fast);
            }
            json.WriteEndArray();
            json.WriteNumber(Names.Line, moment.Origin?.Line ?? 0);
            RelaxedJsonStrings.WriteString(json, Names.DateText, moment.Date.Text, fast);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray(Names.Narrative);
        IReadOnlyList<string> narrative = card.Narrative;
        for (int i = 0; i < narrative.Count; i++)
        {
            RelaxedJsonStrings.WriteStringValue(json, narrative[i], fast);
        }
        json.WriteEndArray();
        json.WriteStartArray(Names.Sources);
        IReadOnlyList<Source> sources = card.Sources;
        for (int i = 0; i < sources.Count; i++)
        {
            RelaxedJsonStrings.WriteStringValue(json, sources[i].Text, fast);
        }
        json.WriteEndArray();
        RelaxedJsonStrings.WriteString(json, Names.DateText, headline.Date.Text, fast);
        json.WriteString(Names.Precision, EnumText<DatePrecision>.Of(headline.Date.Precision));
        // Issue #11: what the card checker finds (anachronisms, moments outside the card, future dates), as data.
        json.WriteStartArray(Names.Warnings);
        IReadOnlyList<CardWarning> warnings = CardChecker.Check(card);
        for (int i = 0; i < warnings.Count; i++)
        {
            CardWarning warning = warnings[i];
            json.WriteStartObject();
            RelaxedJsonStrings.WriteString(json, Names.Code, warning.Code, fast);
            RelaxedJsonStrings.WriteString(json, Names.Message, warning.Message, fast);
            json.WriteNumber(Names.Line, warning.Line);
            json.WriteNumber(Names.Column, warning.Column);
            json.WriteString(Names.Certainty, EnumText<Certainty>.Of(warning.Certainty));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // The date as EDTF (what HistoricalDate.ToEdtfString returns), without making a string of it.
    private static void WriteEdtf(Utf8JsonWriter json, JsonEncodedText property, HistoricalDate date)
    {
        Span<char> edtf = stackalloc char[64];
        if (HistoricalDatePatterns.Edtf.TryFormat(date, edtf, out int length))
        {
            json.WriteString(property, edtf[..length]);
        }
        else
        {
            json.WriteString(property, date.ToEdtfString());
        }
    }

    // The property names, encoded once (ASCII letters: the same bytes under every encoder).
    private static class Names
    {
        internal static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
        internal static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        internal static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        internal static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        internal static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
        internal static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
        internal static readonly JsonEncodedText Moments = JsonEncodedText.Encode("moments");
        internal static readonly JsonEncodedText Places = JsonEncodedText.Encode("places");
        internal static readonly JsonEncodedText DateText = JsonEncodedText.Encode("dateText");
        internal static readonly JsonEncodedText Narrative = JsonEncodedText.Encode("narrative");
        internal static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
        internal static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");
        internal static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
        internal static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        internal static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        internal static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
        internal static readonly JsonEncodedText Certainty = JsonEncodedText.Encode("certainty");
    }

    // An enum value's name (its ToString()), encoded once per value; names are identifiers, the same bytes under every encoder.
    private static class EnumText<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<TEnum, JsonEncodedText> Encoded =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(v.ToString()));

        internal static JsonEncodedText Of(TEnum value) =>
            Encoded.TryGetValue(value, out JsonEncodedText text) ? text : JsonEncodedText.Encode(value.ToString());
    }
}
