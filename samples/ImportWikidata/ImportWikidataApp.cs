using HistoricalEvents.Interchange;
using HistoricalEvents.Text;

namespace HistoricalEvents.Samples.ImportWikidata;

/// <summary>
/// The ImportWikidata command: reads Wikidata entity JSON (EntityData/wbgetentities responses, bare entities, JSON
/// Lines or the JSON dump) from files or standard input and writes one event card per entity that has an event
/// date, with the card writer. Errors go to standard error as <c>FILE JSONPATH:LINE:COLUMN: message</c>.
/// </summary>
public static class ImportWikidataApp
{
    /// <summary>Every entity became a card.</summary>
    public const int Success = 0;

    /// <summary>Some entities could not become cards (the others were still written).</summary>
    public const int SomeEntitiesFailed = 1;

    /// <summary>Bad arguments, or a file that could not be read.</summary>
    public const int BadArguments = 2;

    /// <summary>The name standard input has in errors.</summary>
    public const string StandardInputName = "<stdin>";

    private const string Usage = "usage: ImportWikidata [--lang CODE] [FILE...]   (no FILE, or -: read standard input; CODE defaults to en)";

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string language = "en";
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                stdout.WriteLine(Usage);
                return Success;
            }
            if (arg == "--lang")
            {
                if (i + 1 >= args.Length || args[i + 1].Length == 0)
                {
                    stderr.WriteLine("ImportWikidata: --lang needs a language code");
                    stderr.WriteLine(Usage);
                    return BadArguments;
                }
                language = args[++i];
                continue;
            }
            if (arg.Length > 1 && arg[0] == '-')
            {
                stderr.WriteLine($"ImportWikidata: unknown option {arg}");
                stderr.WriteLine(Usage);
                return BadArguments;
            }
            files.Add(arg);
        }
        foreach (string file in files)
        {
            if (file != "-" && !File.Exists(file))
            {
                stderr.WriteLine($"ImportWikidata: {file}: no such file");
                return BadArguments;
            }
        }
        if (files.Count == 0)
        {
            files.Add("-");
        }
        // Read every entity first, so a location or country defined in the input is named by its label.
        var entities = new List<(WikidataEntity Entity, string Source)>();
        bool failed = false;
        foreach (string file in files)
        {
            string name = file == "-" ? StandardInputName : file;
            var options = new WikidataImportOptions { Language = language, SourceName = name };
            IEnumerable<ParseResult<WikidataEntity>> results = file == "-"
                ? WikidataImporter.ReadEntities(stdin, options)
                : WikidataImporter.ReadFile(file, options);
            foreach (ParseResult<WikidataEntity> result in results)
            {
                if (result.Success)
                {
                    entities.Add((result.Value, name));
                }
                else
                {
                    stderr.WriteLine(result.Error);
                    failed = true;
                }
            }
        }
        Func<string, string?> labels = WikidataImporter.LabelsOf(entities.Select(e => e.Entity), language);
        bool first = true;
        foreach ((WikidataEntity entity, string source) in entities)
        {
            var options = new WikidataImportOptions { Language = language, SourceName = source, ResolveLabel = labels };
            ParseResult<EventCard> card = WikidataImporter.ToCard(entity, options);
            if (!card.Success)
            {
                stderr.WriteLine(card.Error);
                failed = true;
                continue;
            }
            string text;
            try
            {
                text = CardWriter.Write(card.Value);
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"{source} {entity.Path}: {e.Message}");
                failed = true;
                continue;
            }
            if (!first)
            {
                stdout.Write("\n\n");
            }
            stdout.Write(text);
            first = false;
        }
        if (!first)
        {
            stdout.Write('\n');
        }
        return failed ? SomeEntitiesFailed : Success;
    }
}
