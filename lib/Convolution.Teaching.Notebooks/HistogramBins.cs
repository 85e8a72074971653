namespace Convolution.Teaching.Notebooks;

/// <summary>Equal-width bins shared by several images, so their histograms can be overlaid.</summary>
internal sealed class HistogramBins
{
    /// <summary>Equal bins used for data that is not small integers.</summary>
    public const int DefaultBins = 64;

    private HistogramBins(double start, double width, int count)
    {
        Start = start;
        Width = width;
        Centres = Enumerable.Range(0, count).Select(i => start + ((i + 0.5) * width)).ToArray();
        Labels = Enumerable.Range(0, count).Select(i => $"{Html.Number(start + (i * width))} to {Html.Number(start + ((i + 1) * width))}").ToArray();
    }

    /// <summary>The lower edge of the first bin.</summary>
    public double Start { get; }

    /// <summary>The width of every bin.</summary>
    public double Width { get; }

    /// <summary>The middle of each bin (the bar positions).</summary>
    public double[] Centres { get; }

    /// <summary>"a to b" for each bin (the hover text).</summary>
    public string[] Labels { get; }

    /// <summary>
    /// Bins covering every finite value of all the images. With <paramref name="bins"/> 0:
    /// one bin per integer when all values are integers spanning at most 256 values (8-bit images),
    /// else <see cref="DefaultBins"/> equal bins.
    /// </summary>
    public static HistogramBins For(double[][,] images, int bins)
    {
        if (bins < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bins), bins, "bins must be 0 (automatic) or a positive number of bins.");
        }

        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        bool integers = true;
        foreach (double[,] image in images)
        {
            foreach (double v in image)
            {
                if (double.IsFinite(v))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                    integers &= v == Math.Round(v);
                }
            }
        }

        if (min > max)
        {
            throw new ArgumentException("The images have no finite values: there is nothing to count.", nameof(images));
        }

        if (bins == 0 && integers && max - min < 256)
        {
            return new HistogramBins(min - 0.5, 1, (int)(max - min) + 1);
        }

        int count = bins == 0 ? DefaultBins : bins;
        return max > min
            ? new HistogramBins(min, (max - min) / count, count)
            : new HistogramBins(min - 0.5, 1, 1);
    }

    /// <summary>How many finite values of the image fall in each bin (the top edge belongs to the last bin).</summary>
    public long[] Count(double[,] image)
    {
        var counts = new long[Centres.Length];
        foreach (double v in image)
        {
            if (double.IsFinite(v))
            {
                int i = (int)Math.Floor((v - Start) / Width);
                counts[Math.Clamp(i, 0, counts.Length - 1)]++;
            }
        }

        return counts;
    }
}
