using System.Text;
using HistoricalEvents.Samples.TimelinePage;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return TimelinePageApp.Run(args, Console.Out, Console.Error);
