using System.Globalization;

namespace Convolution.Teaching.Notebooks;

public static partial class Diagrams
{
    /// <summary>
    /// Where the window lands along one axis, for padding, stride and dilation: the padded input as a row of cells (the
    /// invented ones dashed), then one row per output with the window's k taps filled, d cells apart, its start s cells after
    /// the previous one. Cells that no window reaches (a last step that does not fit whole) are marked.
    /// </summary>
    /// <param name="n">The input's pixels, 1 to 40.</param>
    /// <param name="k">The kernel's taps, at least 1.</param>
    /// <param name="padding">p, pixels added on each side (n + 2p at most 48).</param>
    /// <param name="stride">s, at least 1.</param>
    /// <param name="dilation">d, at least 1.</param>
    /// <exception cref="ArgumentException">The window does not fit (the message of <see cref="Filters.OutputSize"/>), or more than 16 outputs.</exception>
    public static Figure WindowPositions(int n, int k, int padding = 0, int stride = 1, int dilation = 1)
    {
        InRange(n, 1, 40, nameof(n), "so the row of cells stays readable");
        InRange(padding, 0, (48 - n) / 2, nameof(padding), "so the padded row stays at most 48 cells");
        int outputs = Filters.OutputSize(n, k, padding, stride, dilation);
        InRange(outputs, 1, 16, "outputs", "(one row each; choose a smaller input or a larger stride)");
        int total = n + (2 * padding), span = (dilation * (k - 1)) + 1;
        int uncovered = Filters.UncoveredPixels(n, k, padding, stride, dilation);
        double cell = Math.Clamp(560.0 / total, 12, 30), left = 110, top = 58, rowGap = cell + 8;
        var canvas = new SvgCanvas(left + (total * cell) + 30, top + (outputs + 1) * rowGap + 40);
        string setting = $"n = {n}, k = {k}, p = {padding}, s = {stride}, d = {dilation}";
        canvas.Text(canvas.Width / 2, 20, $"{setting}: {outputs} output{(outputs == 1 ? string.Empty : "s")}", 15, bold: true);
        canvas.Text(left - 10, top + (cell / 2), "input", 12, "end");
        for (int x = 0; x < total; x++)
        {
            bool invented = x < padding || x >= padding + n;
            bool never = x >= total - uncovered;
            canvas.Rect(left + (x * cell), top, cell, cell, never ? SvgCanvas.Orange : invented ? "white" : SvgCanvas.Paper,
                SvgCanvas.Ink, 1, never ? 0.5 : 1, invented ? "3 2" : null);
            canvas.Text(left + (x * cell) + (cell / 2), top - 10, (x - padding).ToString(CultureInfo.InvariantCulture), 9, fill: "#555555");
        }

        for (int o = 0; o < outputs; o++)
        {
            double y = top + ((o + 1) * rowGap);
            int start = o * stride;
            canvas.Text(left - 10, y + (cell / 2), $"output {o}", 12, "end");
            canvas.Rect(left + (start * cell), y, span * cell, cell, SvgCanvas.Blue, SvgCanvas.Blue, 1, 0.12);
            for (int i = 0; i < k; i++)
            {
                canvas.Rect(left + ((start + (i * dilation)) * cell), y, cell, cell, SvgCanvas.Blue, SvgCanvas.Ink, 1, 0.75);
            }
        }

        double noteY = top + ((outputs + 1) * rowGap) + 16;
        string note = uncovered == 0
            ? $"the last window ends on the last cell: (n + 2p - d(k - 1) - 1) / s + 1 = {outputs} exactly"
            : $"orange: {uncovered} cell{(uncovered == 1 ? string.Empty : "s")} no window reaches; the formula gives a fraction, rounded down to {outputs}";
        canvas.Text(canvas.Width / 2, noteY, note, 12, fill: "#555555");

        string taps = dilation == 1 ? "side by side" : $"{dilation} cells apart";
        string alt = $"Window positions for {setting}. A row of {total} cells: the {n} input pixels" +
            (padding > 0 ? $" with {padding} invented cell{(padding == 1 ? string.Empty : "s")} dashed on each side" : string.Empty) +
            $". Below it {outputs} rows, one per output; in each, the window's {k} taps are filled, {taps}, spanning {span} cells, " +
            $"starting at cell {string.Join(", ", Enumerable.Range(0, outputs).Select(o => (o * stride) - padding))} (counted from the first input pixel)." +
            (uncovered == 0 ? " The last window ends on the last cell." : $" The last {uncovered} cell{(uncovered == 1 ? " is" : "s are")} never covered, marked orange.");
        return Show.Svg(canvas.ToSvg("Where the window lands", alt), alt);
    }
}
