using System.Runtime.ExceptionServices;

namespace HistoricalEvents.Samples.CardsToJson;

/// <summary>
/// Enumerates a sequence on a second thread, a bounded number of items ahead of the caller, so that reading the
/// cards and writing them out run at the same time on two cores.
/// </summary>
/// <remarks>
/// <para>
/// The caller sees exactly the sequence the source gives, in order; an exception the source throws is thrown again
/// (with its stack trace) at the place in the sequence where it happened, after every item before it. At most
/// <c>batches × batchSize</c> items wait at any time, so memory stays bounded whatever the input. Disposing the
/// enumerator early (the caller failed, or stopped) stops the reading thread and waits for it.
/// </para>
/// <para>
/// Items go across in batches (16 cards, 4 batches deep by default), through a queue where a side with nothing to do
/// spins briefly before it sleeps (see <c>Handoff</c>). Both sizes were measured on the 1 GB card corpus: with a wait
/// and a wake-up for every batch of one or two cards, the hand-over cost more than the writing; with 64-card batches
/// 8 deep, cards waiting in the queue outlived gen-0 collections and were promoted, and the copying made two threads
/// slower than one (benchmarks/README.md, CardsToJson).
/// </para>
/// </remarks>
internal static class ReadAhead
{
    /// <summary>The items of <paramref name="source"/>, read on a second thread.</summary>
    internal static IEnumerable<T> Of<T>(IEnumerable<T> source, int batchSize = 16, int batches = 4)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(batches, 2);
        return Enumerate(source, batchSize, batches);
    }

    private static IEnumerable<T> Enumerate<T>(IEnumerable<T> source, int batchSize, int batches)
    {
        var queue = new Handoff<T>(batches);
        var reader = new Thread(() => Read(source, batchSize, queue))
        {
            IsBackground = true,
            Name = "CardsToJson read-ahead",
        };
        reader.Start();
        try
        {
            while (queue.Take() is { } batch)
            {
                for (int i = 0; i < batch.Count; i++)
                {
                    yield return batch.Items[i];
                }
                batch.Error?.Throw();
            }
        }
        finally
        {
            // Early exit or a failure here: tell the reader to stop, then wait, so no thread outlives the enumeration.
            queue.Stop();
            reader.Join();
        }
    }

    private static void Read<T>(IEnumerable<T> source, int batchSize, Handoff<T> queue)
    {
        var items = new T[batchSize];
        int count = 0;
        try
        {
            foreach (T item in source)
            {
                items[count++] = item;
                if (count == batchSize)
                {
                    if (!queue.Add(new Batch<T>(items, count, null)))
                    {
                        return;
                    }
                    items = new T[batchSize];
                    count = 0;
                }
            }
            queue.Add(new Batch<T>(items, count, null));
        }
        catch (Exception e)
        {
            // Handed over after the items read before it; the caller throws it there.
            queue.Add(new Batch<T>(items, count, ExceptionDispatchInfo.Capture(e)));
        }
        finally
        {
            queue.Complete();
        }
    }

    private sealed record Batch<T>(T[] Items, int Count, ExceptionDispatchInfo? Error);

    // A bounded queue of batches between one reader and one caller. A side that finds nothing to do spins a little
    // first (yielding its core), and only then sleeps: in a profile, sleeping and waking for every batch cost more than
    // the work (a wake-up is a system call and an interrupt on each side), while the other side is usually only
    // microseconds from making progress. A slow input (a terminal, a pipe) still finds the caller asleep, not spinning.
    private sealed class Handoff<T>(int capacity)
    {
        // SpinWait's ten busy spins, then a few yields of the core, before sleeping. On the 1 GB corpus 16, 64 and
        // 256 measured alike and no spinning was 8% slower; fewer spins waste less when another process has the core.
        private const int SpinsBeforeSleeping = 16;

        private readonly System.Collections.Concurrent.ConcurrentQueue<Batch<T>> _queue = new();
        private readonly object _gate = new();
        private int _count;                // batches in the queue
        private volatile bool _completed;  // the reader has added its last batch
        private volatile bool _stopped;    // the caller wants nothing more
        private int _sleepers;             // how many sides wait on _gate for the other's signal (0 to 2)

        // False once the caller has stopped: the reader should stop too.
        internal bool Add(Batch<T> batch)
        {
            var spin = new SpinWait();
            while (Volatile.Read(ref _count) >= capacity)
            {
                if (_stopped)
                {
                    return false;
                }
                Pause(ref spin, forReader: true);
            }
            if (_stopped)
            {
                return false;
            }
            _queue.Enqueue(batch);
            Interlocked.Increment(ref _count);  // a full fence: the item is visible before _sleepers is read
            WakeSleeper();
            return true;
        }

        // The next batch, or null when the reader has finished and every batch was taken.
        internal Batch<T>? Take()
        {
            var spin = new SpinWait();
            while (true)
            {
                if (_queue.TryDequeue(out Batch<T>? batch))
                {
                    Interlocked.Decrement(ref _count);
                    WakeSleeper();
                    return batch;
                }
                if (_completed)
                {
                    // The reader's last Enqueue came before it set _completed: look once more.
                    return _queue.TryDequeue(out batch) ? batch : null;
                }
                Pause(ref spin, forReader: false);
            }
        }

        internal void Complete()
        {
            _completed = true;
            Interlocked.MemoryBarrier();
            WakeSleeper();
        }

        internal void Stop()
        {
            _stopped = true;
            Interlocked.MemoryBarrier();
            WakeSleeper();
        }

        // What the waiting side waits for: room in the queue (the reader), or a batch or the end (the caller).
        private bool Ready(bool forReader) =>
            forReader ? Volatile.Read(ref _count) < capacity || _stopped : !_queue.IsEmpty || _completed;

        // Spin (yielding) for a while; after that, sleep until the other side signals, unless it is ready already.
        private void Pause(ref SpinWait spin, bool forReader)
        {
            if (spin.Count < SpinsBeforeSleeping)
            {
                spin.SpinOnce(sleep1Threshold: -1);
                return;
            }
            lock (_gate)
            {
                // Counted, with a full fence, before looking again: the other side changes the queue, then reads
                // _sleepers (after its own full fence), so either this look sees the change or that side signals.
                Interlocked.Increment(ref _sleepers);
                if (!Ready(forReader))
                {
                    Monitor.Wait(_gate);
                }
                Interlocked.Decrement(ref _sleepers);
            }
            spin.Reset();
        }

        private void WakeSleeper()
        {
            if (Volatile.Read(ref _sleepers) > 0)
            {
                lock (_gate)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
