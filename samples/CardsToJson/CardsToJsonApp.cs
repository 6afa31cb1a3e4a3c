namespace HistoricalEvents.Samples.CardsToJson;

/// <summary>The CardsToJson command, callable from tests with its own standard streams.</summary>
public static class CardsToJsonApp
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("CardsToJson: not written yet");
        return 2;
    }
}
