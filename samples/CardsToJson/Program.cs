return HistoricalEvents.Samples.CardsToJson.CardsToJsonApp.Run(args, Console.In, Console.Out, Console.Error);
