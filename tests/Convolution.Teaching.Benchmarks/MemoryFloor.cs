using System.Diagnostics;
using System.Runtime.Intrinsics;

namespace Convolution.Teaching.Benchmarks;

/// <summary>
/// The least time any filter of a 2048 x 2048 float32 image into a second one can take here: read
/// 16 MiB, write 16 MiB, with no arithmetic to speak of (each pixel times 2). A 3x3 filter cannot beat
/// it, and if two threads do not beat one, the memory bus, not the cores, sets the pace.
/// </summary>
/// <param name="OneThreadMs">Median ms of the copy-and-scale on one thread.</param>
/// <param name="TwoThreadsMs">Median ms with the image split in two halves on two threads.</param>
public sealed record MemoryFloor(double OneThreadMs, double TwoThreadsMs)
{
    /// <summary>Times the copy-and-scale of a 2048 x 2048 image, 15 times each way, alternating.</summary>
    public static MemoryFloor Measure()
    {
        int n = 2048 * 2048;
        var source = new float[n];
        var target = new float[n];
        Array.Fill(source, 1f);
        var one = new List<double>();
        var two = new List<double>();
        for (int round = 0; round < 17; round++)
        {
            var watch = Stopwatch.StartNew();
            Scale(source, target, 0, n);
            one.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            Parallel.Invoke(() => Scale(source, target, 0, n / 2), () => Scale(source, target, n / 2, n));
            two.Add(watch.Elapsed.TotalMilliseconds);
        }

        one.Sort();
        two.Sort();

        // The first rounds warm up the JIT and the pages; the median of 17 ignores them.
        return new MemoryFloor(one[one.Count / 2], two[two.Count / 2]);
    }

    /// <summary>The two-thread copy-and-scale as one call, for timing a filter round-robin against the floor.</summary>
    public static void TwoThreads(float[] source, float[] target)
    {
        int n = source.Length;
        Parallel.Invoke(() => Scale(source, target, 0, n / 2), () => Scale(source, target, n / 2, n));
    }

    /// <summary>The one-thread copy-and-scale as one call.</summary>
    public static void OneThread(float[] source, float[] target) => Scale(source, target, 0, source.Length);

    private static void Scale(float[] source, float[] target, int from, int to)
    {
        for (int i = from; i < to; i += Vector256<float>.Count)
        {
            (Vector256.LoadUnsafe(ref source[i]) * 2f).StoreUnsafe(ref target[i]);
        }
    }
}
