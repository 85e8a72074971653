using System.Text.RegularExpressions;

namespace Convolution.Teaching.Notebooks.Tests;

/// <summary>Pulls images and their attributes out of the HTML the library writes.</summary>
internal static partial class HtmlParts
{
    public static IReadOnlyList<string> ImgTags(string html) => ImgTag().Matches(html).Select(m => m.Value).ToList();

    public static string? Attribute(string tag, string name)
    {
        Match m = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return m.Success ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    /// <summary>The bytes of a data: URL with the given media type.</summary>
    public static byte[] DataUrlBytes(string tag, string mediaType)
    {
        string src = Attribute(tag, "src") ?? throw new InvalidOperationException("img without src: " + tag);
        string prefix = $"data:{mediaType};base64,";
        Assert.StartsWith(prefix, src);
        return Convert.FromBase64String(src[prefix.Length..]);
    }

    /// <summary>Asserts that every img in the HTML has a non-empty alt, and returns the alts.</summary>
    public static IReadOnlyList<string> AssertEveryImgHasAlt(string html)
    {
        var tags = ImgTags(html);
        Assert.NotEmpty(tags);
        return tags.Select(t =>
        {
            string? alt = Attribute(t, "alt");
            Assert.False(string.IsNullOrWhiteSpace(alt), "img without alt text: " + t[..Math.Min(120, t.Length)]);
            return alt!;
        }).ToList();
    }

    [GeneratedRegex("<img\\b[^>]*>")]
    private static partial Regex ImgTag();
}
