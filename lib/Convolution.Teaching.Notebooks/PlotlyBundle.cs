using System.Reflection;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// plotly.js itself, as one inline script for the setup cell's output, so every chart of the session draws
/// with no network (a classroom offline, a saved notebook reopened on a train). The script is the copy that
/// Plotly.NET carries inside its own dll (the version its charts are made for), sent once per setup run
/// instead of once per chart, so a saved notebook stays small.
/// </summary>
public static class PlotlyBundle
{
    /// <summary>The attribute that marks the bundle's script element (an exporter that ships plotly.js beside its pages drops it).</summary>
    public const string Attribute = "data-plotly-bundle";

    private static readonly Lazy<string> Script = new(Load);

    /// <summary>The whole <c>&lt;script&gt;</c> element that defines <c>window.Plotly</c>.</summary>
    /// <exception cref="InvalidOperationException">Plotly.NET's dll does not carry plotly.js (another Plotly.NET version).</exception>
    public static string Html => Script.Value;

    /// <summary>plotly.js as Plotly.NET's dll carries it: for the inline bundle here and the file beside a page (PageAssets).</summary>
    /// <exception cref="InvalidOperationException">Plotly.NET's dll does not carry plotly.js (another Plotly.NET version).</exception>
    internal static Stream OpenScript()
    {
        Assembly plotly = typeof(Plotly.NET.GenericChart).Assembly;
        string file = $"plotly-{PlotlyHtml.PlotlyJsVersion}.min.js";
        string name = plotly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(file, StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"{plotly.GetName().Name} {plotly.GetName().Version} carries no {file}: the lessons pin Plotly.NET 6.0.0 (plotly.js {PlotlyHtml.PlotlyJsVersion}); use that version.");
        return plotly.GetManifestResourceStream(name)!;
    }

    private static string Load()
    {
        using Stream stream = OpenScript();
        using var reader = new StreamReader(stream);
        string js = reader.ReadToEnd();
        // plotly.js is a UMD module: with require.js on the page (classic Jupyter) it would register itself there
        // instead of setting window.Plotly. Hiding define/exports/module makes it take the global path everywhere.
        return $"<script type=\"text/javascript\" {Attribute}=\"{PlotlyHtml.PlotlyJsVersion}\">\n" +
            "(function (define, exports, module) {\n" + js.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) + "\n})();\n</script>";
    }
}
