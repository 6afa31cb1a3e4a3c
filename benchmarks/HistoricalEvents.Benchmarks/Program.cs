using BenchmarkDotNet.Running;

namespace HistoricalEvents.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/HistoricalEvents.Benchmarks -- --filter *</c>.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks the arguments select; <c>--scale N</c> instead runs <see cref="Timeline.ScaleRun"/> on N
    /// events (a console run for sizes BenchmarkDotNet cannot hold); <c>--write-corpus PATH COPIES</c> writes the card corpus
    /// <c>COPIES</c> times to a file; <c>--read-cards PATH</c> reads a card file with <c>CardReader.ReadFile</c>, discards
    /// the cards and prints the count and the wall-clock time (the baseline of the CardsToJson speed run);
    /// <c>--parquet-time ROUNDS</c> times the Parquet benchmark's write against its JSON Lines baseline, alternately.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["--scale", string count])
        {
            Timeline.ScaleRun.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        if (args is ["--write-corpus", string path, string copies])
        {
            // The 10 MB card corpus repeated: a large card file for the samples' memory and speed runs.
            using FileStream file = File.Create(path);
            byte[] text = Text.Cards.CardCorpus.Instance.CardText;
            for (int c = int.Parse(copies, System.Globalization.CultureInfo.InvariantCulture); c > 0; c--)
            {
                file.Write(text);
                file.Write("\n"u8);
            }
            return;
        }
        if (args is ["--read-cards", string cardFile])
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            long cards = 0, errors = 0;
            foreach (HistoricalEvents.Text.ParseResult<EventCard> result in HistoricalEvents.Text.CardReader.ReadFile(cardFile))
            {
                if (result.Success)
                {
                    cards++;
                }
                else
                {
                    errors++;
                }
            }
            Console.WriteLine($"{cards} cards, {errors} errors, {clock.Elapsed.TotalSeconds:F2} s");
            return;
        }
        if (args is ["--parquet-time", string rounds])
        {
            // The Parquet benchmark's write and its JSON Lines baseline timed alternately in one process, for quick
            // comparisons while working on the writer (BenchmarkDotNet's short job takes minutes).
            var benchmarks = new Interchange.ParquetBenchmarks();
            benchmarks.Setup();
            var json = new List<double>();
            var parquet = new List<double>();
            for (int r = int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture); r > 0; r--)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                benchmarks.JsonLinesWrite();
                json.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                benchmarks.ParquetWrite();
                parquet.Add(clock.Elapsed.TotalMilliseconds);
                Console.WriteLine($"JSON Lines {json[^1]:F0} ms, Parquet {parquet[^1]:F0} ms, ratio {parquet[^1] / json[^1]:F2}");
            }
            json.Sort();
            parquet.Sort();
            Console.WriteLine($"medians: JSON Lines {json[json.Count / 2]:F0} ms, Parquet {parquet[parquet.Count / 2]:F0} ms " +
                $"({Interchange.ParquetBenchmarks.Events / parquet[parquet.Count / 2] * 1000:N0} events/s), ratio {parquet[parquet.Count / 2] / json[json.Count / 2]:F2}");
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
