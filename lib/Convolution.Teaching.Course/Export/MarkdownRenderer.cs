using System.Net;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// Markdown cells to HTML through Markdig: CommonMark plus pipe tables, heading ids, and <c>$…$</c> /
/// <c>$$…$$</c> formulas; raw HTML (<c>&lt;details&gt;</c>, <c>&lt;img&gt;</c>) is kept. Formulas become
/// <c>&lt;span class="math"&gt;TeX&lt;/span&gt;</c> (<c>math-display</c> for <c>$$</c>): shown as monospace TeX
/// without JavaScript, typeset by KaTeX (shipped beside the pages) with it. Links and images then go through
/// <see cref="SiteLinks"/>.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The CSS class on every formula element (what the page's KaTeX script looks for).</summary>
    public const string MathClass = "math";

    /// <summary>The extra CSS class on a display formula (<c>$$…$$</c>).</summary>
    public const string DisplayMathClass = "math-display";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseMathematics()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    /// <summary>The markdown's HTML with links and images rewritten for the site.</summary>
    /// <param name="markdown">A markdown cell's source or a .md file's text.</param>
    /// <param name="links">How links and images are rewritten; it also collects what it finds.</param>
    public static string ToHtml(string markdown, SiteLinks links)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(links);
        MarkdownDocument document = Markdown.Parse(markdown, Pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new MathInlineHtml());
        renderer.ObjectRenderers.Replace<HtmlMathBlockRenderer>(new MathBlockHtml());
        renderer.Render(document);
        writer.Flush();
        return links.RewriteHtml(writer.ToString());
    }

    /// <summary>The plain text of a markdown heading line (for titles): <c># 5. Task 2: `ImConv`</c> gives <c>5. Task 2: ImConv</c>.</summary>
    /// <param name="markdown">Markdown text; only its first line is used.</param>
    public static string PlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        // Rendered as a heading, so "1. Images" stays a title and is not read as a numbered list.
        string heading = "# " + markdown.Split('\n')[0].TrimStart().TrimStart('#').Trim();
        return WebUtility.HtmlDecode(Markdown.ToPlainText(heading, Pipeline)).Trim();
    }

    /// <summary>Writes <c>$x$</c> as <c>&lt;span class="math"&gt;x&lt;/span&gt;</c> (Markdig's own renderer adds <c>\( \)</c>, which reads worse without JavaScript).</summary>
    private sealed class MathInlineHtml : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline obj)
        {
            string css = obj.DelimiterCount >= 2 ? $"{MathClass} {DisplayMathClass}" : MathClass;
            renderer.Write("<span class=\"").Write(css).Write("\">");
            renderer.WriteEscape(ref obj.Content);
            renderer.Write("</span>");
        }
    }

    /// <summary>Writes a <c>$$</c> block as <c>&lt;div class="math math-display"&gt;…&lt;/div&gt;</c>.</summary>
    private sealed class MathBlockHtml : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock obj)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"").Write(MathClass).Write(' ').Write(DisplayMathClass).Write("\">");
            renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true);
            renderer.WriteLine("</div>");
        }
    }
}
