using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>
/// Markdown as the site and a lesson app's page render it, through Markdig: CommonMark plus pipe tables, heading ids,
/// and <c>$…$</c> / <c>$$…$$</c> formulas; raw HTML (<c>&lt;details&gt;</c>, <c>&lt;img&gt;</c>) is kept. Formulas become
/// <c>&lt;span class="math"&gt;TeX&lt;/span&gt;</c> (<c>math-display</c> for <c>$$</c>): shown as monospace TeX without
/// JavaScript, typeset by the shipped KaTeX script with it. Links stay as written (the site's exporter rewrites them).
/// </summary>
public static class MarkdownHtml
{
    /// <summary>The CSS class on every formula element (what the page's KaTeX script looks for).</summary>
    public const string MathClass = "math";

    /// <summary>The extra CSS class on a display formula (<c>$$…$$</c>).</summary>
    public const string DisplayMathClass = "math-display";

    /// <summary>The Markdig pipeline both render with (the site also reads its titles' plain text through it).</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseMathematics()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    /// <summary>The markdown as HTML.</summary>
    /// <param name="markdown">A markdown cell's source or a .md file's text.</param>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new InlineMath());
        renderer.ObjectRenderers.Replace<HtmlMathBlockRenderer>(new BlockMath());
        renderer.Render(Markdown.Parse(markdown, Pipeline));
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>True when the HTML holds a formula (the page then loads KaTeX).</summary>
    /// <param name="html">HTML from <see cref="ToHtml"/>.</param>
    public static bool HasMath(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Contains("class=\"" + MathClass, StringComparison.Ordinal);
    }

    /// <summary>Writes <c>$x$</c> as <c>&lt;span class="math"&gt;x&lt;/span&gt;</c> (Markdig's own renderer adds <c>\( \)</c>, which reads worse without JavaScript).</summary>
    private sealed class InlineMath : HtmlObjectRenderer<MathInline>
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
    private sealed class BlockMath : HtmlObjectRenderer<MathBlock>
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
