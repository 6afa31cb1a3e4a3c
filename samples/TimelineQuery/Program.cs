Console.WriteLine("TimelineQuery: not written yet");
