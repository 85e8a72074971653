using System.Diagnostics;
using Convolution.Teaching.OpenCv;
using OpenCvSharp;

namespace Convolution.Teaching.Benchmarks;

/// <summary>One kernel size of the sweep: medians in ms of each method, timed round-robin in one run.</summary>
/// <param name="Kernel">The side of the square random kernel.</param>
/// <param name="Auto1">FastFilters, Auto method, 1 thread.</param>
/// <param name="AutoAll">FastFilters, Auto method, all threads.</param>
/// <param name="Direct1">FastFilters, direct loop forced, 1 thread.</param>
/// <param name="Fft1">FastFilters, FFT forced, 1 thread.</param>
/// <param name="Cv1">Cv2.Filter2D, 1 thread.</param>
/// <param name="Chosen">The method Auto picks.</param>
public sealed record SweepRow(int Kernel, double Auto1, double AutoAll, double Direct1, double Fft1, double Cv1, FastMethod Chosen);

/// <summary>
/// Every kernel size on 2048 x 2048 (3, 5, 11, 31, 63), each method timed once a round for 5 rounds
/// (the direct 63 x 63 loop, ~140 ms, 3), medians: the table of time against the memory floor (GB/s)
/// and against the FMA peak (GFLOP/s), and where direct and FFT cross.
/// </summary>
public static class SizeSweep
{
    /// <summary>The kernel sides of the sweep.</summary>
    public static readonly int[] Kernels = [3, 5, 11, 31, 63];

    /// <summary>Measures the sweep.</summary>
    public static List<SweepRow> Measure()
    {
        const int Size = 2048;
        Cv.EnsureLoaded();
        float[,] image = BenchData.Image(Size);
        var destination = new float[Size, Size];
        using Mat src = Mat.FromArray(image);
        using var dst = new Mat(Size, Size, MatType.CV_32FC1);
        var rows = new List<SweepRow>();
        var direct = FastOptions.SingleThread with { Method = FastMethod.Direct };
        var fft = FastOptions.SingleThread with { Method = FastMethod.Fft };
        try
        {
            Cv2.SetNumThreads(1);
            foreach (int k in Kernels)
            {
                float[,] kernel = BenchData.Kernel($"{k}x{k}");
                using Mat km = Mat.FromArray(kernel);
                Action[] methods =
                [
                    () => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.SingleThread),
                    () => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.Default),
                    () => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, direct),
                    () => FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, fft),
                    () => Cv2.Filter2D(src, dst, MatType.CV_32F, km, null, 0, BorderTypes.Reflect101),
                ];
                var times = methods.Select(_ => new List<double>()).ToArray();
                int rounds = k >= 63 ? 3 : 5;
                foreach (Action m in methods)
                {
                    m(); // warm-up: JIT, pages, the FFT's plan
                }

                for (int round = 0; round < rounds; round++)
                {
                    for (int i = 0; i < methods.Length; i++)
                    {
                        var watch = Stopwatch.StartNew();
                        methods[i]();
                        times[i].Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                double[] med = times.Select(Median).ToArray();
                rows.Add(new SweepRow(k, med[0], med[1], med[2], med[3], med[4], FastFilters.ChosenMethod(Size, Size, k, k)));
            }
        }
        finally
        {
            Cv2.SetNumThreads(OpenCvThreads.Default);
        }

        return rows;
    }

    /// <summary>The FMA peak in GFLOP/s: the fastest of 9 calls of the peak loop.</summary>
    public static double PeakGflops()
    {
        var peak = new FmaPeakBenchmarks();
        double best = double.MaxValue;
        for (int i = 0; i < 9; i++)
        {
            var watch = Stopwatch.StartNew();
            peak.FmaPeak();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return FmaPeakBenchmarks.FlopsPerCall / (best * 1e6);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
