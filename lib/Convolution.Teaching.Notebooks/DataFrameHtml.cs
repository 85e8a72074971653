using Convolution.Teaching.Notebooks.Pages;
using Microsoft.Data.Analysis;

namespace Convolution.Teaching.Notebooks;

/// <summary>A DataFrame as an HTML table: a header, the first rows, numbers right-aligned and rounded for reading.</summary>
public static class DataFrameHtml
{
    private const string Cell = "padding:2px 10px;border-bottom:1px solid #ddd";

    /// <summary>The HTML table for the first <paramref name="maxRows"/> rows of <paramref name="frame"/>.</summary>
    /// <param name="frame">The table.</param>
    /// <param name="maxRows">How many rows to show; the rest are counted under the table.</param>
    public static string Render(DataFrame frame, int maxRows)
    {
        long total = frame.Rows.Count;
        long shown = Math.Min(total, Math.Max(0, maxRows));
        var html = new System.Text.StringBuilder();
        html.Append("<div class=\"ct-dataframe\"><table style=\"border-collapse:collapse\"><thead><tr>");
        foreach (DataFrameColumn column in frame.Columns)
        {
            string align = IsNumeric(column) ? "right" : "left";
            html.Append($"<th style=\"{Cell};text-align:{align};border-bottom:2px solid #888\">{HtmlText.Escape(column.Name)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (long r = 0; r < shown; r++)
        {
            html.Append("<tr>");
            foreach (DataFrameColumn column in frame.Columns)
            {
                bool numeric = IsNumeric(column);
                html.Append($"<td style=\"{Cell};text-align:{(numeric ? "right" : "left")}\">{Value(column[r], numeric)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        string more = shown < total ? $", showing the first {shown}" : string.Empty;
        html.Append($"<div style=\"color:#666;font-size:0.85em\">{total} row{(total == 1 ? string.Empty : "s")} x {frame.Columns.Count} columns{more}</div></div>");
        return html.ToString();
    }

    /// <summary>Whether the column holds numbers (shown right-aligned and rounded).</summary>
    internal static bool IsNumeric(DataFrameColumn column) =>
        column.DataType == typeof(double) || column.DataType == typeof(float) || column.DataType == typeof(decimal) ||
        column.DataType == typeof(int) || column.DataType == typeof(long) || column.DataType == typeof(short) ||
        column.DataType == typeof(byte) || column.DataType == typeof(sbyte) || column.DataType == typeof(uint) ||
        column.DataType == typeof(ulong) || column.DataType == typeof(ushort);

    private static string Value(object? value, bool numeric) => value is null
        ? "<span style=\"color:#999\">null</span>"
        : HtmlText.Escape(Text(value, numeric));

    /// <summary>One cell's text, the same in the HTML table and the terminal's: numbers rounded as <see cref="Html.Number"/> writes them.</summary>
    internal static string Text(object? value, bool numeric) => value switch
    {
        null => "null",
        _ when numeric => Html.Number(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
