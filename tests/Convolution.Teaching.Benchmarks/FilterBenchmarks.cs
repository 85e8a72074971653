using Convolution.Teaching.OpenCv;
using BenchmarkDotNet.Attributes;
using Convolution.Teaching;
using OpenCvSharp;

namespace Convolution.Teaching.Benchmarks;

/// <summary>
/// One Same-mode, Reflect101 correlation (what <c>cv2.filter2D</c> computes) per call, float32.
/// The fast path and OpenCV write into a buffer allocated once, as a video loop would; the
/// reference allocates its padded copy and result on every call, as the lesson's loop does.
/// </summary>
public class FilterBenchmarks
{
    private float[,] image = new float[1, 1];
    private float[,] kernel = new float[1, 1];
    private float[,] destination = new float[1, 1];
    private Mat? src;
    private Mat? kernelMat;
    private Mat? dst;

    [Params(512, 2048)]
    public int Size { get; set; }

    [ParamsSource(nameof(KernelNames))]
    public string Kernel { get; set; } = "3x3";

    public static IEnumerable<string> KernelNames => BenchData.KernelNames;

    [GlobalSetup(Targets = [nameof(Reference), nameof(FastOneThread), nameof(FastAllThreads)])]
    public void SetupManaged() => Setup(openCvThreads: null);

    [GlobalSetup(Target = nameof(OpenCvFilter2DOneThread))]
    public void SetupOpenCvOneThread() => Setup(openCvThreads: 1);

    [GlobalSetup(Target = nameof(OpenCvFilter2DDefaultThreads))]
    public void SetupOpenCvDefault() => Setup(openCvThreads: OpenCvThreads.Default);

    [GlobalCleanup]
    public void Cleanup()
    {
        src?.Dispose();
        kernelMat?.Dispose();
        dst?.Dispose();
        Cv2.SetNumThreads(OpenCvThreads.Default);
    }

    [Benchmark(Description = "Filters.Correlate (reference loop)")]
    public float[,] Reference() => Filters.Correlate(image, kernel, OutputMode.Same, BorderMode.Reflect101);

    [Benchmark(Description = "FastFilters, 1 thread")]
    public float[,] FastOneThread()
    {
        FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.SingleThread);
        return destination;
    }

    [Benchmark(Description = "FastFilters, all threads")]
    public float[,] FastAllThreads()
    {
        FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.Default);
        return destination;
    }

    [Benchmark(Description = "Cv2.Filter2D, 1 thread")]
    public Mat OpenCvFilter2DOneThread()
    {
        Cv2.Filter2D(src!, dst!, MatType.CV_32F, kernelMat!, null, 0, BorderTypes.Reflect101);
        return dst!;
    }

    [Benchmark(Description = "Cv2.Filter2D, default threads")]
    public Mat OpenCvFilter2DDefaultThreads()
    {
        Cv2.Filter2D(src!, dst!, MatType.CV_32F, kernelMat!, null, 0, BorderTypes.Reflect101);
        return dst!;
    }

    private void Setup(int? openCvThreads)
    {
        image = BenchData.Image(Size);
        kernel = BenchData.Kernel(Kernel);
        destination = new float[Size, Size];
        if (openCvThreads is int threads)
        {
            Cv.EnsureLoaded();
            Cv2.SetNumThreads(threads);
            src = Mat.FromArray(image);
            kernelMat = Mat.FromArray(kernel);
            dst = new Mat(Size, Size, MatType.CV_32FC1);
        }
    }
}
