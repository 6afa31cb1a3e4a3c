return HistoricalEvents.Samples.DateInspector.DateInspectorApp.Run(args, Console.In, Console.Out, Console.Error);
