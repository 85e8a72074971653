using System.Buffers;

namespace Convolution.Teaching.Fast;

/// <summary>Scratch memory of one worker, rented from the shared pool and grown only when a band needs more.</summary>
internal sealed class Scratch : IDisposable
{
    private float[] floats = [];
    private int[] ints = [];

    public Span<float> Floats(int length)
    {
        if (floats.Length < length)
        {
            Return();
            floats = ArrayPool<float>.Shared.Rent(length);
        }

        return floats.AsSpan(0, length);
    }

    public Span<int> Ints(int length)
    {
        if (ints.Length < length)
        {
            if (ints.Length > 0)
            {
                ArrayPool<int>.Shared.Return(ints);
            }

            ints = ArrayPool<int>.Shared.Rent(length);
        }

        return ints.AsSpan(0, length);
    }

    public void Dispose()
    {
        Return();
        if (ints.Length > 0)
        {
            ArrayPool<int>.Shared.Return(ints);
            ints = [];
        }
    }

    private void Return()
    {
        if (floats.Length > 0)
        {
            ArrayPool<float>.Shared.Return(floats);
            floats = [];
        }
    }
}
