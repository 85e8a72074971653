using Convolution.Teaching.Notebooks.Pages;
using System.Net;
using System.Text.RegularExpressions;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// Rewrites the links and images of one page's markdown HTML for the site, and collects what it saw.
/// Links to exported sources become links to their pages (<c>02-x.ipynb</c> to <c>02-x.html</c>,
/// <c>README.md</c> to <c>index.html</c>, anchors kept); links to files that are not part of the site
/// (a folder, a script) keep their text but lose the link, since it would be broken offline; links with a
/// scheme (<c>https:</c>) stay. Images with a relative path are inlined as <c>data:</c> URIs so each page
/// stands alone; external images stay as they are and are listed in <see cref="ExternalImages"/>.
/// </summary>
public sealed partial class SiteLinks
{
    private readonly string sourceFolder;
    private readonly IReadOnlyDictionary<string, string> pages;
    private readonly List<string> externalImages = [];
    private readonly List<string> missingImages = [];
    private readonly List<string> unlinked = [];

    /// <summary>Creates the rewriter for one source file.</summary>
    /// <param name="sourceFolder">The folder of the notebook or .md file being rendered (relative links start there).</param>
    /// <param name="pages">Full path of every exported source to its page's file name (all pages sit in one folder).</param>
    public SiteLinks(string sourceFolder, IReadOnlyDictionary<string, string> pages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceFolder);
        ArgumentNullException.ThrowIfNull(pages);
        this.sourceFolder = Path.GetFullPath(sourceFolder);
        this.pages = pages;
    }

    /// <summary>Images whose src is an http(s) URL: they load only when online.</summary>
    public IReadOnlyList<string> ExternalImages => externalImages;

    /// <summary>Images whose relative src names no file: they are left as they are (and will not load).</summary>
    public IReadOnlyList<string> MissingImages => missingImages;

    /// <summary>Relative links to things that are not pages of the site: their text was kept, the link dropped.</summary>
    public IReadOnlyList<string> Unlinked => unlinked;

    /// <summary>The page a link points to, or null when it points at nothing the site has.</summary>
    /// <param name="href">The link as written (not HTML-encoded).</param>
    /// <returns>The rewritten link; <paramref name="href"/> itself for anchors and URLs with a scheme; null when not in the site.</returns>
    public string? Rewrite(string href)
    {
        ArgumentNullException.ThrowIfNull(href);
        if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(href))
        {
            return href;
        }

        int cut = href.IndexOfAny(['#', '?']);
        string path = cut < 0 ? href : href[..cut];
        string suffix = cut < 0 ? "" : href[cut..];
        string target = Path.GetFullPath(Path.Combine(sourceFolder, Uri.UnescapeDataString(path)));
        return pages.TryGetValue(target, out string? page) ? page + suffix : null;
    }

    /// <summary>Applies <see cref="Rewrite"/> to every <c>&lt;a href&gt;</c> and inlines relative <c>&lt;img src&gt;</c> files.</summary>
    /// <param name="html">HTML produced from markdown (raw HTML blocks included).</param>
    public string RewriteHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        string linked = Anchor().Replace(html, m =>
        {
            string href = WebUtility.HtmlDecode(m.Groups["href"].Value);
            string? rewritten = Rewrite(href);
            if (rewritten is null)
            {
                unlinked.Add(href);
                return $"<span class=\"not-in-site\" title=\"{HtmlText.Escape($"{href}: in the repository, not part of these pages")}\">{m.Groups["text"].Value}</span>";
            }

            return rewritten == href ? m.Value : Splice(m.Value, m.Groups["href"], m.Index, HtmlText.Escape(rewritten));
        });
        return ImageTag().Replace(linked, m => InlineImage(m.Value));
    }

    private string InlineImage(string tag)
    {
        Match src = SrcAttribute().Match(tag);
        if (!src.Success)
        {
            return tag;
        }

        string value = WebUtility.HtmlDecode(src.Groups["v"].Value);
        if (value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return tag;
        }

        if (value.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(value))
        {
            externalImages.Add(value);
            return tag;
        }

        string file = Path.GetFullPath(Path.Combine(sourceFolder, Uri.UnescapeDataString(value.Split('#', '?')[0])));
        if (!File.Exists(file) || MimeType(file) is not { } mime)
        {
            missingImages.Add(value);
            return tag;
        }

        return Splice(tag, src.Groups["v"], 0, $"data:{mime};base64,{Convert.ToBase64String(File.ReadAllBytes(file))}");
    }

    /// <summary><paramref name="text"/> with the captured <paramref name="group"/> replaced (<paramref name="offset"/>: where text starts in the matched string).</summary>
    private static string Splice(string text, Group group, int offset, string replacement) =>
        string.Concat(text.AsSpan(0, group.Index - offset), replacement, text.AsSpan(group.Index - offset + group.Length));

    private static string? MimeType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".svg" => "image/svg+xml",
        ".webp" => "image/webp",
        _ => null,
    };

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"<a\b[^>]*?\bhref=""(?<href>[^""]*)""[^>]*>(?<text>.*?)</a>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTag();

    [GeneratedRegex(@"(?<![\w-])src=""(?<v>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttribute();
}
