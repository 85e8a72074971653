using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Convolution.Teaching.Notebooks;

/// <summary>The one call a lesson notebook makes after referencing the libraries.</summary>
public static class Notebook
{
    private static readonly object Gate = new();
    private static string? summary;

    /// <summary>How many rows a DataFrame shows in a cell (the rest is counted under the table).</summary>
    public static int MaxTableRows { get; set; } = 20;

    /// <summary>The version of this library (its assembly informational version).</summary>
    public static string Version =>
        typeof(Notebook).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Notebook).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>
    /// Prepares the kernel, once (calling it again only repeats the summary): first hands the loaded
    /// FSharp.Core to Plotly.NET (which asks for a newer one), then registers the HTML formatters for
    /// <see cref="Figure"/>, Plotly charts, DataFrames and 2D arrays (double, float, byte, int).
    /// Returns the one-line summary (this library's version and build) as a <see cref="SetupSummary"/>: as the
    /// setup cell's last value it shows that line followed by plotly.js, once, so no chart needs a network.
    /// </summary>
    /// <exception cref="InvalidOperationException">The library file on disk is not the one loaded in this kernel (it was rebuilt): restart the kernel.</exception>
    public static SetupSummary Setup()
    {
        // The redirect first, in a method that does not touch Plotly types (they are not loadable before it).
        FSharpCoreRedirect.Register();
        ThrowIfRebuilt();

        // The fast loops compile in the background while the lesson loads its images, so lesson 8's first timed call is not its slowest.
        _ = FastFilters.Prepare();
        lock (Gate)
        {
            if (summary is null)
            {
                NotebookFormatters.Register();
                summary = Summarize();
            }
        }

        return new SetupSummary(summary);
    }

    /// <summary>
    /// Throws when the dll at this assembly's location differs from the loaded one (different MVID):
    /// the library was rebuilt after this kernel loaded it, and only a kernel restart loads the new build.
    /// </summary>
    internal static void ThrowIfRebuilt()
    {
        Assembly assembly = typeof(Notebook).Assembly;
        string path = assembly.Location;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return;
        }

        Guid onDisk = ReadMvid(path);
        if (onDisk != assembly.ManifestModule.ModuleVersionId)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(path)} was rebuilt after this kernel loaded it: the notebook would run the old copy. " +
                "Restart the kernel (Restart in the notebook toolbar), then run the notebook from the first cell.");
        }
    }

    /// <summary>The module version id (MVID) stored in a .NET dll, without loading it.</summary>
    internal static Guid ReadMvid(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        MetadataReader metadata = reader.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private static string Summarize()
    {
        Assembly assembly = typeof(Notebook).Assembly;
        string built = string.IsNullOrEmpty(assembly.Location) ? "in memory"
            : File.GetLastWriteTimeUtc(assembly.Location).ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        string mvid = assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];
        return $"Convolution.Teaching.Notebooks {Version} (built {built}, id {mvid}) ready: HTML for images, Plotly charts, DataFrames, 2D arrays and exercise feedback.";
    }
}
