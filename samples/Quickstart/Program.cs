Console.WriteLine("Quickstart: not written yet");
