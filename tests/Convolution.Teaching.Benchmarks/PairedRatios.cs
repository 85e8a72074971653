using Convolution.Teaching.OpenCv;
using System.Diagnostics;
using Convolution.Teaching;
using OpenCvSharp;

namespace Convolution.Teaching.Benchmarks;

/// <summary>One target's ratio measured round-robin: the two methods timed alternately, the median of the per-round ratios.</summary>
/// <param name="Name">What is compared, e.g. "fast 1 thread / Cv2.Filter2D 1 thread, 3x3".</param>
/// <param name="Ratio">The median of the per-round ratios (first method's time over the second's).</param>
/// <param name="FirstMs">The first method's median time in ms.</param>
/// <param name="SecondMs">The second method's median time in ms.</param>
/// <param name="Rounds">How many alternating rounds.</param>
public sealed record PairedRatio(string Name, double Ratio, double FirstMs, double SecondMs, int Rounds);

/// <summary>
/// The targets' ratios measured round-robin after the BenchmarkDotNet run. BenchmarkDotNet times one
/// method after another, so load from other processes that comes and goes (this machine is shared)
/// can fall on one side of a ratio; alternating the two methods round by round and taking the median
/// of the ratios cancels most of it.
/// </summary>
public static class PairedRatios
{
    /// <summary>Measures every target's ratio on 2048 x 2048, and the FMA peak next to the 11x11 and 31x31 runs.</summary>
    public static List<PairedRatio> Measure()
    {
        const int Size = 2048;
        Cv.EnsureLoaded();
        var results = new List<PairedRatio>();
        float[,] image = BenchData.Image(Size);
        var destination = new float[Size, Size];
        using Mat src = Mat.FromArray(image);
        using var dst = new Mat(Size, Size, MatType.CV_32FC1);
        var peak = new FmaPeakBenchmarks();
        try
        {
            Cv2.SetNumThreads(1);
            foreach (string name in new[] { "3x3", "5x5", "11x11", "31x31" })
            {
                float[,] kernel = BenchData.Kernel(name);
                using Mat k = Mat.FromArray(kernel);
                void Cv() => Cv2.Filter2D(src, dst, MatType.CV_32F, k, null, 0, BorderTypes.Reflect101);
                void One() => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.SingleThread);
                void All() => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.Default);
                results.Add(Pair($"fast 1 thread / Cv2.Filter2D 1 thread, {name}", One, Cv));
                if (name != "31x31")
                {
                    results.Add(Pair($"fast all threads / Cv2.Filter2D 1 thread, {name}", All, Cv));
                }

                if (name is "11x11" or "31x31")
                {
                    // Flops a call of the FMA loop over flops a convolution: turns a time ratio into a fraction of peak.
                    var r = Pair($"FMA peak loop / fast 1 thread, {name}", () => peak.FmaPeak(), One);
                    results.Add(r);
                }
            }

            float[,] gaussian = BenchData.Kernel("5x5 Gaussian");
            using Mat factor = Mat.FromArray(new float[,] { { 1 / 16f, 4 / 16f, 6 / 16f, 4 / 16f, 1 / 16f } });
            results.Add(Pair("fast 1 thread (separable detected) / Cv2.SepFilter2D 1 thread, 5x5 Gaussian",
                () => FastFilters.Correlate(image, gaussian, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.SingleThread),
                () => Cv2.SepFilter2D(src, dst, MatType.CV_32F, factor, factor, null, 0, BorderTypes.Reflect101)));
        }
        finally
        {
            Cv2.SetNumThreads(OpenCvThreads.Default);
        }

        return results;
    }

    /// <summary>
    /// Alternates <paramref name="first"/> and <paramref name="second"/>, each timed over enough calls
    /// to take ~25 ms, for ~2 s or at least 7 rounds; returns the median ratio and median times.
    /// </summary>
    public static PairedRatio Pair(string name, Action first, Action second)
    {
        double a1 = Time(first, 1), b1 = Time(second, 1);
        a1 = Time(first, 1);
        b1 = Time(second, 1);
        int callsA = Math.Max(1, (int)(25 / a1)), callsB = Math.Max(1, (int)(25 / b1));
        double roundMs = (callsA * a1) + (callsB * b1);
        int rounds = Math.Clamp((int)(2000 / roundMs), 7, 41) | 1;
        var ratios = new List<double>();
        var ta = new List<double>();
        var tb = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            double a = Time(first, callsA), b = Time(second, callsB);
            ta.Add(a);
            tb.Add(b);
            ratios.Add(a / b);
        }

        return new PairedRatio(name, Median(ratios), Median(ta), Median(tb), rounds);
    }

    private static double Time(Action action, int calls)
    {
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            action();
        }

        return watch.Elapsed.TotalMilliseconds / calls;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
