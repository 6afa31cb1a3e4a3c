using BenchmarkDotNet.Running;

namespace HistoricalEvents.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/HistoricalEvents.Benchmarks -- --filter *</c>.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks the arguments select; <c>--scale N</c> instead runs <see cref="Timeline.ScaleRun"/> on N
    /// events (a console run for sizes BenchmarkDotNet cannot hold).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["--scale", string count])
        {
            Timeline.ScaleRun.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
