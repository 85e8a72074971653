using Plotly.NET;

namespace Convolution.Teaching.Notebooks;

public static partial class Plots
{
    /// <summary>
    /// One chart with a slider over pairs of Canny thresholds (low, high): each step shows the edges that
    /// <see cref="Edges.DoubleThreshold"/> and <see cref="Edges.Hysteresis"/> keep from the image's thinned gradient,
    /// computed once (<see cref="Edges.GradientX"/>, <see cref="Edges.GradientY"/>, L1 <see cref="Edges.Magnitude"/>,
    /// <see cref="Edges.NonMaximumSuppression"/>), so only the thresholds change between steps. Edges are sent as 0 and 1,
    /// which keeps 5 steps of the 300 x 451 cat whole (sampling would break the one-pixel lines); more steps are sampled.
    /// </summary>
    /// <param name="image">The image to find edges in, e.g. the output of <see cref="Edges.Smooth"/>.</param>
    /// <param name="thresholds">The (low, high) pairs, one slider step each, e.g. <c>[(50, 100), (100, 200)]</c>.</param>
    /// <param name="title">The chart title.</param>
    public static GenericChart CannyThresholdSlider(double[,] image, (double Low, double High)[] thresholds, string title)
    {
        CheckArray(image, nameof(image));
        CheckSteps(thresholds, nameof(thresholds));
        if (thresholds.Any(t => !double.IsFinite(t.Low) || !double.IsFinite(t.High) || t.Low > t.High))
        {
            throw new ArgumentException("each pair needs finite thresholds with low <= high, e.g. (100, 200).", nameof(thresholds));
        }

        double[,] gx = Edges.GradientX(image), gy = Edges.GradientY(image);
        double[,] thin = Edges.NonMaximumSuppression(Edges.Magnitude(gx, gy), Edges.DirectionBins(gx, gy));
        int stride = PlotlyParts.Stride(image.GetLength(0), image.GetLength(1), thresholds.Length, 2, SliderDataBudgetBytes);
        var frames = thresholds
            .Select(t => PlotlyParts.Sample(Edges.Hysteresis(Edges.DoubleThreshold(thin, t.Low, t.High)), stride, v => v == 0 ? 0 : 1))
            .ToArray();
        string[] labels = thresholds.Select(t => $"{Html.Number(t.Low)} / {Html.Number(t.High)}").ToArray();
        return ImageSlider(frames, labels, image.GetLength(0), image.GetLength(1), stride, 0, 1,
            "low / high: ", title + PlotlyParts.SampledNote(stride));
    }
}
