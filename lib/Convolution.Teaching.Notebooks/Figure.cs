namespace Convolution.Teaching.Notebooks;

/// <summary>
/// A piece of HTML to show in a notebook cell (an image, a row of images, a diagram), with the text
/// a screen reader reads in its place. A cell whose value is a <see cref="Figure"/> renders its
/// <see cref="Html"/> once <see cref="Notebook.Setup"/> has registered the formatter; outside a
/// notebook, <see cref="ToString"/> gives the alt text.
/// </summary>
public sealed class Figure
{
    /// <summary>Wraps finished HTML. Every <c>&lt;img&gt;</c> in it must carry its own <c>alt</c>.</summary>
    /// <param name="html">The HTML fragment.</param>
    /// <param name="altText">What the figure shows, in words (not empty).</param>
    /// <exception cref="ArgumentException">Either argument is null, empty or white space.</exception>
    public Figure(string html, string altText)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new ArgumentException("html is empty: pass the HTML fragment to show.", nameof(html));
        }

        if (string.IsNullOrWhiteSpace(altText))
        {
            throw new ArgumentException(
                "altText is empty: say in words what the figure shows, so screen-reader users get it too.", nameof(altText));
        }

        Html = html;
        AltText = altText;
    }

    /// <summary>The HTML fragment (a <c>&lt;figure&gt;</c> or a row of them).</summary>
    public string Html { get; }

    /// <summary>What the figure shows, in words.</summary>
    public string AltText { get; }

    /// <summary>The alt text, so a plain-text view still says what the figure is.</summary>
    public override string ToString() => AltText;
}
