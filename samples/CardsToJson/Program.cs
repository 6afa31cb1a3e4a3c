using System.Text;

// UTF-8 on every platform, so non-ASCII text ("Azerbaijan’s") comes out as written.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return HistoricalEvents.Samples.CardsToJson.CardsToJsonApp.Run(args, Console.In, Console.Out, Console.Error);
