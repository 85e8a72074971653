using Convolution.Teaching.OpenCv;
using Convolution.Teaching;
using OpenCvSharp;

namespace Convolution.Teaching.Benchmarks;

/// <summary>OpenCV's own thread count, read once before any benchmark changes it.</summary>
public static class OpenCvThreads
{
    private static readonly Lazy<int> DefaultCount = new(() =>
    {
        Cv.EnsureLoaded();
        return Cv2.GetNumThreads();
    });

    /// <summary>What <c>cv::getNumThreads()</c> said at start-up (OpenCV's default for this machine).</summary>
    public static int Default => DefaultCount.Value;
}
