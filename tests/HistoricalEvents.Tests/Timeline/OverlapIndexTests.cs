using CsCheck;
using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Timeline;

/// <summary>The overlap index (binary searches through samples of each duration class) against a scan of the bounds.</summary>
public class OverlapIndexTests
{
    [Fact]
    public void Overlapping_RandomBounds_EqualsScan() =>
        Gen.Select(Gen.Int[0, 600], Gen.Int[0, 10_000]).SelectMany((n, seed) => Gen.Const((n, seed))).Sample(t =>
        {
            var random = new Random(t.seed);
            // Timeline order: by earliest bound; lengths from 0 to thousands of days, so many classes are used.
            int[] earliest = [.. Enumerable.Range(0, t.n).Select(_ => random.Next(-5000, 5000)).Order()];
            int[] latest = [.. earliest.Select(e => e + (random.Next(3) == 0 ? random.Next(0, 5000) : random.Next(0, 40)))];
            var index = new OverlapIndex(earliest, latest);
            for (int q = 0; q < 20; q++)
            {
                int start = random.Next(-6000, 6000), end = start + random.Next(0, 500);
                var found = new List<int>();
                index.Overlapping(start, end, found);
                found.Sort();
                int[] expected = [.. Enumerable.Range(0, t.n).Where(i => earliest[i] <= end && latest[i] >= start)];
                Assert.Equal(expected, found);
            }
        });
}
