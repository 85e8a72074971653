using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Convolution.Teaching.Fast;

/// <summary>
/// Turns 16 rows of a tile plane into a column strip (row c of the strip holds column c of the 16
/// rows) and back, so the transform along the rows can run as the same vectorised column transform.
/// With AVX-512 a 16 x 16 block moves as 16 vectors in four rounds of two-source permutes (each
/// round swaps one bit of the row index with the same bit of the column index); elsewhere one float at a
/// time. Moving floats is exact, so the choice never changes a result.
/// </summary>
internal static class Transpose
{
    private const int W = FftStrip.Width;

    /// <summary>The low and high rows' indices of the rounds k = 8, 4, 2, 1, made once.</summary>
    private static readonly Vector512<int>[] Rounds =
        [Indices(8, false), Indices(8, true), Indices(4, false), Indices(4, true), Indices(2, false), Indices(2, true), Indices(1, false), Indices(1, true)];

    /// <summary>strip[c * 16 + r] = plane[r * stride + c] for r below 16 and c below <paramref name="cols"/> (a multiple of 16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ToStrip(ReadOnlySpan<float> plane, int stride, Span<float> strip, int cols)
    {
        if (Avx512F.IsSupported)
        {
            ref float p = ref MemoryMarshal.GetReference(plane);
            ref float s = ref MemoryMarshal.GetReference(strip);
            for (int c = 0; c < cols; c += W)
            {
                Block(ref Unsafe.Add(ref p, c), stride, ref Unsafe.Add(ref s, c * W), W);
            }

            return;
        }

        for (int r = 0; r < W; r++)
        {
            ReadOnlySpan<float> row = plane.Slice(r * stride, cols);
            for (int c = 0; c < cols; c++)
            {
                strip[(c * W) + r] = row[c];
            }
        }
    }

    /// <summary>The inverse of <see cref="ToStrip"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FromStrip(ReadOnlySpan<float> strip, Span<float> plane, int stride, int cols)
    {
        if (Avx512F.IsSupported)
        {
            ref float p = ref MemoryMarshal.GetReference(plane);
            ref float s = ref MemoryMarshal.GetReference(strip);
            for (int c = 0; c < cols; c += W)
            {
                Block(ref Unsafe.Add(ref s, c * W), W, ref Unsafe.Add(ref p, c), stride);
            }

            return;
        }

        for (int r = 0; r < W; r++)
        {
            Span<float> row = plane.Slice(r * stride, cols);
            for (int c = 0; c < cols; c++)
            {
                row[c] = strip[(c * W) + r];
            }
        }
    }

    /// <summary>Transposes the 16 x 16 block at <paramref name="source"/> (rows sourceStride apart) into <paramref name="destination"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Block(ref float source, int sourceStride, ref float destination, int destinationStride)
    {
        Span<Vector512<float>> v = stackalloc Vector512<float>[W];
        for (int r = 0; r < W; r++)
        {
            v[r] = Vector512.LoadUnsafe(ref source, (nuint)(r * sourceStride));
        }

        for (int round = 0, k = 8; k >= 1; round++, k /= 2)
        {
            Vector512<int> low = Rounds[2 * round], high = Rounds[(2 * round) + 1];
            for (int i = 0; i < W; i++)
            {
                if ((i & k) == 0)
                {
                    Vector512<float> a = v[i], b = v[i + k];
                    v[i] = Avx512F.PermuteVar16x32x2(a, low, b);
                    v[i + k] = Avx512F.PermuteVar16x32x2(a, high, b);
                }
            }
        }

        for (int r = 0; r < W; r++)
        {
            v[r].StoreUnsafe(ref destination, (nuint)(r * destinationStride));
        }
    }

    /// <summary>
    /// The permute indices of the round that swaps bit k: the low row keeps its columns with bit k clear
    /// and takes the high row's (16 + c - k) for the others; the high row takes the low row's c + k and keeps its own.
    /// </summary>
    private static Vector512<int> Indices(int k, bool high)
    {
        Span<int> idx = stackalloc int[W];
        for (int c = 0; c < W; c++)
        {
            idx[c] = (c & k) == 0 ? (high ? c + k : c) : (high ? W + c : W + c - k);
        }

        return Vector512.Create((ReadOnlySpan<int>)idx);
    }
}
