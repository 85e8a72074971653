using System.Numerics;

namespace Convolution.Teaching;

/// <summary>Argument checks whose messages say what was wrong and what would be right.</summary>
internal static class Guard
{
    public static void NotEmpty<T>(T[,]? array, string name)
    {
        if (array is null)
        {
            throw new ArgumentNullException(name, $"{name} is null: pass a 2D array indexed [row, col].");
        }

        if (array.GetLength(0) == 0 || array.GetLength(1) == 0)
        {
            throw new ArgumentException(
                $"{name} is empty ({array.GetLength(0)} x {array.GetLength(1)}): pass an array with at least one row and one column.",
                name);
        }
    }

    public static void Finite<T>(T[,] array, string name)
        where T : IFloatingPointIeee754<T>
    {
        for (int r = 0; r < array.GetLength(0); r++)
        {
            for (int c = 0; c < array.GetLength(1); c++)
            {
                T v = array[r, c];
                if (!T.IsFinite(v))
                {
                    string what = T.IsNaN(v) ? "NaN" : "infinite";
                    throw new ArgumentException(
                        $"{name}[{r}, {c}] is {what}: every entry must be a finite number. Check the code that built {name} (a division by zero?).",
                        name);
                }
            }
        }
    }

    public static void SameShape<TA, TB>(TA[,] a, TB[,] b, string nameA, string nameB)
    {
        NotEmpty(a, nameA);
        NotEmpty(b, nameB);
        if (a.GetLength(0) != b.GetLength(0) || a.GetLength(1) != b.GetLength(1))
        {
            throw new ArgumentException(
                $"{nameA} is {a.GetLength(0)} x {a.GetLength(1)} but {nameB} is {b.GetLength(0)} x {b.GetLength(1)}: element-wise operations need arrays of the same shape.",
                nameB);
        }
    }

    public static void Positive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
        }
    }

    /// <summary>A square kernel's size: at least 1, and size x size entries that a .NET array can hold.</summary>
    public static void KernelSize(int size, string name)
    {
        Positive(size, name);
        if ((long)size * size > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(name, size,
                $"{name} is {size}: a {size} x {size} kernel has more entries than a .NET array can hold ({Array.MaxLength}). Use a size the image's features need, e.g. 3 to 31.");
        }
    }

    /// <summary>
    /// Both modes are known values; the border only where it is used (Full and Same), checked before any padding so an
    /// unknown one is refused by its own name whatever the kernel's size.
    /// </summary>
    public static void KnownModes(OutputMode mode, BorderMode border)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown OutputMode: use Full, Same or Valid.");
        }

        if (mode != OutputMode.Valid && !Enum.IsDefined(border))
        {
            throw new ArgumentOutOfRangeException(nameof(border), border, "Unknown BorderMode: use Constant, Replicate, Reflect, Reflect101 or Wrap.");
        }
    }

    public static void KernelFitsForValid(int imageRows, int imageCols, int kernelRows, int kernelCols, string kernelName)
    {
        if (kernelRows > imageRows || kernelCols > imageCols)
        {
            throw new ArgumentException(
                $"{kernelName} is {kernelRows} x {kernelCols} but the image is only {imageRows} x {imageCols}: in Valid mode the output " +
                $"would be empty. Use a kernel no larger than the image, or OutputMode.Same / OutputMode.Full.",
                kernelName);
        }
    }
}
