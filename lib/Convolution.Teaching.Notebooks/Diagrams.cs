using System.Globalization;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// Diagrams drawn by code as SVG (the Python lesson's <c>conv_modes.png</c> and <c>flip_fg.png</c> are
/// not available), each returned as a <see cref="Figure"/> whose alt text says what it shows.
/// </summary>
public static partial class Diagrams
{
    /// <summary>
    /// Three panels, full / same / valid: an N x N image grid, the k x k kernel at its first
    /// (blue) and last (orange) position, the pixels outside the image that a mode needs (dashed),
    /// and one dot per output pixel at the kernel's centre, so the output size can be counted.
    /// </summary>
    /// <param name="imageSize">N, the side of the square image (2 to 12).</param>
    /// <param name="kernelSize">k, the side of the square kernel (1 to N).</param>
    public static Figure OutputModes(int imageSize = 5, int kernelSize = 3)
    {
        if (imageSize < 2 || imageSize > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(imageSize), imageSize, "imageSize must be 2 to 12 so the grid stays readable.");
        }

        if (kernelSize < 1 || kernelSize > imageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(kernelSize), kernelSize, $"kernelSize must be 1 to imageSize ({imageSize}): a larger kernel has no valid position.");
        }

        int n = imageSize, k = kernelSize, extent = n + (2 * (k - 1));
        double cell = Math.Clamp(200.0 / extent, 10, 26), pad = 24, top = 44;
        double panelWidth = (extent * cell) + (2 * pad), gridHeight = extent * cell;
        var canvas = new SvgCanvas(3 * panelWidth, top + gridHeight + 70 + 64);
        var modes = new[]
        {
            (Mode: OutputMode.Full, First: -(k - 1), Formula: "N + k - 1", Values: $"{n} + {k} - 1"),
            (Mode: OutputMode.Same, First: -(k / 2), Formula: "N", Values: $"{n}"),
            (Mode: OutputMode.Valid, First: 0, Formula: "N - k + 1", Values: $"{n} - {k} + 1"),
        };
        var sentences = new List<string>();
        for (int m = 0; m < modes.Length; m++)
        {
            var mode = modes[m];
            int output = Filters.OutputShape(n, n, k, k, mode.Mode).Rows;
            int first = mode.First, last = first + output - 1;
            double gx = (m * panelWidth) + pad, gy = top;
            double X(int col) => gx + ((col + k - 1) * cell);
            double Y(int row) => gy + ((row + k - 1) * cell);
            string name = mode.Mode.ToString().ToLowerInvariant();
            canvas.Text(gx + (extent * cell / 2), 20, name, 16, bold: true);

            // Pixels outside the image that some kernel position covers: the border values this mode needs.
            for (int r = first; r <= last + k - 1; r++)
            {
                for (int c = first; c <= last + k - 1; c++)
                {
                    if (r < 0 || c < 0 || r >= n || c >= n)
                    {
                        canvas.Rect(X(c), Y(r), cell, cell, "white", "#888888", 1, 1, "3,2");
                    }
                }
            }

            canvas.Grid(X(0), Y(0), n, n, cell, SvgCanvas.Paper);
            canvas.Rect(X(first), Y(first), k * cell, k * cell, SvgCanvas.Blue, SvgCanvas.Blue, 3, 0.18);
            canvas.Rect(X(last), Y(last), k * cell, k * cell, SvgCanvas.Orange, SvgCanvas.Orange, 3, 0.18);
            for (int r = first; r <= last; r++)
            {
                for (int c = first; c <= last; c++)
                {
                    canvas.Circle(X(c + (k / 2)) + (cell / 2), Y(r + (k / 2)) + (cell / 2), Math.Max(2, cell * 0.14), SvgCanvas.Ink);
                }
            }

            canvas.Text(gx + (extent * cell / 2), gy + gridHeight + 20, $"output {output} x {output}", 14, bold: true);
            canvas.Text(gx + (extent * cell / 2), gy + gridHeight + 40, $"{mode.Formula} = {mode.Values}", 13);
            int outside = -first;
            string reach = outside == 0 ? "the kernel stays inside the image"
                : $"the kernel reaches {outside} pixel{(outside == 1 ? string.Empty : "s")} outside the image on every side";
            sentences.Add($"{name}: {reach}, so the output is {output} x {output} ({mode.Formula})");
        }

        double ly = top + gridHeight + 84;
        canvas.Rect(pad, ly - 7, 14, 14, SvgCanvas.Blue, SvgCanvas.Blue, 2, 0.18);
        canvas.Text(pad + 20, ly, "first kernel position", 12, "start");
        canvas.Rect(pad + 170, ly - 7, 14, 14, SvgCanvas.Orange, SvgCanvas.Orange, 2, 0.18);
        canvas.Text(pad + 190, ly, "last kernel position", 12, "start");
        canvas.Circle(pad + 347, ly, 4, SvgCanvas.Ink);
        canvas.Text(pad + 357, ly, "one output pixel (at the kernel's centre)", 12, "start");
        canvas.Rect(pad, ly + 20, 14, 14, "white", "#888888", 1, 1, "3,2");
        canvas.Text(pad + 20, ly + 27, "outside the image: values must be invented (border mode)", 12, "start");

        string alt = $"Three diagrams of a {n} x {n} image (N = {n}) and a {k} x {k} kernel (k = {k}), with the kernel's first and last positions and one dot per output pixel. " +
            string.Join(". ", sentences) + ".";
        return Show.Svg(canvas.ToSvg("Output sizes of full, same and valid correlation", alt), alt);
    }

    /// <summary>
    /// The kernel, its up-down flip, and its up-down plus left-right flip (a 180-degree rotation),
    /// with the numbers in the cells and the top-left entry highlighted so its journey to the
    /// bottom-right corner can be followed. Convolution uses the last one; correlation the first.
    /// </summary>
    /// <param name="kernel">The kernel, up to 9 x 9.</param>
    public static Figure Flip(double[,] kernel)
    {
        if (kernel is null)
        {
            throw new ArgumentNullException(nameof(kernel), "kernel is null: pass a 2D array such as Kernels.BoxBlur(3).");
        }

        int rows = kernel.GetLength(0), cols = kernel.GetLength(1);
        if (rows == 0 || cols == 0 || rows > 9 || cols > 9)
        {
            throw new ArgumentException($"kernel is {rows} x {cols}: draw kernels from 1 x 1 to 9 x 9.", nameof(kernel));
        }

        double[,] upDown = Arrays.FlipUpDown(kernel), both = Arrays.Flip(kernel);
        double cell = 46, gap = 150, top = 56;
        double matrixWidth = cols * cell;
        var canvas = new SvgCanvas((3 * matrixWidth) + (2 * gap) + 40, top + (rows * cell) + 56);
        var panels = new[]
        {
            (Values: kernel, Title: "kernel", HighlightRow: 0, HighlightCol: 0),
            (Values: upDown, Title: "flipped up-down", HighlightRow: rows - 1, HighlightCol: 0),
            (Values: both, Title: "then flipped left-right", HighlightRow: rows - 1, HighlightCol: cols - 1),
        };
        for (int p = 0; p < panels.Length; p++)
        {
            double x = 20 + (p * (matrixWidth + gap));
            canvas.Text(x + (matrixWidth / 2), 24, panels[p].Title, 15, bold: true);
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < cols; c++)
                {
                    bool marked = r == panels[p].HighlightRow && c == panels[p].HighlightCol;
                    canvas.Rect(x + (c * cell), top + (r * cell), cell, cell, marked ? SvgCanvas.Blue : SvgCanvas.Paper, SvgCanvas.Ink, 1, marked ? 0.35 : 1);
                    canvas.Text(x + (c * cell) + (cell / 2), top + (r * cell) + (cell / 2), Short(panels[p].Values[r, c]), 13);
                }
            }

            if (p < 2)
            {
                double ax = x + matrixWidth + 12, ay = top + (rows * cell / 2);
                canvas.Arrow(ax, ay, ax + gap - 24, ay);
                canvas.Text(ax + ((gap - 24) / 2), ay - 14, p == 0 ? "flip up-down" : "flip left-right", 12);
                canvas.Text(ax + ((gap - 24) / 2), ay + 16, p == 0 ? "np.flipud" : "np.fliplr", 11, fill: "#555555");
            }
        }

        canvas.Text(canvas.Width / 2, top + (rows * cell) + 30,
            "both flips together rotate the kernel by 180 degrees: the highlighted top-left entry ends bottom-right", 13);
        string alt = $"The {rows} x {cols} kernel {Matrix(kernel)}, flipped up-down gives {Matrix(upDown)}, then flipped left-right gives {Matrix(both)}. " +
            $"The highlighted top-left entry {Short(kernel[0, 0])} ends in the bottom-right corner: the two flips together rotate the kernel by 180 degrees." +
            (Arrays.AllClose(kernel, both) ? " This kernel looks the same after the rotation, so convolution and correlation give the same result with it."
                : " This kernel changes under the rotation, so convolution and correlation give different results with it.");
        return Show.Svg(canvas.ToSvg("Flipping a kernel", alt), alt);
    }

    /// <summary>
    /// The sliding window: an image grid with the kernel-sized window whose top-left corner is at
    /// (<paramref name="row"/>, <paramref name="col"/>) highlighted, and an arrow to the output pixel
    /// it fills in the valid-mode output (the sum of the window times the kernel).
    /// </summary>
    /// <param name="imageRows">The image's rows (1 to 64).</param>
    /// <param name="imageCols">The image's columns (1 to 64).</param>
    /// <param name="kernelRows">The kernel's rows (at most imageRows).</param>
    /// <param name="kernelCols">The kernel's columns (at most imageCols).</param>
    /// <param name="row">The window's top row, 0 to imageRows - kernelRows.</param>
    /// <param name="col">The window's left column, 0 to imageCols - kernelCols.</param>
    public static Figure SlidingWindow(int imageRows, int imageCols, int kernelRows, int kernelCols, int row, int col)
    {
        InRange(imageRows, 1, 64, nameof(imageRows), "so the grid stays readable");
        InRange(imageCols, 1, 64, nameof(imageCols), "so the grid stays readable");
        InRange(kernelRows, 1, imageRows, nameof(kernelRows), "(the kernel must fit in the image)");
        InRange(kernelCols, 1, imageCols, nameof(kernelCols), "(the kernel must fit in the image)");
        var (outRows, outCols) = Filters.OutputShape(imageRows, imageCols, kernelRows, kernelCols, OutputMode.Valid);
        InRange(row, 0, outRows - 1, nameof(row), "(the window's top row; the window must lie inside the image)");
        InRange(col, 0, outCols - 1, nameof(col), "(the window's left column; the window must lie inside the image)");

        double cell = Math.Clamp(320.0 / Math.Max(imageRows, imageCols), 5, 30), top = 50, left = 36, gap = 130;
        bool labels = Math.Max(imageRows, imageCols) <= 16;
        double imageWidth = imageCols * cell, outX = left + imageWidth + gap;
        var canvas = new SvgCanvas(outX + (outCols * cell) + 36, top + (imageRows * cell) + 70);
        canvas.Text(left + (imageWidth / 2), 22, $"image {imageRows} x {imageCols}", 15, bold: true);
        canvas.Text(outX + (outCols * cell / 2), 22, $"valid output {outRows} x {outCols}", 15, bold: true);
        canvas.Grid(left, top, imageRows, imageCols, cell, SvgCanvas.Paper);
        canvas.Grid(outX, top, outRows, outCols, cell, "white");
        if (labels)
        {
            IndexLabels(canvas, left, top, imageRows, imageCols, cell);
            IndexLabels(canvas, outX, top, outRows, outCols, cell);
        }

        double wx = left + (col * cell), wy = top + (row * cell);
        canvas.Rect(wx, wy, kernelCols * cell, kernelRows * cell, SvgCanvas.Blue, SvgCanvas.Blue, 3, 0.3);
        double ox = outX + (col * cell), oy = top + (row * cell);
        canvas.Rect(ox, oy, cell, cell, SvgCanvas.Orange, SvgCanvas.Orange, 3, 0.6);
        double startX = wx + (kernelCols * cell), startY = wy + (kernelRows * cell / 2);
        canvas.Arrow(startX + 4, startY, ox - 4, oy + (cell / 2), SvgCanvas.Ink, (startX + ox) / 2, Math.Max(8, Math.Min(startY, oy) - 40));
        string window = $"image[{row}:{row + kernelRows}, {col}:{col + kernelCols}]";
        canvas.Text(canvas.Width / 2, top + (imageRows * cell) + 24, $"output[{row}, {col}] = sum of {window} * kernel (element-wise)", 13);
        canvas.Text(canvas.Width / 2, top + (imageRows * cell) + 46, "slide the window one pixel right (then down) for the next output pixel", 12, fill: "#555555");

        string alt = $"A {imageRows} x {imageCols} image grid with the {kernelRows} x {kernelCols} window whose top-left corner is at row {row}, col {col} " +
            $"(rows {row} to {row + kernelRows - 1}, cols {col} to {col + kernelCols - 1}) highlighted. An arrow leads to pixel ({row}, {col}) of the " +
            $"{outRows} x {outCols} valid output, which is the sum of the window times the kernel, element by element.";
        return Show.Svg(canvas.ToSvg("The sliding window", alt), alt);
    }

    private static void IndexLabels(SvgCanvas canvas, double x, double y, int rows, int cols, double cell)
    {
        for (int c = 0; c < cols; c++)
        {
            canvas.Text(x + (c * cell) + (cell / 2), y - 8, c.ToString(CultureInfo.InvariantCulture), 10, fill: "#555555");
        }

        for (int r = 0; r < rows; r++)
        {
            canvas.Text(x - 8, y + (r * cell) + (cell / 2), r.ToString(CultureInfo.InvariantCulture), 10, "end", "#555555");
        }
    }

    private static void InRange(int value, int min, int max, string name, string why)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {min} to {max} {why}.");
        }
    }

    private static string Short(double v) =>
        v == Math.Round(v) && Math.Abs(v) < 1e6 ? v.ToString("0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Matrix(double[,] m) =>
        "[" + string.Join(", ", Enumerable.Range(0, m.GetLength(0)).Select(r =>
            "[" + string.Join(", ", Enumerable.Range(0, m.GetLength(1)).Select(c => Short(m[r, c]))) + "]")) + "]";
}
