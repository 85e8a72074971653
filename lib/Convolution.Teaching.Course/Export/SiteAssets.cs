using System.Reflection;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// The files every site gets in its <c>assets/</c> folder: plotly.js 2.28.0, KaTeX (script, stylesheet, fonts),
/// the stylesheet and the formula script. They are embedded in this program (from Export/assets/ in the
/// repository, where README.md says where each came from), so exporting needs no network.
/// </summary>
public static class SiteAssets
{
    /// <summary>The folder, beside the pages, that holds the assets.</summary>
    public const string Folder = "assets";

    private const string Prefix = "site-assets/";

    /// <summary>The assets' paths relative to <see cref="Folder"/>, e.g. <c>plotly/plotly-2.28.0.min.js</c>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(SiteAssets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Writes every asset under <paramref name="siteFolder"/>/assets/ and returns how many bytes were written.</summary>
    /// <param name="siteFolder">The site's folder.</param>
    /// <exception cref="InvalidOperationException">The program was built without its assets.</exception>
    public static long CopyTo(string siteFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteFolder);
        if (!Names.Contains(PlotlyOffline.LocalScript[(Folder.Length + 1)..]))
        {
            throw new InvalidOperationException(
                $"The course command was built without {PlotlyOffline.LocalScript} (expected as an embedded resource from lib/Convolution.Teaching.Course/Export/assets/). Rebuild it: dotnet build lib/Convolution.Teaching.Course.");
        }

        Assembly assembly = typeof(SiteAssets).Assembly;
        long bytes = 0;
        foreach (string name in Names)
        {
            string target = Path.Combine(siteFolder, Folder, name.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using Stream source = assembly.GetManifestResourceStream(Prefix + name)!;
            using FileStream file = File.Create(target);
            source.CopyTo(file);
            bytes += file.Length;
        }

        return bytes;
    }
}
