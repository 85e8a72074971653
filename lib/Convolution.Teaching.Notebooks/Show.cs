using Convolution.Teaching.Notebooks.Pages;
using System.Numerics;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// Pictures in a notebook cell, as the Python lesson shows them with matplotlib: gray images with
/// a title, side by side, every image with alt text. Each method returns a <see cref="Figure"/>,
/// which renders as HTML when it is a cell's value or is passed to <c>display(...)</c>.
/// </summary>
public static class Show
{
    private const string RowStyle = "display:flex;flex-wrap:nowrap;gap:16px;align-items:flex-start;max-width:100%";
    private const string CellStyle = "flex:1 1 0;min-width:0";

    /// <summary>
    /// <c>plt.imshow(img, cmap="gray")</c>: the smallest value black, the largest white, with a title.
    /// Large images keep their natural size but never overflow the cell; tiny ones (a 3x3 patch) are
    /// enlarged with crisp square pixels.
    /// </summary>
    /// <param name="image">The image (byte, float or double), indexed [row, col].</param>
    /// <param name="title">The caption.</param>
    /// <param name="alt">What the image shows; when null: "title: grayscale image, R x C pixels, values min to max".</param>
    public static Figure Image<T>(T[,] image, string title, string? alt = null)
        where T : struct, INumber<T>
    {
        Panel panel = Panel.Of(image, title, alt);
        return new Figure(panel.ToHtml(), panel.AltText);
    }

