namespace HistoricalEvents.Samples.TimelineQuery;

/// <summary>The TimelineQuery command, callable from tests with its own standard streams.</summary>
public static class TimelineQueryApp
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("TimelineQuery: not written yet");
        return 2;
    }
}
