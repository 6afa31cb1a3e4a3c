using BenchmarkDotNet.Running;

namespace HistoricalEvents.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/HistoricalEvents.Benchmarks -- --filter *</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks the arguments select.</summary>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
