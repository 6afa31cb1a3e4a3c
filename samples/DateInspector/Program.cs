Console.WriteLine("DateInspector: not written yet");
