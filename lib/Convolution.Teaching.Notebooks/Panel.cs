using Convolution.Teaching.Notebooks.Pages;
using System.Numerics;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// One titled image for <see cref="Show.Row"/>: the image stretched to gray as
/// <c>plt.imshow(img, cmap="gray")</c> does, already encoded as PNG.
/// </summary>
public sealed class Panel
{
    /// <summary>Images whose larger side is below this many pixels are enlarged (nearest neighbour) so they can be seen.</summary>
    internal const int SmallImageSide = 160;

    /// <summary>About how wide, in CSS pixels, an enlarged small image is shown.</summary>
    internal const int SmallImageTarget = 240;

    private readonly int? zoom;

    private Panel(byte[] png, int rows, int cols, double min, double max, string title, string altText, (double Black, double White)? fixedScale, int? zoom = null)
    {
        this.zoom = zoom;
        FixedScale = fixedScale;
        Png = png;
        Rows = rows;
        Cols = cols;
        Min = min;
        Max = max;
        Title = title;
        AltText = altText;
    }

    /// <summary>
    /// The values shown black and white when they are fixed (<see cref="OnFixedScale"/>); null when the image is
    /// stretched, its own smallest value black and its largest white (<see cref="Of"/>).
    /// </summary>
    public (double Black, double White)? FixedScale { get; }

    /// <summary>The PNG bytes (8-bit gray: min..max stretched to 0..255, or the fixed scale's black..white).</summary>
    public byte[] Png { get; }

    /// <summary>The image's rows (its height in pixels).</summary>
    public int Rows { get; }

    /// <summary>The image's columns (its width in pixels).</summary>
    public int Cols { get; }

    /// <summary>The smallest finite value in the image (NaN when there is none).</summary>
    public double Min { get; }

    /// <summary>The largest finite value in the image (NaN when there is none).</summary>
    public double Max { get; }

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>The alt text of the image.</summary>
    public string AltText { get; }

    /// <summary>
    /// How many times larger than its natural size the image is shown: 1 for ordinary images, more
    /// for tiny ones (a 3x3 patch is shown 80 times larger, each pixel a crisp square), or the zoom a crop was given
    /// (<see cref="Zoomed"/>).
    /// </summary>
    public int Scale => zoom ?? (Math.Max(Rows, Cols) < SmallImageSide ? Math.Max(1, SmallImageTarget / Math.Max(Rows, Cols)) : 1);

    /// <summary>
    /// The same panel shown <paramref name="factor"/> times its natural size, each pixel a crisp square (never resampled):
    /// for crops whose fine detail must be seen pixel by pixel (<see cref="Show.Zoom"/>).
    /// </summary>
    /// <param name="factor">How many screen pixels each image pixel takes in each direction, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is below 1.</exception>
    internal Panel Zoomed(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        return new Panel(Png, Rows, Cols, Min, Max, Title, AltText, FixedScale, factor);
    }

    /// <summary>A titled panel from an image of any number type (byte, float, double, ...), indexed [row, col].</summary>
    /// <param name="image">The image; its smallest value is shown black and its largest white.</param>
    /// <param name="title">The caption, e.g. "original".</param>
    /// <param name="alt">What the image shows, for screen readers; when null, a description is made from the title, size and value range.</param>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="image"/> is empty or <paramref name="title"/> is empty.</exception>
    public static Panel Of<T>(T[,] image, string title, string? alt = null)
        where T : struct, INumber<T> => Create(image, title, alt, fixedScale: null);

    /// <summary>
    /// A titled panel on a fixed gray scale: <paramref name="black"/> and below black, <paramref name="white"/> and above
    /// white, linear between. Unlike <see cref="Of"/>, no picture is stretched to its own range, so pictures put side
    /// by side can be compared by brightness (a picture whose values are 0 to 100 stays dark).
    /// </summary>
    /// <param name="image">The image, indexed [row, col].</param>
    /// <param name="title">The caption.</param>
    /// <param name="black">The value shown black (0 for 8-bit images).</param>
    /// <param name="white">The value shown white (255 for 8-bit images); larger than <paramref name="black"/>.</param>
    /// <param name="alt">What the image shows; when null, a description from the title, size, value range and scale.</param>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
    /// <exception cref="ArgumentException">The image or title is empty, or white is not above black.</exception>
    public static Panel OnFixedScale<T>(T[,] image, string title, double black = 0, double white = 255, string? alt = null)
        where T : struct, INumber<T>
    {
        if (!(white > black) || !double.IsFinite(black) || !double.IsFinite(white))
        {
            throw new ArgumentException($"the scale {black} to {white} is empty: white must be a finite value above black, e.g. 0 and 255.", nameof(white));
        }

        return Create(image, title, alt, (black, white));
    }

