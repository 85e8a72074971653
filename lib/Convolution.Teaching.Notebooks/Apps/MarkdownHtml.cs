using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>
/// A lesson app page's markdown, as the site renders it (the same Markdig pipeline and the same formula HTML,
/// <c>&lt;span class="math"&gt;TeX&lt;/span&gt;</c>, that the shipped KaTeX script typesets); links stay as written.
/// </summary>
internal static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseMathematics()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    /// <summary>The markdown as HTML.</summary>
    public static string ToHtml(string markdown)
    {
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
    public static bool HasMath(string html) => html.Contains("class=\"math", StringComparison.Ordinal);

    /// <summary>Markdig's own renderer wraps TeX in <c>\( \)</c>; the site's script expects the bare TeX.</summary>
    private sealed class InlineMath : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline obj)
        {
            renderer.Write(obj.DelimiterCount >= 2 ? "<span class=\"math math-display\">" : "<span class=\"math\">");
            renderer.WriteEscape(ref obj.Content);
            renderer.Write("</span>");
        }
    }

    /// <summary>A <c>$$</c> block, as the site writes it.</summary>
    private sealed class BlockMath : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock obj)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"math math-display\">");
            renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true);
            renderer.WriteLine("</div>");
        }
    }
}
