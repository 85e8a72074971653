using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Convolution.Teaching.Course.Notebooks;

/// <summary>
/// Checks that a lesson notebook is committed the way VS Code Polyglot Notebooks and the course
/// expect (see shared notes "notebook-runtime.md"): nbformat 4.5+ with cell ids, the Polyglot
/// metadata, no outputs, pinned packages, no blocking OpenCV windows, an NN-topic file name.
/// </summary>
public static partial class NotebookHygiene
{
    /// <summary>Every rule's name, as used in <see cref="HygieneProblem.Rule"/>.</summary>
    public static readonly IReadOnlyList<string> Rules =
    [
        "nbformat", "cell-id", "kernelspec", "language-info", "kernel-info", "cell-kernel",
        "no-outputs", "pinned-nuget", "no-imshow", "file-name", "source-lines",
    ];

    /// <summary>Lists every hygiene problem of <paramref name="notebook"/>; empty when it is clean.</summary>
    /// <param name="notebook">A parsed notebook.</param>
    public static IReadOnlyList<HygieneProblem> Check(NotebookDocument notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var problems = new List<HygieneProblem>();
        string name = notebook.FileName;
        void Add(int? cell, string rule, string message) => problems.Add(new HygieneProblem(name, cell, rule, message));

        if (notebook.NbFormat != 4 || notebook.NbFormatMinor is not >= 5)
        {
            Add(null, "nbformat", $"nbformat is {notebook.NbFormat?.ToString() ?? "missing"}.{notebook.NbFormatMinor?.ToString() ?? "missing"}; expected 4.5 or later (cells with ids). Save it from VS Code or set \"nbformat\": 4, \"nbformat_minor\": 5 and give every cell an id.");
        }

        CheckTopMetadata(notebook.Metadata, Add);
        if (!FileNamePattern().IsMatch(name))
        {
            Add(null, "file-name", $"file name '{name}' does not follow NN-topic.ipynb (two digits, a dash, lower-case words joined by dashes), e.g. 03-output-modes.ipynb.");
        }

        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (NotebookCell cell in notebook.Cells)
        {
            if (string.IsNullOrWhiteSpace(cell.Id))
            {
                Add(cell.Number, "cell-id", "the cell has no \"id\"; nbformat 4.5 requires one (any unique string, e.g. a short GUID).");
            }
            else if (!seenIds.Add(cell.Id))
            {
                Add(cell.Number, "cell-id", $"the id '{cell.Id}' is used by an earlier cell; ids must be unique.");
            }

            CheckSourceLines(cell, Add);
            if (cell.Type == CellType.Code)
            {
                CheckCodeCell(cell, Add);
            }
        }

        return problems;
    }

    private static void CheckTopMetadata(JsonObject metadata, Action<int?, string, string> add)
    {
        if (Text(metadata, "kernelspec", "name") != ".net-csharp")
        {
            add(null, "kernelspec", "metadata.kernelspec must be {\"display_name\": \".NET (C#)\", \"language\": \"C#\", \"name\": \".net-csharp\"} so VS Code and Jupyter pick the C# kernel.");
        }

        if (Text(metadata, "language_info", "name") != "polyglot-notebook")
        {
            add(null, "language-info", "metadata.language_info.name must be \"polyglot-notebook\".");
        }

        JsonNode? kernelInfo = metadata["polyglot_notebook"]?["kernelInfo"];
        bool hasCsharpItem = kernelInfo?["items"] is JsonArray items && items.Any(i => Text(i, "name") == "csharp");
        if (Text(kernelInfo, "defaultKernelName") != "csharp" || !hasCsharpItem)
        {
            add(null, "kernel-info", "metadata.polyglot_notebook.kernelInfo must be {\"defaultKernelName\": \"csharp\", \"items\": [{\"aliases\": [], \"name\": \"csharp\"}]}.");
        }
    }

    private static void CheckCodeCell(NotebookCell cell, Action<int?, string, string> add)
    {
        if (Text(cell.Metadata, "dotnet_interactive", "language") != "csharp" || Text(cell.Metadata, "polyglot_notebook", "kernelName") != "csharp")
        {
            add(cell.Number, "cell-kernel", "code cell metadata must be {\"dotnet_interactive\": {\"language\": \"csharp\"}, \"polyglot_notebook\": {\"kernelName\": \"csharp\"}}.");
        }

        bool hasOutputs = cell.Outputs is { Count: > 0 };
        bool hasCount = cell.Json["execution_count"] is JsonValue;
        if (hasOutputs || hasCount)
        {
            add(cell.Number, "no-outputs", "commit notebooks without outputs: set \"outputs\": [] and \"execution_count\": null (VS Code: Clear All Outputs, then save).");
        }

        foreach (Match m in NugetReference().Matches(cell.Source))
        {
            string package = m.Groups["package"].Value.Trim();
            string version = m.Groups["version"].Success ? m.Groups["version"].Value.Trim() : "";
            if (!ExactVersion().IsMatch(version))
            {
                string shown = version.Length == 0 ? "no version" : $"version '{version}'";
                add(cell.Number, "pinned-nuget", $"#r \"nuget: {package}\" has {shown}; pin an exact version, e.g. #r \"nuget: {package}, 1.2.3\" (the one in Directory.Packages.props).");
            }
        }

        foreach (string line in CodeLines(cell.Source))
        {
            if (BlockingWindow().IsMatch(line))
            {
                add(cell.Number, "no-imshow", $"'{line.Trim()}' opens a window and blocks the kernel; show images inline instead (an <img> with alt text).");
            }
        }
    }

    /// <summary>A source stored as lines must end every line but the last with "\n", or lines run together.</summary>
    private static void CheckSourceLines(NotebookCell cell, Action<int?, string, string> add)
    {
        if (cell.Json["source"] is not JsonArray lines)
        {
            return;
        }

        for (int i = 0; i < lines.Count - 1; i++)
        {
            if (lines[i] is JsonValue v && v.TryGetValue(out string? s) && !s.EndsWith('\n'))
            {
                add(cell.Number, "source-lines", $"source line {i + 1} ('{s.Trim()}') does not end in \"\\n\", so it runs into the next line; add the newline.");
                return;
            }
        }
    }

    /// <summary>Lines of code with whole-line comments removed, so a comment may mention ImShow.</summary>
    private static IEnumerable<string> CodeLines(string source) =>
        source.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));

    private static string? Text(JsonNode? node, params string[] path)
    {
        foreach (string key in path)
        {
            node = node is JsonObject o ? o[key] : null;
        }

        return node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
    }

    [GeneratedRegex(@"^\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$")]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"#r\s+""nuget:\s*(?<package>[^,""]+)(,\s*(?<version>[^""]*))?""", RegexOptions.IgnoreCase)]
    private static partial Regex NugetReference();

    /// <summary>An exact version: digits and dots with an optional pre-release label; no ranges, no wildcards.</summary>
    [GeneratedRegex(@"^\d+(\.\d+){1,3}(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex ExactVersion();

    [GeneratedRegex(@"\b(ImShow|WaitKey|WaitKeyEx|NamedWindow)\s*\(")]
    private static partial Regex BlockingWindow();
}
