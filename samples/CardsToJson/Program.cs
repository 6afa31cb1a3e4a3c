Console.WriteLine("CardsToJson: not written yet");
