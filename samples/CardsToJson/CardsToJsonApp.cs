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
                // Reading takes a core, and checking and writing about as much again: with a second core, they overlap.
                foreach (ParseResult<EventCard> result in Environment.ProcessorCount > 1 ? ReadAhead.Of(results) : results)
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
}
