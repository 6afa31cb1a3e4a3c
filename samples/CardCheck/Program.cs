return HistoricalEvents.Samples.CardCheck.CardCheckApp.Run(args, Console.Out, Console.Error);
