using System.Text;

// UTF-8 on every platform, so non-ASCII text ("Azerbaijan’s") comes out as written.
Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// Standard input as bytes, read like a file: a UTF-16 byte-order mark is honoured and invalid UTF-8 is reported.
using Stream stdin = Console.OpenStandardInput();
// Standard output's raw stream: the JSON Lines writer hands it 64 KiB blocks, not one console write per line.
using Stream stdout = Console.OpenStandardOutput();
return HistoricalEvents.Samples.CardsToJson.CardsToJsonApp.Run(args, stdin, stdout, Console.Error);
