using HistoricalEvents.Text;
using System.Text;
using HistoricalEvents.Interchange;

namespace HistoricalEvents.Fuzz.Targets;

/// <summary>The Wikidata importer on any bytes: entity JSON, JSON Lines and dump lines, then each entity to an event and a card.</summary>
internal sealed class WikidataTarget : FuzzTarget
{
    private static readonly WikidataImportOptions Options = new() { SourceName = "fuzz.json" };

    public override string Name => "wikidata";

    public override string Description =>
        "WikidataImporter (Stream, TextReader), ToEvent, ToCard: never throw; errors have positions; stream and text agree; events round-trip JSON, cards the card text";

    public override void Run(byte[] input)
    {
        List<ParseResult<WikidataEntity>> fromStream = [.. WikidataImporter.ReadEntities(new MemoryStream(input), Options)];
        // The caller holding text: decoded as the stream reader decodes it (a UTF-8 byte-order mark skipped).
        string text = new StreamReader(new MemoryStream(input), Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        List<ParseResult<WikidataEntity>> fromText = [.. WikidataImporter.ReadEntities(new StringReader(text), Options)];
        Check(fromStream.Count == fromText.Count, "WikidataImporter: the stream and the text give as many results", $"{fromStream.Count} / {fromText.Count}");

        var entities = new List<WikidataEntity>();
        for (int i = 0; i < fromStream.Count; i++)
        {
            ParseResult<WikidataEntity> result = fromStream[i];
            Check(result.Success == fromText[i].Success, "WikidataImporter: the stream and the text agree on each result");
            if (!result.Success)
            {
                FuzzCheck.Error(result.Error, "WikidataImporter.ReadEntities");
                Check(result.Error!.Equals(fromText[i].Error), "WikidataImporter: the stream and the text report the same error", $"{result.Error} / {fromText[i].Error}");
                continue;
            }
            Check(result.Value.Id == fromText[i].Value.Id && result.Value.Line >= 1, "WikidataImporter: the same entity at a 1-based line");
            entities.Add(result.Value);
        }

        var labelled = new WikidataImportOptions { SourceName = "fuzz.json", ResolveLabel = WikidataImporter.LabelsOf(entities) };
        foreach (WikidataEntity entity in entities)
        {
            foreach (WikidataImportOptions options in new[] { Options, labelled })
            {
                ParseResult<HistoricalEvent> e = WikidataImporter.ToEvent(entity, options);
                ImportChecks.Result(e, "WikidataImporter.ToEvent");
                ParseResult<EventCard> card = WikidataImporter.ToCard(entity, options);
                Check(card.Success == e.Success, "WikidataImporter: ToCard succeeds exactly when ToEvent does");
                if (card.Success)
                {
                    Check(card.Value.Headline.Equals(e.Value), "WikidataImporter: ToCard's headline is ToEvent's event");
                    ImportChecks.Card(card.Value, "WikidataImporter.ToCard");
                }
                else
                {
                    FuzzCheck.Error(card.Error, "WikidataImporter.ToCard");
                }
            }
        }
    }
}
