using System.Text.Json.Nodes;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>
/// How to start the kernel: <c>dotnet &lt;Microsoft.DotNet.Interactive.App.dll&gt; stdio</c>, the dll of the
/// local tool pinned in <c>.config/dotnet-tools.json</c>. Running the tool's dll directly (instead of
/// <c>dotnet tool run dotnet-interactive</c>) lets the process start in any notebook folder, even one
/// outside the repository, since <c>dotnet tool run</c> looks for the manifest from its working directory.
/// </summary>
/// <param name="FileName">The program to start (<c>dotnet</c>).</param>
/// <param name="Arguments">Its arguments before <c>--working-dir</c>.</param>
/// <param name="Description">What was found, for messages.</param>
public sealed record KernelLaunch(string FileName, IReadOnlyList<string> Arguments, string Description)
{
    /// <summary>The sandbox to start the kernel in (a graded submission's), or null to start it as this user.</summary>
    public Sandbox? Sandbox { get; init; }

    /// <summary>The NuGet package folder the kernel tool was found in (a sandbox binds it read-only).</summary>
    public string Packages { get; init; } = "";

    /// <summary>Variables the kernel gets besides the usual ones (e.g. the evidence switch of a graded kernel).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The local tool's package id in the tool manifest.</summary>
    public const string ToolPackage = "microsoft.dotnet-interactive";

    /// <summary>
    /// Finds the kernel: the nearest <c>.config/dotnet-tools.json</c> above each of <paramref name="searchFrom"/>
    /// (then above the current directory and this program's folder), and the tool's dll in the NuGet package folder.
    /// </summary>
    /// <param name="searchFrom">Folders to search upwards from, best first (e.g. the notebook's folder).</param>
    /// <exception cref="InvalidOperationException">No manifest, or the tool is not restored; the message says what to run.</exception>
    public static KernelLaunch Locate(params string[] searchFrom)
    {
        string[] starts = [.. searchFrom, System.Environment.CurrentDirectory, AppContext.BaseDirectory];
        string? manifest = starts.Select(FindManifest).FirstOrDefault(m => m is not null);
        if (manifest is null)
        {
            throw new InvalidOperationException(
                $"No .config/dotnet-tools.json found above {string.Join(", ", starts.Distinct())}. " +
                "Run the course command from the repository (it pins the kernel as a local dotnet tool).");
        }

        string repo = Path.GetDirectoryName(Path.GetDirectoryName(manifest)!)!;
        string version = ReadToolVersion(manifest);
        string packages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
            ? p
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string toolFolder = Path.Combine(packages, ToolPackage, version, "tools");
        string? dll = Directory.Exists(toolFolder)
            ? Directory.EnumerateFiles(toolFolder, "Microsoft.DotNet.Interactive.App.dll", SearchOption.AllDirectories).OrderDescending().FirstOrDefault()
            : null;
        if (dll is null)
        {
            throw new InvalidOperationException(
                $"The kernel tool {ToolPackage} {version} is not installed (looked in {toolFolder}). " +
                $"Run `dotnet tool restore` in {repo} (the README's commands do it for you).");
        }

        return new KernelLaunch("dotnet", [dll, "stdio"], $"dotnet-interactive {version} ({dll})") { Packages = packages };
    }

    private static string? FindManifest(string start)
    {
        for (DirectoryInfo? dir = new(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, ".config", "dotnet-tools.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string ReadToolVersion(string manifest)
    {
        JsonNode? tools = JsonNode.Parse(File.ReadAllText(manifest))?["tools"];
        string? version = tools is JsonObject o
            ? o.FirstOrDefault(kv => string.Equals(kv.Key, ToolPackage, StringComparison.OrdinalIgnoreCase)).Value?["version"]?.GetValue<string>()
            : null;
        return version ?? throw new InvalidOperationException(
            $"{manifest} does not list {ToolPackage}. Add it: dotnet tool install {ToolPackage} --version 1.0.712001 (from the repository root).");
    }
}
