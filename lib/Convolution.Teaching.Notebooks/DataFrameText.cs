using Microsoft.Data.Analysis;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// A DataFrame as a terminal reads it (a lesson run as a file-based app): a header, a rule under it, each column as wide
/// as its widest entry, numbers right-aligned and rounded as the notebook's HTML table rounds them (<see cref="DataFrameHtml"/>).
/// </summary>
internal static class DataFrameText
{
    private const string Gap = "  ";

    /// <summary>The text table for the first <paramref name="maxRows"/> rows of <paramref name="frame"/>.</summary>
    /// <param name="frame">The table.</param>
    /// <param name="maxRows">How many rows to show; the rest are counted under the table.</param>
    public static string Render(DataFrame frame, int maxRows)
    {
        long total = frame.Rows.Count;
        long shown = Math.Min(total, Math.Max(0, maxRows));
        var columns = frame.Columns.ToList();
        bool[] numeric = columns.Select(DataFrameHtml.IsNumeric).ToArray();
        var cells = new List<string[]> { columns.Select(c => c.Name).ToArray() };
        for (long r = 0; r < shown; r++)
        {
            cells.Add(columns.Select((c, i) => DataFrameHtml.Text(c[r], numeric[i])).ToArray());
        }

        int[] widths = Enumerable.Range(0, columns.Count).Select(i => cells.Max(row => row[i].Length)).ToArray();
        string Line(string[] row) => string.Join(Gap, row.Select((text, i) => numeric[i] ? text.PadLeft(widths[i]) : text.PadRight(widths[i]))).TrimEnd();
        var text = new System.Text.StringBuilder();
        text.AppendLine(Line(cells[0]));
        text.AppendLine(string.Join(Gap, widths.Select(w => new string('-', w))));
        foreach (string[] row in cells.Skip(1))
        {
            text.AppendLine(Line(row));
        }

        if (shown < total)
        {
            text.AppendLine($"({total} rows, showing the first {shown})");
        }

        return text.ToString().TrimEnd('\n', '\r');
    }
}
