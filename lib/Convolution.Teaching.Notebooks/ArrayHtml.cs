using Convolution.Teaching.Notebooks.Pages;
using System.Globalization;
using System.Numerics;

namespace Convolution.Teaching.Notebooks;

/// <summary>2D arrays as numpy prints them: small ones whole and aligned, large ones summarized.</summary>
internal static class ArrayHtml
{
    /// <summary>Arrays up to this many rows and columns are printed whole.</summary>
    public const int MaxWholeSide = 12;

    /// <summary>How many rows and columns of a large array's top-left corner are printed.</summary>
    public const int CornerSide = 6;

    /// <summary>The HTML for a 2D array: a &lt;pre&gt; block and a line with its shape and dtype.</summary>
    public static string Render<T>(T[,] array)
        where T : struct, INumber<T>
    {
        int rows = array.GetLength(0), cols = array.GetLength(1);
        string dtype = Arrays.DType(array);
        if (rows == 0 || cols == 0)
        {
            return $"<div class=\"ct-array\"><code>empty array, shape ({rows}, {cols}), dtype {dtype}</code></div>";
        }

        if (rows <= MaxWholeSide && cols <= MaxWholeSide)
        {
            return "<div class=\"ct-array\"><pre style=\"margin:0\">" + HtmlText.Escape(Text(array, rows, cols, false)) + "</pre>" +
                $"<div style=\"color:#666;font-size:0.85em\">shape ({rows}, {cols}), dtype {dtype}</div></div>";
        }

        Stats stats = Stats.Of(array);
        string summary = $"shape ({rows}, {cols}), dtype {dtype}: min {Html.Number(stats.Min)}, max {Html.Number(stats.Max)}, mean {Html.Number(stats.Mean)}";
        int cornerRows = Math.Min(rows, CornerSide), cornerCols = Math.Min(cols, CornerSide);
        return $"<div class=\"ct-array\"><div>{HtmlText.Escape(summary)}</div>" +
            $"<div style=\"color:#666;font-size:0.85em\">top-left {cornerRows} x {cornerCols} corner:</div>" +
            "<pre style=\"margin:0\">" + HtmlText.Escape(Text(array, cornerRows, cornerCols, true)) + "</pre></div>";
    }

    /// <summary>
    /// numpy's layout: one bracketed line per row, numbers aligned on the decimal point; floats that
    /// are whole print as "1." as numpy does. With <paramref name="cut"/>, "..." marks the rows and
    /// columns left out.
    /// </summary>
    public static string Text<T>(T[,] array, int rows, int cols, bool cut)
        where T : struct, INumber<T>
    {
        bool floating = typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(Half);
        var whole = new string[rows, cols];
        var fraction = new string[rows, cols];
        int wholeWidth = 0, fractionWidth = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                string s = Format(double.CreateTruncating(array[r, c]), floating);
                int dot = s.IndexOf('.', StringComparison.Ordinal);
                whole[r, c] = dot < 0 ? s : s[..dot];
                fraction[r, c] = dot < 0 ? string.Empty : s[dot..];
                wholeWidth = Math.Max(wholeWidth, whole[r, c].Length);
                fractionWidth = Math.Max(fractionWidth, fraction[r, c].Length);
            }
        }

        bool moreCols = cut && cols < array.GetLength(1), moreRows = cut && rows < array.GetLength(0);
        var lines = new List<string>();
        for (int r = 0; r < rows; r++)
        {
            var cells = Enumerable.Range(0, cols).Select(c => whole[r, c].PadLeft(wholeWidth) + fraction[r, c].PadRight(fractionWidth));
            string line = (r == 0 ? "[[" : " [") + string.Join(" ", cells) + (moreCols ? " ..." : string.Empty) + "]";
            lines.Add(line);
        }

        if (moreRows)
        {
            lines.Add(" ...");
        }

        return string.Join("\n", lines) + "]";
    }

    private static string Format(double v, bool floating)
    {
        if (!floating)
        {
            return v.ToString("0", CultureInfo.InvariantCulture);
        }

        if (double.IsNaN(v))
        {
            return "nan";
        }

        if (double.IsInfinity(v))
        {
            return v > 0 ? "inf" : "-inf";
        }

        double abs = Math.Abs(v);
        if (abs != 0 && (abs < 1e-4 || abs >= 1e8))
        {
            return v.ToString("0.########e+00", CultureInfo.InvariantCulture);
        }

        string s = v.ToString("0.########", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) ? s : s + ".";
    }
}
