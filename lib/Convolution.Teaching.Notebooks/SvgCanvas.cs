using Convolution.Teaching.Notebooks.Pages;
using System.Globalization;
using System.Text;

namespace Convolution.Teaching.Notebooks;

/// <summary>A minimal SVG writer for the diagrams: rectangles, text, arrows, in user units.</summary>
internal sealed class SvgCanvas
{
    public const string Blue = "#1f77b4";
    public const string Orange = "#ff7f0e";
    public const string Ink = "#222222";
    public const string Paper = "#e8e8e8";

    private readonly StringBuilder body = new();

    public SvgCanvas(double width, double height)
    {
        Width = width;
        Height = height;
    }

    public double Width { get; }

    public double Height { get; }

    public void Rect(double x, double y, double w, double h, string fill, string stroke = Ink, double strokeWidth = 1,
        double fillOpacity = 1, string? dash = null)
    {
        string dashAttr = dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\"";
        body.Append(CultureInfo.InvariantCulture,
            $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(h)}\" fill=\"{fill}\" fill-opacity=\"{N(fillOpacity)}\" stroke=\"{stroke}\" stroke-width=\"{N(strokeWidth)}\"{dashAttr}/>");
    }

    public void Circle(double cx, double cy, double r, string fill)
    {
        body.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{fill}\"/>");
    }

    public void Text(double x, double y, string text, double size = 13, string anchor = "middle", string fill = Ink, bool bold = false)
    {
        string weight = bold ? " font-weight=\"bold\"" : string.Empty;
        body.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\" fill=\"{fill}\"{weight}>{HtmlText.Escape(text)}</text>");
    }

    /// <summary>A straight arrow from (x1, y1) to (x2, y2), optionally bent through (cx, cy).</summary>
    public void Arrow(double x1, double y1, double x2, double y2, string color = Ink, double? cx = null, double? cy = null)
    {
        string path = cx is null || cy is null
            ? $"M {N(x1)} {N(y1)} L {N(x2)} {N(y2)}"
            : $"M {N(x1)} {N(y1)} Q {N(cx.Value)} {N(cy.Value)} {N(x2)} {N(y2)}";
        body.Append(CultureInfo.InvariantCulture,
            $"<path d=\"{path}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>");
    }

    /// <summary>A grid of rows x cols cells of the given size with its top-left corner at (x, y).</summary>
    public void Grid(double x, double y, int rows, int cols, double cell, string fill, string stroke = Ink, double fillOpacity = 1, string? dash = null)
    {
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                Rect(x + (c * cell), y + (r * cell), cell, cell, fill, stroke, 1, fillOpacity, dash);
            }
        }
    }

    /// <summary>The SVG document, with a title and description for assistive technology.</summary>
    public string ToSvg(string title, string description) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(Width)}\" height=\"{N(Height)}\" viewBox=\"0 0 {N(Width)} {N(Height)}\" role=\"img\" " +
        "font-family=\"Segoe UI, Helvetica, Arial, sans-serif\">" +
        $"<title>{HtmlText.Escape(title)}</title><desc>{HtmlText.Escape(description)}</desc>" +
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">" +
        $"<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"{Ink}\"/></marker></defs>" +
        $"<rect width=\"100%\" height=\"100%\" fill=\"white\"/>{body}</svg>";

    private static string N(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);
}
