using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HistoricalEvents.Samples.CardsToJson;

/// <summary>
/// Enumerates a sequence on a thread of its own, a few batches ahead of the caller, so that reading the cards (one
/// core) and checking and writing them (the other) overlap. The caller sees the same items, in the same order, and
/// an exception the source throws at the point where the source threw it.
/// </summary>
/// <remarks>
/// <para>
/// With one processor (<see cref="Environment.ProcessorCount"/>, which <c>DOTNET_PROCESSOR_COUNT=1</c> sets) the
/// source is returned as it is: a second thread would only add switching.
/// </para>
/// <para>
/// At most <see cref="Batches"/> batches of <see cref="BatchSize"/> items are read ahead, so memory stays bounded
/// (about 100 cards, a few hundred kilobytes of text: cards kept across a collection are promoted, so fewer is cheaper). If the caller stops early (an exception while writing, or a <c>break</c>),
/// disposing the enumerator stops the reading thread and waits for it, so the source (a file) is closed on return.
/// </para>
/// </remarks>
internal static class ReadAhead
{
    /// <summary>Items handed over at a time: few enough to keep memory small, enough that handing over is rare.</summary>
    internal const int BatchSize = 32;

    /// <summary>Batches read ahead at most.</summary>
    internal const int Batches = 2;

    /// <summary>Whether there is a second processor to read on (the default of <see cref="Of"/>).</summary>
    internal static bool Enabled { get; } = Environment.ProcessorCount > 1;

    /// <summary><paramref name="source"/>, enumerated ahead on a second thread if <paramref name="readAhead"/>, else itself.</summary>
    internal static IEnumerable<T> Of<T>(IEnumerable<T> source, bool readAhead) => readAhead ? Iterate(source) : source;

    private static IEnumerable<T> Iterate<T>(IEnumerable<T> source)
    {
        using var queue = new BlockingCollection<Batch<T>>(Batches);
        using var stop = new CancellationTokenSource();
        var reader = new Thread(() => Produce(source, queue, stop.Token))
        {
            IsBackground = true,
            Name = "CardsToJson reader",
        };
        reader.Start();
        try
        {
            foreach (Batch<T> batch in queue.GetConsumingEnumerable())
            {
                foreach (T item in batch.Items)
                {
                    yield return item;
                }
                batch.Error?.Throw();
            }
        }
        finally
        {
            stop.Cancel();
            reader.Join();
        }
    }

    private static void Produce<T>(IEnumerable<T> source, BlockingCollection<Batch<T>> queue, CancellationToken stop)
    {
        var items = new List<T>(BatchSize);
        ExceptionDispatchInfo? error = null;
        try
        {
            try
            {
                using IEnumerator<T> e = source.GetEnumerator();
                while (e.MoveNext())
                {
                    items.Add(e.Current);
                    if (items.Count == BatchSize)
                    {
                        queue.Add(new Batch<T>(items, null), stop);
                        items = new List<T>(BatchSize);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
            {
                // Handed over after the items read before it, and thrown there, on the caller's thread.
                error = ExceptionDispatchInfo.Capture(e);
            }
            if (items.Count > 0 || error is not null)
            {
                queue.Add(new Batch<T>(items, error), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The caller stopped early; the source's enumerator was disposed (the file closed) on the way out.
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private sealed record Batch<T>(List<T> Items, ExceptionDispatchInfo? Error);
}
