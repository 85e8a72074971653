using Convolution.Teaching.Notebooks.Pages;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Convolution.Teaching.Notebooks.Apps;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// One nbformat output as HTML: HTML outputs (images, DataFrames, Plotly charts) as they are, with plotly.js
/// pointed at the shipped copy; PNG/JPEG/SVG images inline with an alt text; stdout and stderr as
/// <c>&lt;pre&gt;</c>; errors as an error box; anything else as its plain text.
/// </summary>
internal static partial class OutputRenderer
{
    /// <summary>The HTML of <paramref name="output"/>, counted into <paramref name="census"/>.</summary>
    /// <param name="output">An nbformat 4 output object.</param>
    /// <param name="cellNumber">The cell's number (for alt texts of bare images).</param>
    /// <param name="links">Rewrites links of markdown outputs.</param>
    /// <param name="census">The page's counts.</param>
    public static string Render(JsonObject output, int cellNumber, SiteLinks links, PageTally census)
    {
        string type = Text(output["output_type"]);
        switch (type)
        {
            case "stream":
                string name = Text(output["name"]) == "stderr" ? "stderr" : "stdout";
                return $"<pre class=\"output {name}\">{Escape(Text(output["text"]))}</pre>";
            case "error":
                census.Errors++;
                return Error(output);
            case "display_data" or "execute_result" or "update_display_data":
                return Data(output["data"] as JsonObject ?? [], cellNumber, links, census);
            default:
                census.Warnings.Add($"cell {cellNumber}: output type '{type}' is not an nbformat 4 output; shown as its JSON.");
                return $"<pre class=\"output unknown\">{Escape(output.ToJsonString())}</pre>";
        }
    }

    private static string Data(JsonObject data, int cellNumber, SiteLinks links, PageTally census)
    {
        string? plain = data.ContainsKey("text/plain") ? Text(data["text/plain"]) : null;
        if (data.ContainsKey("text/html"))
        {
            string html = PlotlyOffline.UseLocalCopy(PlotlyOffline.WithoutBundle(Text(data["text/html"])));
            census.Count(html);
            foreach (string load in PlotlyOffline.RemainingCdnLoads(html))
            {
                census.Warnings.Add($"cell {cellNumber}: a chart loads {load}, which is not shipped: it needs a network.");
            }

            return $"<div class=\"output html\">{html}</div>";
        }

        if (data.ContainsKey("image/svg+xml"))
        {
            string svg = Text(data["image/svg+xml"]);
            census.Count(svg);
            return $"<div class=\"output image\">{svg}</div>";
        }

        foreach (string mime in new[] { "image/png", "image/jpeg", "image/gif" })
        {
            if (data.ContainsKey(mime))
            {
                string base64 = Whitespace().Replace(Text(data[mime]), "");
                string alt = string.IsNullOrWhiteSpace(plain) ? $"Image output of cell {cellNumber}" : plain.Trim();
                string img = $"<img src=\"data:{mime};base64,{base64}\" alt=\"{HtmlText.Escape(alt)}\">";
                census.Count(img);
                return $"<div class=\"output image\">{img}</div>";
            }
        }

        if (data.ContainsKey("text/markdown"))
        {
            string html = MarkdownRenderer.ToHtml(Text(data["text/markdown"]), links);
            census.Count(html);
            return $"<div class=\"output markdown\">{html}</div>";
        }

        if (data.ContainsKey("text/latex"))
        {
            string tex = Text(data["text/latex"]).Trim().Trim('$');
            string html = $"<div class=\"{MarkdownHtml.MathClass} {MarkdownHtml.DisplayMathClass}\">{Escape(tex)}</div>";
            census.Count(html);
            return $"<div class=\"output latex\">{html}</div>";
        }

        if (plain is not null)
        {
            return $"<pre class=\"output text\">{Escape(plain)}</pre>";
        }

        string kinds = string.Join(", ", data.Select(kv => kv.Key));
        census.Warnings.Add($"cell {cellNumber}: an output with only {kinds} cannot be shown in a page; left out.");
        return $"<p class=\"output omitted\">(An output of type {Escape(kinds)} is not shown here.)</p>";
    }

    private static string Error(JsonObject output)
    {
        string ename = Text(output["ename"]);
        string evalue = Text(output["evalue"]);
        string traceback = output["traceback"] is JsonArray lines ? string.Join("\n", lines.Select(Text)) : "";
        string title = string.IsNullOrWhiteSpace(ename) || ename == "Error" ? "Error" : ename;
        string body = Ansi().Replace(string.IsNullOrWhiteSpace(traceback) ? evalue : evalue + "\n" + traceback, "").TrimEnd();
        return $"<div class=\"output error\" role=\"alert\"><p class=\"error-title\">{Escape(title)}</p><pre>{Escape(body)}</pre></div>";
    }

    /// <summary>nbformat's multi-line string: one string, or a list of lines to join.</summary>
    internal static string Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonArray a => string.Concat(a.Select(Text)),
        null => "",
        _ => node.ToJsonString(),
    };

    private static string Escape(string text) => HtmlText.Escape(text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();
}
