using System.Text.RegularExpressions;
using Convolution.Teaching.Course.Kernel;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// The NuGet packages the lessons pin with <c>#r "nuget: Name, Version"</c>, and restoring them all in one kernel,
/// so every later lesson finds them in the local NuGet cache (a prepared classroom needs no network).
/// </summary>
public static partial class LessonPackages
{
    /// <summary>Every distinct <c>#r "nuget: ..."</c> line of the code cells of the notebooks under <paramref name="notebooks"/> (student copies included).</summary>
    /// <param name="notebooks">The notebooks folder.</param>
    public static IReadOnlyList<string> References(string notebooks) =>
        [.. NotebookDiscovery.InFolder(notebooks, recursive: true)
            .SelectMany(p => NotebookDocument.Load(p).CodeCells)
            .SelectMany(c => NugetLine().Matches(c.Source).Select(m => m.Value.Trim()))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>Restores <paramref name="references"/> in one real kernel started in <paramref name="folder"/>; null when it worked, else the kernel's error.</summary>
    /// <param name="references">The <c>#r "nuget: ..."</c> lines.</param>
    /// <param name="folder">Where to start the kernel (the notebooks folder).</param>
    /// <param name="timeout">How long the restore may take (a first one downloads a few hundred MB).</param>
    public static async Task<string?> RestoreAsync(IReadOnlyList<string> references, string folder, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(references);
        await using KernelSession session = await KernelSession.StartAsync(KernelLaunch.Locate(folder), folder, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        SubmissionResult result = await session.SubmitCodeAsync(string.Join("\n", references), timeout).ConfigureAwait(false);
        return result.Outcome == SubmissionOutcome.Succeeded ? null : result.Error ?? result.Outcome.ToString();
    }

    [GeneratedRegex(@"^\s*#r\s+""nuget:[^""]+""", RegexOptions.Multiline)]
    private static partial Regex NugetLine();
}
