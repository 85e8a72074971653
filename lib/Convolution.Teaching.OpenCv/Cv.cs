using System.Reflection;
using System.Runtime.InteropServices;
using OpenCvSharp;

namespace Convolution.Teaching.OpenCv;

/// <summary>
/// A thin bridge to OpenCvSharp for the OpenCV part of the lesson and for the parity tests:
/// 2D arrays in, 2D arrays out, each call disposing the <see cref="Mat"/>s it made.
/// </summary>
public static class Cv
{
    private static readonly Lazy<Exception?> LoadFailure = new(TryLoadNative);

    /// <summary>OpenCV's border type for a <see cref="BorderMode"/>.</summary>
    /// <param name="mode">The border mode.</param>
    public static BorderTypes ToBorderType(BorderMode mode) => mode switch
    {
        BorderMode.Constant => BorderTypes.Constant,
        BorderMode.Replicate => BorderTypes.Replicate,
        BorderMode.Reflect => BorderTypes.Reflect,
        BorderMode.Reflect101 => BorderTypes.Reflect101,
        BorderMode.Wrap => BorderTypes.Wrap,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown BorderMode."),
    };

    /// <summary>A new single-channel 32-bit float <see cref="Mat"/> with the array's values (the caller disposes it).</summary>
    /// <param name="array">The array, indexed [row, col].</param>
    public static Mat ToMat(float[,] array)
    {
        EnsureLoaded();
        Guard.NotEmpty(array, nameof(array));
        return Mat.FromArray(array);
    }

    /// <summary>A new single-channel 8-bit <see cref="Mat"/> with the array's values (the caller disposes it).</summary>
    /// <param name="array">The array, indexed [row, col].</param>
    public static Mat ToMat(byte[,] array)
    {
        EnsureLoaded();
        Guard.NotEmpty(array, nameof(array));
        return Mat.FromArray(array);
    }

    /// <summary>The values of a single-channel 32-bit float <see cref="Mat"/>.</summary>
    /// <param name="mat">The matrix.</param>
    public static float[,] ToFloatArray(Mat mat)
    {
        ArgumentNullException.ThrowIfNull(mat);
        using Mat f = mat.Type() == MatType.CV_32FC1 ? mat.Clone() : ConvertTo(mat, MatType.CV_32FC1);
        f.GetRectangularArray(out float[,] result);
        return result;
    }

    /// <summary>The values of a single-channel 8-bit <see cref="Mat"/>.</summary>
    /// <param name="mat">The matrix.</param>
    public static byte[,] ToByteArray(Mat mat)
    {
        ArgumentNullException.ThrowIfNull(mat);
        if (mat.Type() != MatType.CV_8UC1)
        {
            throw new ArgumentException($"mat has type {mat.Type()}: expected a single-channel 8-bit Mat (CV_8UC1).", nameof(mat));
        }

        using Mat copy = mat.Clone();
        copy.GetRectangularArray(out byte[,] result);
        return result;
    }

