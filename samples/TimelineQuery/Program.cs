return HistoricalEvents.Samples.TimelineQuery.TimelineQueryApp.Run(args, Console.In, Console.Out, Console.Error);
