namespace Convolution.Teaching.Fast;

/// <summary>
/// The roots of unity of one transform length n: <c>exp(-2 pi i k / n)</c> = Cos[k] - i Sin[k] for
/// k below n / 2. Computed in double and rounded once, so no error builds up from a recurrence.
/// </summary>
internal sealed class FftTwiddles
{
    public FftTwiddles(int n)
    {
        N = n;
        Cos = new float[Math.Max(1, n / 2)];
        Sin = new float[Cos.Length];
        for (int k = 0; k < n / 2; k++)
        {
            double angle = 2 * Math.PI * k / n;
            Cos[k] = (float)Math.Cos(angle);
            Sin[k] = (float)Math.Sin(angle);
        }
    }

    /// <summary>The transform length, a power of 2.</summary>
    public int N { get; }

    public float[] Cos { get; }

    public float[] Sin { get; }
}
