using HistoricalEvents.Places;
using HistoricalEvents.Text;

namespace HistoricalEvents.Samples.CardCheck;

/// <summary>
/// The CardCheck command: reads card files and lists what <see cref="CardChecker"/> finds, one line each, as a
/// compiler does (<c>FILE:LINE:COLUMN: warning CODE: message</c>); cards that cannot be read are errors.
/// </summary>
public static class CardCheckApp
{
    private const string Usage =
        """
        Usage: CardCheck [--gazetteer FILE.csv] FILE ...

        Reads event cards from each FILE and lists, one per line, in file order:
          FILE:LINE:COLUMN: warning CODE: message            (" (possibly)" at the end when uncertain)
          FILE:LINE:COLUMN: error HE0001: found …, expected …  (a card that could not be read)
        then a summary line on standard error. Exit code: 0 when there are only warnings (or nothing),
        1 when a card could not be read, 2 for bad arguments or a file that cannot be opened.

          --gazetteer FILE.csv  check against this gazetteer instead of the one shipped with the library
          --help                this text
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var files = new List<string>();
        HistoricalGazetteer? gazetteer = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    output.WriteLine(Usage);
                    return 0;
                case "--gazetteer" when i + 1 < args.Length:
                    try
                    {
                        gazetteer = HistoricalGazetteer.Load(args[++i]);
                    }
                    catch (HistoricalParseException e)
                    {
                        error.WriteLine($"CardCheck: {e.Error}");
                        return 2;
                    }
                    catch (IOException e)
                    {
                        error.WriteLine($"CardCheck: {e.Message}");
                        return 2;
                    }
                    break;
                case "--gazetteer":
                    error.WriteLine("CardCheck: --gazetteer needs a file");
                    return 2;
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        if (files.Count == 0)
        {
            error.WriteLine(Usage);
            return 2;
        }
        int warnings = 0, errors = 0;
        foreach (string file in files)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"CardCheck: {e.Message}");
                return 2;
            }
            var options = new CardCheckOptions { Gazetteer = gazetteer, SourceLines = lines };
            foreach (ParseResult<EventCard> result in CardReader.ReadFile(file))
            {
                if (!result.TryGetValue(out EventCard? card))
                {
                    ParseError read = result.Error!;
                    output.WriteLine($"{file}:{read.Line}:{read.Column}: error {CardWarningCodes.ReadError}: {read.Message}");
                    errors++;
                    continue;
                }
                foreach (CardWarning warning in CardChecker.Check(card, options))
                {
                    output.WriteLine(warning.ToString());
                    warnings++;
                }
            }
        }
        error.WriteLine($"{warnings} warning(s), {errors} error(s)");
        return errors > 0 ? 1 : 0;
    }
}
