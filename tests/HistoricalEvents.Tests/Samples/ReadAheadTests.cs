using HistoricalEvents.Samples.CardsToJson;

namespace HistoricalEvents.Tests.Samples;

public class ReadAheadTests
{
    [Theory]
    [InlineData(0, 8, 8)]
    [InlineData(1, 8, 8)]
    [InlineData(7, 8, 8)]
    [InlineData(8, 8, 8)]
    [InlineData(9, 8, 8)]
    [InlineData(10_000, 8, 8)]
    [InlineData(1_000, 1, 2)]
    [InlineData(1_000, 3, 5)]
    public void Of_Sequence_SameItemsInOrder(int count, int batchSize, int batches)
    {
        Assert.Equal(Enumerable.Range(0, count), ReadAhead.Of(Enumerable.Range(0, count), batchSize, batches));
    }

    private static IEnumerable<int> ThrowingAfter(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return i;
        }
        throw new IOException("disk gone");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(1_001)]
    public void Of_SourceThrows_ItemsBeforeItThenTheSameException(int count)
    {
        var seen = new List<int>();

        IOException e = Assert.Throws<IOException>(() =>
        {
            foreach (int item in ReadAhead.Of(ThrowingAfter(count)))
            {
                seen.Add(item);
            }
        });

        Assert.Equal("disk gone", e.Message);
        Assert.Equal(Enumerable.Range(0, count), seen);
        // The stack trace is the source's, kept when thrown again on the caller's thread.
        Assert.Contains(nameof(ThrowingAfter), e.StackTrace);
    }

    private sealed class EndlessSource
    {
        public int Produced;
        public bool Disposed;
        public int Thread = -1;

        public IEnumerable<int> Items()
        {
            Thread = Environment.CurrentManagedThreadId;
            try
            {
                for (int i = 0; ; i++)
                {
                    Interlocked.Increment(ref Produced);
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }

    [Fact]
    public void Of_CallerStopsEarly_ReaderStopsWithinTheBoundAndOnAnotherThread()
    {
        var source = new EndlessSource();

        Assert.Equal(Enumerable.Range(0, 100), ReadAhead.Of(source.Items(), 8, 4).Take(100));

        // The reader was told to stop and waited for: its enumerator was disposed before Take returned, and it read
        // no more than the queue holds beyond what was taken (4 batches of 8, one batch being filled, one being taken).
        Assert.True(source.Disposed);
        Assert.InRange(source.Produced, 100, 100 + (6 * 8));
        Assert.NotEqual(Environment.CurrentManagedThreadId, source.Thread);
    }

    [Fact]
    public void Of_CallerThrows_ReaderIsStoppedAndTheCallersExceptionStands()
    {
        var source = new EndlessSource();

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (int item in ReadAhead.Of(source.Items()))
            {
                if (item == 50)
                {
                    throw new InvalidOperationException("output closed");
                }
            }
        });

        Assert.True(source.Disposed);
    }

    private static IEnumerable<int> Slowly(int count, int sleepEvery)
    {
        for (int i = 0; i < count; i++)
        {
            if (i % sleepEvery == 0)
            {
                Thread.Sleep(1);
            }
            yield return i;
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Of_OneSideMuchSlower_SameItemsInOrder(bool slowReader)
    {
        // A slow reader leaves the caller waiting (spinning, then asleep); a slow caller leaves the reader waiting on a
        // full queue. Either way nothing is lost, repeated or reordered.
        IEnumerable<int> source = slowReader ? Slowly(2_000, 50) : Enumerable.Range(0, 2_000);
        var seen = new List<int>();
        foreach (int item in ReadAhead.Of(source, 4, 4))
        {
            if (!slowReader && item % 50 == 0)
            {
                Thread.Sleep(1);
            }
            seen.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 2_000), seen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Of_BadBatchSize_Throws(int batchSize)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadAhead.Of(Enumerable.Range(0, 3), batchSize, 8));
    }
}
