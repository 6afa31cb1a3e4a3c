using System.Text;

// UTF-8 on every platform, so non-ASCII text ("Azerbaijan’s") comes out as written.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// Standard input as bytes, read like a file: a UTF-16 byte-order mark is honoured and invalid UTF-8 is reported.
using Stream stdin = Console.OpenStandardInput();
return HistoricalEvents.Samples.CardsToJson.CardsToJsonApp.Run(args, stdin, Console.Out, Console.Error);
