using HistoricalEvents.Samples.CardsToJson;
using HistoricalEvents.Tests.Text.Cards;

namespace HistoricalEvents.Tests.Samples;

public class ReadAheadTests
{
    // A source that counts what it handed out, can throw after a given item, and records its disposal.
    private sealed class Source(int count, int throwAfter = -1) : IEnumerable<int>
    {
        public int Yielded;
        public volatile bool Disposed;
        public int? Thread;

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                Thread = Environment.CurrentManagedThreadId;
                for (int i = 0; i < count; i++)
                {
                    if (i == throwAfter)
                    {
                        throw new IOException($"failed at {i}");
                    }
                    Yielded++;
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static TheoryData<int> Counts => new()
    {
        0,
        1,
        ReadAhead.BatchSize - 1,
        ReadAhead.BatchSize,
        ReadAhead.BatchSize + 1,
        (ReadAhead.BatchSize * ReadAhead.Batches * 3) + 7,
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Of_ReadingAhead_SameItemsInTheSameOrder(int count)
    {
        var source = new Source(count);
        int[] items = [.. ReadAhead.Of(source, readAhead: true)];
        Assert.Equal(Enumerable.Range(0, count), items);
        Assert.True(source.Disposed);
        Assert.NotEqual(Environment.CurrentManagedThreadId, source.Thread);
    }

    [Fact]
    public void Of_NotReadingAhead_ReturnsTheSourceItself()
    {
        var source = new Source(3);
        Assert.Same(source, ReadAhead.Of(source, readAhead: false));
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void Of_SourceThrows_ItemsBeforeItThenTheSameException(int throwAfter)
    {
        var source = new Source(throwAfter + 10, throwAfter);
        var seen = new List<int>();
        IOException error = Assert.Throws<IOException>(() =>
        {
            foreach (int item in ReadAhead.Of(source, readAhead: true))
            {
                seen.Add(item);
            }
        });
        Assert.Equal($"failed at {throwAfter}", error.Message);
        Assert.Equal(Enumerable.Range(0, throwAfter), seen);
        Assert.True(source.Disposed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(ReadAhead.BatchSize * 2)]
    public void Of_CallerStopsEarly_SourceIsDisposedAndReadNoFurtherThanTheQueue(int taken)
    {
        int count = ReadAhead.BatchSize * ReadAhead.Batches * 50;
        var source = new Source(count);
        int[] items = [.. ReadAhead.Of(source, readAhead: true).Take(taken)];
        Assert.Equal(Enumerable.Range(0, taken), items);
        // Disposing the enumerator waits for the reading thread, which has stopped and disposed the source.
        Assert.True(source.Disposed);
        Assert.InRange(source.Yielded, taken, taken + (ReadAhead.BatchSize * (ReadAhead.Batches + 2)));
    }

    public static TheoryData<string> Inputs => new()
    {
        CardTestData.Seed,
        CardTestData.Small("Good") + "\n\nBad\nFebruary 30, 1920\nS.\nP.\nSource: x\n\n" + CardTestData.Small("Also good"),
        string.Concat(Enumerable.Range(0, (ReadAhead.BatchSize * ReadAhead.Batches) + 5).Select(i =>
            (i % 7 == 3 ? $"Bad {i}\n1991x\nS.\nP.\nSource: x\n\n" : CardTestData.Small($"Card {i}") + "\n\n"))),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Run_ReadingAheadOrNot_SameOutputErrorsAndExitCode(string cards)
    {
        (int Code, byte[] Output, string Errors) RunOnce(bool readAhead)
        {
            using var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(cards));
            using var stdout = new MemoryStream();
            var stderr = new StringWriter();
            int code = CardsToJsonApp.Run([], stdin, stdout, stderr, readAhead);
            return (code, stdout.ToArray(), stderr.ToString());
        }

        (int code, byte[] output, string errors) = RunOnce(readAhead: false);
        (int aheadCode, byte[] aheadOutput, string aheadErrors) = RunOnce(readAhead: true);
        Assert.NotEmpty(output);
        Assert.Equal(code, aheadCode);
        Assert.Equal(errors, aheadErrors);
        Assert.Equal(output, aheadOutput);
    }
}
