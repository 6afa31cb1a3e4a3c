namespace HistoricalEvents.Samples.DateInspector;

/// <summary>The DateInspector command, callable from tests with its own standard streams.</summary>
public static class DateInspectorApp
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("DateInspector: not written yet");
        return 2;
    }
}
