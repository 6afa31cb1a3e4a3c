using System.Text;

// UTF-8 on every platform, so labels in any script come out as written.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return HistoricalEvents.Samples.ImportWikidata.ImportWikidataApp.Run(args, Console.In, Console.Out, Console.Error);