    private static Panel Create<T>(T[,] image, string title, string? alt, (double Black, double White)? fixedScale)
        where T : struct, INumber<T>
    {
        if (image is null)
        {
            throw new ArgumentNullException(nameof(image), "image is null: pass a 2D array indexed [row, col].");
        }

        if (image.GetLength(0) == 0 || image.GetLength(1) == 0)
        {
            throw new ArgumentException(
                $"image is empty ({image.GetLength(0)} x {image.GetLength(1)}): pass an image with at least one row and one column.", nameof(image));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException("title is empty: give the image a short caption, e.g. \"original\".", nameof(title));
        }

        int rows = image.GetLength(0), cols = image.GetLength(1);
        var values = new double[rows, cols];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                double v = double.CreateTruncating(image[r, c]);
                values[r, c] = v;
                if (double.IsFinite(v))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
            }
        }

        if (min > max)
        {
            min = max = double.NaN;
        }

        byte[,] gray = fixedScale is var (black, white)
            ? Arrays.Map(values, (r, c, _, _) => Conversions.ToByte(Math.Clamp((values[r, c] - black) * 255.0 / (white - black), 0, 255)))
            : Images.StretchToByte(values);
        byte[] png = Images.EncodePng(gray);
        string altText = string.IsNullOrWhiteSpace(alt) ? DescribeGray(title, rows, cols, min, max) + ScaleWords(fixedScale) : alt;
        return new Panel(png, rows, cols, min, max, title, altText, fixedScale);
    }

    /// <summary>The automatic alt text: "title: grayscale image, R x C pixels, values min to max".</summary>
    internal static string DescribeGray(string title, int rows, int cols, double min, double max)
    {
        string range = double.IsNaN(min) ? "no finite values" : $"values {Html.Number(min)} to {Html.Number(max)}";
        return $"{title}: grayscale image, {rows} x {cols} pixels, {range}";
    }

    /// <summary>", shown on the fixed scale 0 (black) to 255 (white)", or nothing for a stretched image.</summary>
    internal static string ScaleWords((double Black, double White)? fixedScale) => fixedScale is var (black, white)
        ? $", shown on the fixed scale {Html.Number(black)} (black) to {Html.Number(white)} (white)"
        : string.Empty;

    /// <summary>The panel as a <c>&lt;figure&gt;</c> with an inline PNG and a caption.</summary>
    /// <param name="flexStyle">Extra CSS for the figure (how it sits in a row).</param>
    /// <param name="fillWidth">True to draw the image as wide as its figure (a grid sets the figure's width), not at its natural width.</param>
    internal string ToHtml(string flexStyle = "display:inline-block;max-width:100%", bool fillWidth = false)
    {
        string width = fillWidth ? "width:100%;" : string.Empty;
        int scale = Scale;
        string pixelated = scale > 1 ? "image-rendering:crisp-edges;image-rendering:pixelated;" : string.Empty;
        string range = double.IsNaN(Min) ? "no finite values" : $"{Html.Number(Min)} to {Html.Number(Max)}";
        string enlarged = scale > 1 ? $", shown {scale}x" : string.Empty;
        return
            $"<figure class=\"ct-image\" style=\"margin:0.25em 0;{flexStyle}\">" +
            $"<img src=\"data:image/png;base64,{Convert.ToBase64String(Png)}\" alt=\"{HtmlText.Escape(AltText)}\" " +
            $"width=\"{Cols * scale}\" height=\"{Rows * scale}\" style=\"{pixelated}{width}max-width:100%;height:auto;display:block;border:1px solid #ccc\"/>" +
            $"<figcaption style=\"font-size:0.9em\"><strong>{HtmlText.Escape(Title)}</strong> " +
            $"<span style=\"color:#666\">{Rows} x {Cols}, values {range}{ScaleWords(FixedScale)}{enlarged}</span></figcaption></figure>";
    }
}
