namespace Convolution.Teaching.Notebooks.Pages;

/// <summary>
/// The files every page needs beside it, in an <c>assets/</c> folder: plotly.js, KaTeX (script, stylesheet, fonts), the
/// stylesheet and the formula script. The site (<c>course export</c>) and the lesson apps' pages write the same files
/// from this library: KaTeX and the two scripts of our own are embedded here (from Pages/assets/, where README.md says
/// where each came from), plotly.js is the copy Plotly.NET carries (the version its charts are made for). Nothing is
/// read from the repository at run time and nothing is fetched, so a page works offline wherever it was written.
/// </summary>
public static class PageAssets
{
    /// <summary>The folder, beside the pages, that holds the assets.</summary>
    public const string Folder = "assets";

    /// <summary>plotly.js, relative to <see cref="Folder"/>.</summary>
    public const string PlotlyScript = "plotly/plotly-" + PlotlyHtml.PlotlyJsVersion + ".min.js";

    private const string Prefix = "page-assets/";

    /// <summary>The assets' paths relative to <see cref="Folder"/>, e.g. <c>plotly/plotly-2.28.0.min.js</c>, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(PageAssets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Replace('\\', '/'))
            .Append(PlotlyScript)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Writes every asset into <paramref name="assetsFolder"/> and returns the bytes the assets hold. A file already there
    /// with the same length is left alone, and each file is written under a temporary name and renamed, so pages written
    /// at once by several processes never see half a file.
    /// </summary>
    /// <param name="assetsFolder">The assets folder (e.g. <c>artifacts/site/assets</c>).</param>
    /// <exception cref="InvalidOperationException">This library was built without its assets, or Plotly.NET carries no plotly.js.</exception>
    public static long WriteTo(string assetsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetsFolder);
        if (!Names.Contains("site.css"))
        {
            throw new InvalidOperationException(
                $"{typeof(PageAssets).Assembly.GetName().Name} was built without its page assets (embedded from lib/Convolution.Teaching.Notebooks/Pages/assets/). Rebuild it: dotnet build lib/Convolution.Teaching.Notebooks.");
        }

        long bytes = 0;
        foreach (string name in Names)
        {
            using Stream source = Open(name);
            string target = Path.Combine(assetsFolder, name.Replace('/', Path.DirectorySeparatorChar));
            bytes += source.Length;
            if (File.Exists(target) && new FileInfo(target).Length == source.Length)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            string temporary = $"{target}.{Environment.ProcessId}.tmp";
            using (FileStream file = File.Create(temporary))
            {
                source.CopyTo(file);
            }

            File.Move(temporary, target, overwrite: true);
        }

        return bytes;
    }

    private static Stream Open(string name)
    {
        if (name == PlotlyScript)
        {
            return PlotlyBundle.OpenScript();
        }

        return typeof(PageAssets).Assembly.GetManifestResourceStream(Prefix + name)!;
    }
}
