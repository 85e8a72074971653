using System.Diagnostics.CodeAnalysis;

namespace Convolution.Teaching.Fast;

/// <summary>The argument checks <see cref="Guard"/> has no form for: flat spans and 1D kernels.</summary>
internal static class FastChecks
{
    /// <summary>A row-major plane of rows x cols with rows <paramref name="stride"/> apart must fit in <paramref name="length"/> floats.</summary>
    public static void Plane(int length, int rows, int cols, int stride, string name, string strideName)
    {
        Guard.Positive(rows, nameof(rows));
        Guard.Positive(cols, nameof(cols));
        if (stride < cols)
        {
            throw new ArgumentOutOfRangeException(strideName, stride,
                $"{strideName} is {stride} but a row of {name} has {cols} floats: the stride (floats from one row's start to the next) must be at least that.");
        }

        long needed = ((long)(rows - 1) * stride) + cols;
        if (length < needed)
        {
            throw new ArgumentException(
                $"{name} holds {length} floats but {rows} rows of {cols} with stride {stride} need {needed}: pass a longer span or fewer rows.", name);
        }
    }

    /// <summary>A row-major kernel of kRows x kCols: the right length and finite.</summary>
    public static void Kernel(ReadOnlySpan<float> kernel, int kRows, int kCols, string name = "kernel")
    {
        Guard.Positive(kRows, "kernelRows");
        Guard.Positive(kCols, "kernelCols");
        // In long: kRows * kCols in int wraps (65536 * 65537 is 65536 mod 2^32) and let a short span pass.
        long needed = (long)kRows * kCols;
        if (kernel.Length != needed)
        {
            throw new ArgumentException(
                $"{name} holds {kernel.Length} floats but {kRows} x {kCols} needs {needed}: pass the kernel's entries row by row.", name);
        }

        Finite(kernel, name);
    }

    /// <summary>One factor of a separable kernel: not null, not empty, finite.</summary>
    public static void Factor([NotNull] float[]? factor, string name)
    {
        if (factor is null)
        {
            throw new ArgumentNullException(name, $"{name} is null: pass the 1D kernel as a float array.");
        }

        if (factor.Length == 0)
        {
            throw new ArgumentException($"{name} is empty: pass a 1D kernel with at least one entry.", name);
        }

        Finite(factor, name);
    }

    /// <summary>The mode and border are known values, and a Valid kernel fits in the image.</summary>
    public static void Modes(int rows, int cols, int kRows, int kCols, OutputMode mode, BorderMode border)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown OutputMode: use Full, Same or Valid.");
        }

        if (mode == OutputMode.Valid)
        {
            Guard.KernelFitsForValid(rows, cols, kRows, kCols, "kernel");
        }
        else if (!Enum.IsDefined(border))
        {
            throw new ArgumentOutOfRangeException(nameof(border), border, "Unknown BorderMode: use Constant, Replicate, Reflect, Reflect101 or Wrap.");
        }
    }

    private static void Finite(ReadOnlySpan<float> values, string name)
    {
        for (int n = 0; n < values.Length; n++)
        {
            if (!float.IsFinite(values[n]))
            {
                string what = float.IsNaN(values[n]) ? "NaN" : "infinite";
                throw new ArgumentException(
                    $"{name}[{n}] is {what}: every entry must be a finite number. Check the code that built {name} (a division by zero?).", name);
            }
        }
    }
}
