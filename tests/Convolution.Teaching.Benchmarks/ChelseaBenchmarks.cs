using Convolution.Teaching.OpenCv;
using BenchmarkDotNet.Attributes;
using Convolution.Teaching;
using OpenCvSharp;

namespace Convolution.Teaching.Benchmarks;

/// <summary>
/// The lesson's own case: the 300 x 451 chelsea image (assets/chelsea.png) blurred with the 3x3 box
/// kernel. The source lesson's Python <c>im_conv</c> takes ~340 ms here (shared/notes/performance.md).
/// </summary>
public class ChelseaBenchmarks
{
    private float[,] image = new float[1, 1];
    private double[,] imageDouble = new double[1, 1];
    private float[,] kernel = new float[1, 1];
    private double[,] kernelDouble = new double[1, 1];
    private float[,] destination = new float[1, 1];
    private Mat? src;
    private Mat? kernelMat;
    private Mat? dst;

    [GlobalSetup(Targets = [nameof(ImConvDouble), nameof(ImConvFloat), nameof(ReferenceSame), nameof(FastOneThread)])]
    public void SetupManaged() => Setup(openCv: false);

    [GlobalSetup(Target = nameof(OpenCvFilter2DOneThread))]
    public void SetupOpenCv() => Setup(openCv: true);

    [GlobalCleanup]
    public void Cleanup()
    {
        src?.Dispose();
        kernelMat?.Dispose();
        dst?.Dispose();
        Cv2.SetNumThreads(OpenCvThreads.Default);
    }

    [Benchmark(Description = "Filters.CorrelateValid (im_conv), float64")]
    public double[,] ImConvDouble() => Filters.CorrelateValid(imageDouble, kernelDouble);

    [Benchmark(Description = "Filters.CorrelateValid (im_conv), float32")]
    public float[,] ImConvFloat() => Filters.CorrelateValid(image, kernel);

    [Benchmark(Description = "Filters.Correlate Same (reference loop), float32")]
    public float[,] ReferenceSame() => Filters.Correlate(image, kernel, OutputMode.Same, BorderMode.Reflect101);

    [Benchmark(Description = "FastFilters Same, 1 thread")]
    public float[,] FastOneThread()
    {
        FastFilters.Correlate(image, kernel, destination, OutputMode.Same, BorderMode.Reflect101, 0, FastOptions.SingleThread);
        return destination;
    }

    [Benchmark(Description = "Cv2.Filter2D Same, 1 thread")]
    public Mat OpenCvFilter2DOneThread()
    {
        Cv2.Filter2D(src!, dst!, MatType.CV_32F, kernelMat!, null, 0, BorderTypes.Reflect101);
        return dst!;
    }

    private void Setup(bool openCv)
    {
        byte[,] gray = Images.LoadGray(Path.Combine(BenchData.RepositoryRoot(), "assets", "chelsea.png"));
        image = Conversions.ToFloat(gray);
        imageDouble = Conversions.ToDouble(gray);
        kernelDouble = Kernels.BoxBlur(3);
        kernel = Conversions.ToFloat(kernelDouble);
        destination = new float[image.GetLength(0), image.GetLength(1)];
        if (openCv)
        {
            Cv.EnsureLoaded();
            Cv2.SetNumThreads(1);
            src = Mat.FromArray(image);
            kernelMat = Mat.FromArray(kernel);
            dst = new Mat(image.GetLength(0), image.GetLength(1), MatType.CV_32FC1);
        }
    }
}