    /// <summary><c>cv2.imread(path, 0)</c>: the file as 8-bit grayscale, decoded by OpenCV.</summary>
    /// <param name="path">The image file.</param>
    public static byte[,] ImReadGray(string path)
    {
        EnsureLoaded();
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"No image file at '{full}' (asked for '{path}'). Check the path.", full);
        }

        using Mat mat = Cv2.ImRead(full, ImreadModes.Grayscale);
        if (mat.Empty())
        {
            throw new InvalidDataException($"OpenCV could not decode '{full}' as an image. Give a PNG or JPEG file.");
        }

        return ToByteArray(mat);
    }

    /// <summary>
    /// <c>cv2.filter2D(img, -1, kernel)</c> on an 8-bit image: correlation (no flip), same size,
    /// rounded half to even and saturated to 0..255.
    /// </summary>
    /// <param name="image">An 8-bit grayscale image.</param>
    /// <param name="kernel">The kernel (converted to float32, as OpenCV does).</param>
    /// <param name="border">How pixels outside are invented (OpenCV's filter2D refuses Wrap).</param>
    public static byte[,] Filter2D(byte[,] image, double[,] kernel, BorderMode border = BorderMode.Reflect101)
    {
        LibraryCalls.Note("Cv.Filter2D");
        using Mat src = ToMat(image);
        using Mat k = ToMat(Conversions.ToFloat(kernel));
        using var dst = new Mat();
        Cv2.Filter2D(src, dst, MatType.CV_8U, k, null, 0, ToBorderType(border));
        return ToByteArray(dst);
    }

    /// <summary><c>cv2.filter2D(img, -1, kernel, anchor=anchor)</c> on a float32 image (no rounding, no saturation).</summary>
    /// <param name="image">A float32 image.</param>
    /// <param name="kernel">The kernel.</param>
    /// <param name="border">How pixels outside are invented (OpenCV's filter2D refuses Wrap).</param>
    /// <param name="anchorRow">The kernel row over the output pixel; -1 for kH / 2.</param>
    /// <param name="anchorCol">The kernel column over the output pixel; -1 for kW / 2.</param>
    public static float[,] Filter2D(float[,] image, float[,] kernel, BorderMode border = BorderMode.Reflect101, int anchorRow = -1, int anchorCol = -1)
    {
        LibraryCalls.Note("Cv.Filter2D");
        using Mat src = ToMat(image);
        using Mat k = ToMat(kernel);
        using var dst = new Mat();
        Cv2.Filter2D(src, dst, MatType.CV_32F, k, new Point(anchorCol, anchorRow), 0, ToBorderType(border));
        return ToFloatArray(dst);
    }

    /// <summary><c>cv2.copyMakeBorder</c> on a float32 image.</summary>
    /// <param name="image">A float32 image.</param>
    /// <param name="top">Rows added above.</param>
    /// <param name="bottom">Rows added below.</param>
    /// <param name="left">Columns added on the left.</param>
    /// <param name="right">Columns added on the right.</param>
    /// <param name="border">How the new pixels are invented.</param>
    /// <param name="value">The value of new pixels for Constant.</param>
    public static float[,] CopyMakeBorder(float[,] image, int top, int bottom, int left, int right, BorderMode border, double value = 0)
    {
        using Mat src = ToMat(image);
        using var dst = new Mat();
        Cv2.CopyMakeBorder(src, dst, top, bottom, left, right, ToBorderType(border), Scalar.All(value));
        return ToFloatArray(dst);
    }

    /// <summary><c>cv2.GaussianBlur(img, (size, size), sigma)</c> on an 8-bit image.</summary>
    /// <param name="image">An 8-bit grayscale image.</param>
    /// <param name="size">An odd kernel size.</param>
    /// <param name="sigma">The standard deviation; 0 lets OpenCV pick it from the size.</param>
    public static byte[,] GaussianBlur(byte[,] image, int size = 5, double sigma = 0)
    {
        if (size <= 0 || size % 2 == 0)
        {
            throw new ArgumentException($"size is {size}: GaussianBlur needs an odd positive size (3, 5, 7, ...).", nameof(size));
        }

        using Mat src = ToMat(image);
        using var dst = new Mat();
        Cv2.GaussianBlur(src, dst, new Size(size, size), sigma);
        return ToByteArray(dst);
    }

    /// <summary>
    /// <c>cv2.Canny(img, threshold1, threshold2, apertureSize=3, L2gradient=l2Gradient)</c>: thin white edges (255)
    /// on black (0). Gradients above <paramref name="threshold2"/> start an edge; those above <paramref name="threshold1"/>
    /// continue one. It applies the 3 x 3 Sobel kernels to the image as given, without smoothing it first.
    /// </summary>
    /// <param name="image">An 8-bit grayscale image.</param>
    /// <param name="threshold1">The lower hysteresis threshold.</param>
    /// <param name="threshold2">The upper hysteresis threshold.</param>
    /// <param name="l2Gradient">False (OpenCV's default) for the magnitude |gx| + |gy|, true for sqrt(gx^2 + gy^2).</param>
    public static byte[,] Canny(byte[,] image, double threshold1 = 100, double threshold2 = 200, bool l2Gradient = false)
    {
        LibraryCalls.Note("Cv.Canny");
        using Mat src = ToMat(image);
        using var dst = new Mat();
        Cv2.Canny(src, dst, threshold1, threshold2, 3, l2Gradient);
        return ToByteArray(dst);
    }

    /// <summary><c>cv2.threshold(img, thresh, maxval, type)[1]</c> on a float32 image.</summary>
    /// <param name="image">A float32 image.</param>
    /// <param name="threshold">The threshold; "above" is strictly greater.</param>
    /// <param name="maxValue">The value for Binary and BinaryInverted.</param>
    /// <param name="type">Which rule.</param>
    public static float[,] Threshold(float[,] image, double threshold, double maxValue, ThresholdType type)
    {
        using Mat src = ToMat(image);
        using var dst = new Mat();
        Cv2.Threshold(src, dst, threshold, maxValue, ToThresholdType(type));
        return ToFloatArray(dst);
    }

    /// <summary>OpenCV's threshold type for a <see cref="ThresholdType"/>.</summary>
    /// <param name="type">The threshold type.</param>
    public static ThresholdTypes ToThresholdType(ThresholdType type) => type switch
    {
        ThresholdType.Binary => ThresholdTypes.Binary,
        ThresholdType.BinaryInverted => ThresholdTypes.BinaryInv,
        ThresholdType.Truncate => ThresholdTypes.Trunc,
        ThresholdType.ToZero => ThresholdTypes.Tozero,
        ThresholdType.ToZeroInverted => ThresholdTypes.TozeroInv,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ThresholdType."),
    };

    /// <summary>
    /// Loads OpenCV's native library now, or throws an exception that says how to install what is
    /// missing. Every method of this class calls it first.
    /// </summary>
    /// <exception cref="InvalidOperationException">The native library or one of its dependencies is missing.</exception>
    public static void EnsureLoaded()
    {
        if (LoadFailure.Value is { } failure)
        {
            string fix = OperatingSystem.IsLinux()
                ? "On Debian/Ubuntu install its system dependency with: sudo apt-get install -y libgtk-3-0 (other Linux: the GTK 3 package)."
                : $"This platform's runtime package is {RuntimePackage}: lib/Convolution.Teaching.OpenCv's project file picks it for the operating system that builds it; rebuild after installing it.";
            throw new InvalidOperationException(
                $"OpenCV's native library (OpenCvSharpExtern, from {RuntimePackage}) did not load, so the OpenCV cells cannot run. {fix} " +
                "Every lesson before the OpenCV one works without it. Cause: " + failure.GetBaseException().Message,
                failure);
        }
    }

    /// <summary>
    /// The NuGet package with OpenCV's native library for the operating system this runs on: the same choice
    /// as in this project's .csproj (the one place it is made), named here for messages.
    /// </summary>
    public static string RuntimePackage =>
        OperatingSystem.IsWindows() ? "OpenCvSharp4.runtime.win"
        : OperatingSystem.IsMacOS() ? "no official package (OpenCvSharp publishes none for macOS: install OpenCV's native build, e.g. a community OpenCvSharpExtern for osx)"
        : "OpenCvSharp4.official.runtime.linux-x64";

    private static Exception? TryLoadNative()
    {
        // Notebooks #r this dll from its build folder, where .NET does not probe runtimes/<rid>/native:
        // point OpenCvSharp at the copy that the build put next to us when the default search fails.
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(Cv2).Assembly, ResolveFromBuildFolder);
        }
        catch (InvalidOperationException)
        {
            // A resolver was already set (e.g. by the host); keep it.
        }

        try
        {
            _ = Cv2.GetVersionString();
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or BadImageFormatException or EntryPointNotFoundException)
        {
            return e;
        }
    }

    private static IntPtr ResolveFromBuildFolder(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (NativeLibrary.TryLoad(name, assembly, searchPath, out IntPtr handle))
        {
            return handle;
        }

        // The build copies the runtime package's native library to runtimes/<rid>/native/ beside this dll.
        string folder = Path.GetDirectoryName(typeof(Cv).Assembly.Location) ?? ".";
        string file = OperatingSystem.IsWindows() ? $"{name}.dll" : OperatingSystem.IsMacOS() ? $"lib{name}.dylib" : $"lib{name}.so";
        string runtimes = Path.Combine(folder, "runtimes");
        IEnumerable<string> candidates = Directory.Exists(runtimes)
            ? Directory.EnumerateFiles(runtimes, file, SearchOption.AllDirectories)
                .OrderByDescending(p => p.Contains(RuntimeInformation.RuntimeIdentifier, StringComparison.OrdinalIgnoreCase))
            : [];
        foreach (string path in candidates)
        {
            if (NativeLibrary.TryLoad(path, out handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }

    /// <summary>
    /// One line for a lesson's setup: which OpenCV loaded, or why it did not and which package fixes it.
    /// </summary>
    public static string Status()
    {
        try
        {
            EnsureLoaded();
            return $"OpenCV {Cv2.GetVersionString()} loads.";
        }
        catch (InvalidOperationException e)
        {
            return "OpenCV does NOT load, so the OpenCV cells of this lesson will fail. " + e.Message;
        }
    }

    private static Mat ConvertTo(Mat mat, MatType type)
    {
        var result = new Mat();
        mat.ConvertTo(result, type);
        return result;
    }
}
