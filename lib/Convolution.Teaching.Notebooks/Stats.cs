namespace Convolution.Teaching.Notebooks;

/// <summary>numpy's mean, std (population, ddof 0), min and max of an array.</summary>
internal readonly record struct Stats(double Mean, double Std, double Min, double Max)
{
    /// <summary>The statistics of every element (two passes, so the std does not lose digits).</summary>
    public static Stats Of<T>(T[,] values)
        where T : System.Numerics.INumberBase<T>
    {
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (T item in values)
        {
            double v = double.CreateTruncating(item);
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        double mean = sum / values.Length, squares = 0;
        foreach (T item in values)
        {
            double d = double.CreateTruncating(item) - mean;
            squares += d * d;
        }

        return new Stats(mean, Math.Sqrt(squares / values.Length), min, max);
    }
}