    /// <summary>A colour image (its red, green and blue channels), with a title, at its natural size but never wider than the cell.</summary>
    /// <param name="image">The three channels, e.g. from <see cref="Images.LoadChannels"/>.</param>
    /// <param name="title">The caption.</param>
    /// <param name="alt">What the image shows, in words.</param>
    /// <exception cref="ArgumentException">The title or alt text is empty.</exception>
    public static Figure Color(ColorChannels image, string title, string alt)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(alt);
        string png = Convert.ToBase64String(Images.EncodeColorPng(image));
        string html = "<figure class=\"ct-image\" style=\"margin:0.25em 0;max-width:100%\">" +
            $"<img src=\"data:image/png;base64,{png}\" alt=\"{HtmlText.Escape(alt)}\" width=\"{image.Red.GetLength(1)}\" style=\"max-width:100%;height:auto\"/>" +
            $"<figcaption style=\"font-size:0.9em\">{HtmlText.Escape(title)}</figcaption></figure>";
        return new Figure(html, alt);
    }

    /// <summary>The lesson's <c>compare_two_images</c>: two images side by side, each titled.</summary>
    /// <param name="left">The left image.</param>
    /// <param name="leftTitle">The left caption.</param>
    /// <param name="right">The right image.</param>
    /// <param name="rightTitle">The right caption.</param>
    public static Figure Pair<TA, TB>(TA[,] left, string leftTitle, TB[,] right, string rightTitle)
        where TA : struct, INumber<TA>
        where TB : struct, INumber<TB> =>
        Row(Panel.Of(left, leftTitle), Panel.Of(right, rightTitle));

    /// <summary>Two or more images side by side, in the order given (make each with <see cref="Panel.Of"/>).</summary>
    /// <param name="panels">The images with their titles.</param>
    /// <exception cref="ArgumentException">Fewer than one panel, or a null panel.</exception>
    public static Figure Row(params Panel[] panels)
    {
        if (panels is null || panels.Length == 0)
        {
            throw new ArgumentException("panels is empty: pass at least one Panel.Of(image, title).", nameof(panels));
        }

        if (Array.IndexOf(panels, null) is int missing and >= 0)
        {
            throw new ArgumentException($"panels[{missing}] is null: make each panel with Panel.Of(image, title).", nameof(panels));
        }

        string html = $"<div class=\"ct-row\" style=\"{RowStyle}\">" +
            string.Concat(panels.Select(p => p.ToHtml(CellStyle))) + "</div>";
        string alt = panels.Length switch
        {
            1 => panels[0].AltText,
            2 => $"Two images side by side. Left: {panels[0].AltText}. Right: {panels[1].AltText}.",
            _ => $"{panels.Length} images side by side, left to right: " +
                 string.Join("; ", panels.Select((p, i) => $"{i + 1}) {p.AltText}")) + ".",
        };
        return new Figure(html, alt);
    }

    /// <summary>
    /// Images side by side that wrap onto the next line instead of shrinking: each is shown at least
    /// <paramref name="minWidth"/> CSS pixels wide (its natural width when that is larger, but never wider than the cell),
    /// so details such as whiskers stay visible when there are many pictures.
    /// </summary>
    /// <param name="minWidth">The smallest width of each image, in CSS pixels (e.g. 300).</param>
    /// <param name="panels">The images with their titles (make each with <see cref="Panel.Of"/> or <see cref="Panel.OnFixedScale"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minWidth"/> is not positive.</exception>
    /// <exception cref="ArgumentException">No panel, or a null panel.</exception>
    public static Figure Grid(int minWidth, params Panel[] panels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minWidth);
        Figure row = Row(panels); // the same checks and alt text as a row
        string html = "<div class=\"ct-grid\" style=\"display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;max-width:100%\">" +
            string.Concat(panels.Select(p =>
            {
                int width = Math.Max(minWidth, p.Cols * p.Scale);
                // The image's own max-width:100% then fills the figure, so it is never drawn narrower than minWidth.
                return p.ToHtml($"flex:1 1 {minWidth}px;min-width:min({minWidth}px,100%);max-width:{width}px", fillWidth: true);
            })) + "</div>";
        return new Figure(html, row.AltText);
    }

    /// <summary>
    /// The same part of several pictures, cut out at full resolution and enlarged so that every pixel is a visible square
    /// (nearest neighbour, never resampled): for comparing fine detail, such as whiskers and fur, that two whole pictures
    /// side by side (each shrunk to half the cell) hide. The crops share one gray scale, the smallest value over all of
    /// them black and the largest white, so one gray means one value in every crop. A valid-mode result is smaller than
    /// the image it came from: give the pixels it lost on each side as its border (kernel size / 2, e.g. 1 for 3 x 3 and
    /// 2 for 5 x 5), and its crop shows the same part of the picture as the others.
    /// </summary>
    /// <param name="rows">The rows of the part to show, counted in the original picture (e.g. <c>200..260</c>).</param>
    /// <param name="cols">The columns of the part to show, counted in the original picture.</param>
    /// <param name="zoom">How many screen pixels each picture pixel takes in each direction (e.g. 4).</param>
    /// <param name="pictures">Each picture with its title and border (0 for the original).</param>
    /// <exception cref="ArgumentException">No picture, an empty or open-ended region, or a region that does not fit a picture.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zoom"/> is below 1, or a border is negative.</exception>
    public static Figure Zoom(Range rows, Range cols, int zoom, params (string Title, double[,] Image, int Border)[] pictures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(zoom, 1);
        if (pictures is null || pictures.Length == 0)
        {
            throw new ArgumentException("pictures is empty: pass at least one (title, image, border), e.g. (\"original\", cat, 0).", nameof(pictures));
        }

        if (rows.Start.IsFromEnd || rows.End.IsFromEnd || cols.Start.IsFromEnd || cols.End.IsFromEnd)
        {
            throw new ArgumentException($"the region {rows}, {cols} counts from the end (^): give rows and columns from the top-left, e.g. 200..260.", nameof(rows));
        }

        int top = rows.Start.Value, left = cols.Start.Value, height = rows.End.Value - top, width = cols.End.Value - left;
        if (height <= 0 || width <= 0)
        {
            throw new ArgumentException($"the region {rows}, {cols} is empty: the end of each range must be past its start.", nameof(rows));
        }

        var crops = new List<(string Title, double[,] Crop)>();
        foreach (var (title, image, border) in pictures)
        {
            ArgumentNullException.ThrowIfNull(image, nameof(pictures));
            ArgumentOutOfRangeException.ThrowIfNegative(border, nameof(pictures));
            int r0 = top - border, c0 = left - border;
            if (r0 < 0 || c0 < 0 || r0 + height > image.GetLength(0) || c0 + width > image.GetLength(1))
            {
                throw new ArgumentException(
                    $"\"{title}\" ({image.GetLength(0)} x {image.GetLength(1)}, border {border}) does not hold rows {top} to {top + height - 1}, " +
                    $"columns {left} to {left + width - 1} of the original: pick a region further inside.", nameof(pictures));
            }

            crops.Add((title, Arrays.Slice(image, r0..(r0 + height), c0..(c0 + width))));
        }

        var finite = crops.SelectMany(c => c.Crop.Cast<double>()).Where(double.IsFinite).ToArray();
        double black = finite.Length == 0 ? 0 : finite.Min(), white = finite.Length == 0 ? 1 : finite.Max();
        if (!(white > black))
        {
            white = black + 1; // every crop one value: drawn black, on a scale that still has a width
        }

        string where = $"rows {top} to {top + height - 1}, columns {left} to {left + width - 1}";
        var panels = crops.Select(c =>
        {
            double min = c.Crop.Cast<double>().Where(double.IsFinite).DefaultIfEmpty(double.NaN).Min();
            double max = c.Crop.Cast<double>().Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max();
            string alt = $"{c.Title}, {where} of the picture, enlarged {zoom} times so that each pixel is a square: values {Html.Number(min)} to {Html.Number(max)}, " +
                $"on a gray scale shared by all {crops.Count} crops ({Html.Number(black)} black, {Html.Number(white)} white)";
            return Panel.OnFixedScale(c.Crop, $"{c.Title}, {where}", black, white, alt).Zoomed(zoom);
        }).ToArray();
        return Grid(width * zoom, panels);
    }

    /// <summary>
    /// An SVG drawing as an image: embedded as <c>&lt;img src="data:image/svg+xml;base64,..."&gt;</c>
    /// so that its alt text works in every viewer and its styles cannot leak into the page.
    /// </summary>
    /// <param name="svg">The SVG document text, starting with <c>&lt;svg</c> (an XML declaration before it is allowed).</param>
    /// <param name="alt">What the drawing shows, in words.</param>
    /// <param name="caption">An optional caption under the drawing.</param>
    /// <exception cref="ArgumentException">The text is not an SVG document, or the alt text is empty.</exception>
    public static Figure Svg(string svg, string alt, string? caption = null)
    {
        string body = (svg ?? string.Empty).TrimStart();
        if (body.StartsWith("<?xml", StringComparison.Ordinal))
        {
            body = body[(body.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart();
        }

        if (!body.StartsWith("<svg", StringComparison.Ordinal))
        {
            throw new ArgumentException("svg does not start with <svg: pass a whole SVG document, e.g. <svg xmlns=\"http://www.w3.org/2000/svg\" ...>...</svg>.", nameof(svg));
        }

        if (string.IsNullOrWhiteSpace(alt))
        {
            throw new ArgumentException("alt is empty: say in words what the drawing shows.", nameof(alt));
        }

        string figcaption = string.IsNullOrWhiteSpace(caption) ? string.Empty
            : $"<figcaption style=\"font-size:0.9em\">{HtmlText.Escape(caption)}</figcaption>";
        string html = "<figure class=\"ct-diagram\" style=\"margin:0.25em 0;max-width:100%\">" +
            $"<img src=\"data:image/svg+xml;base64,{Html.Base64(svg!)}\" alt=\"{HtmlText.Escape(alt)}\" style=\"max-width:100%;height:auto\"/>" +
            figcaption + "</figure>";
        return new Figure(html, alt);
    }
}
