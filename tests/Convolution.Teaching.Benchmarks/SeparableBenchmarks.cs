using Convolution.Teaching.OpenCv;
using BenchmarkDotNet.Attributes;
using Convolution.Teaching;
using OpenCvSharp;

namespace Convolution.Teaching.Benchmarks;

/// <summary>
/// The 5x5 binomial Gaussian, outer([1,4,6,4,1]) / 256, as two 1D passes: OpenCV's
/// <c>sepFilter2D</c>, and the fast path with its rank-1 detection turned off for comparison
/// (the detected, separable fast path is "FastFilters" on "5x5 Gaussian" in <see cref="FilterBenchmarks"/>).
/// </summary>
public class SeparableBenchmarks
{
    private static readonly float[] Binomial = [1 / 16f, 4 / 16f, 6 / 16f, 4 / 16f, 1 / 16f];
    private float[,] image = new float[1, 1];
    private float[,] kernel = new float[1, 1];
    private float[,] destination = new float[1, 1];
    private Mat? src;
    private Mat? factor;
    private Mat? dst;

    [Params(512, 2048)]
    public int Size { get; set; }

    [GlobalSetup(Targets = [nameof(FastDirectOneThread), nameof(FastSeparableExplicitOneThread)])]
    public void SetupManaged() => Setup(openCvThreads: null);

    [GlobalSetup(Target = nameof(OpenCvSepFilter2DOneThread))]
    public void SetupOpenCvOneThread() => Setup(openCvThreads: 1);

    [GlobalSetup(Target = nameof(OpenCvSepFilter2DDefaultThreads))]
    public void SetupOpenCvDefault() => Setup(openCvThreads: OpenCvThreads.Default);

    [GlobalCleanup]
    public void Cleanup()
    {
        src?.Dispose();
        factor?.Dispose();
        dst?.Dispose();
        Cv2.SetNumThreads(OpenCvThreads.Default);
    }

    [Benchmark(Description = "FastFilters direct (separable off), 1 thread")]
    public float[,] FastDirectOneThread()
    {
        FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0,
            new FastOptions { MaxDegreeOfParallelism = 1, DetectSeparable = false });
        return destination;
    }

    [Benchmark(Description = "FastFilters.CorrelateSeparable, 1 thread")]
    public float[,] FastSeparableExplicitOneThread()
    {
        FastFilters.CorrelateSeparable(image, Binomial, Binomial, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.SingleThread);
        return destination;
    }

    [Benchmark(Description = "Cv2.SepFilter2D, 1 thread")]
    public Mat OpenCvSepFilter2DOneThread()
    {
        Cv2.SepFilter2D(src!, dst!, MatType.CV_32F, factor!, factor!, null, 0, BorderTypes.Reflect101);
        return dst!;
    }

    [Benchmark(Description = "Cv2.SepFilter2D, default threads")]
    public Mat OpenCvSepFilter2DDefaultThreads()
    {
        Cv2.SepFilter2D(src!, dst!, MatType.CV_32F, factor!, factor!, null, 0, BorderTypes.Reflect101);
        return dst!;
    }

    private void Setup(int? openCvThreads)
    {
        image = BenchData.Image(Size);
        kernel = BenchData.Kernel("5x5 Gaussian");
        destination = new float[Size, Size];
        if (openCvThreads is int threads)
        {
            Cv.EnsureLoaded();
            Cv2.SetNumThreads(threads);
            src = Mat.FromArray(image);
            factor = Mat.FromArray(new float[,] { { Binomial[0], Binomial[1], Binomial[2], Binomial[3], Binomial[4] } });
            dst = new Mat(Size, Size, MatType.CV_32FC1);
        }
    }
}
