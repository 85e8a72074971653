using System.Text.RegularExpressions;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Apps;

/// <summary>
/// A lesson's setup cell read for its file-based app. The cell (first code cell, first line <c>// Setup</c>) has three
/// <c>#!csharp</c> parts: a check that the notebook sits beside setup.csx, <c>#load "setup.csx"</c>, then the <c>#r</c> lines,
/// usings and <c>Notebook.Setup();</c>. An app needs none of the first two (<c>dotnet run</c> builds what it references);
/// the third becomes <c>#:package</c> / <c>#:project</c> directives, usings, and the app's own setup call.
/// </summary>
public sealed partial class SetupCell
{
    private SetupCell(IReadOnlyList<string> packages, IReadOnlyList<string> projects, IReadOnlyList<string> usings, IReadOnlyList<string> statements)
    {
        Packages = packages;
        Projects = projects;
        Usings = usings;
        Statements = statements;
    }

    /// <summary>The pinned packages as <c>Name@Version</c>, in the cell's order.</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>The helper library projects the cell's <c>#r "../artifacts/bin/P/...dll"</c> lines load, by name (<c>P</c>).</summary>
    public IReadOnlyList<string> Projects { get; }

    /// <summary>The cell's using directives.</summary>
    public IReadOnlyList<string> Usings { get; }

    /// <summary>The rest of the third part (comments kept), with <c>Notebook.Setup();</c> still in it.</summary>
    public IReadOnlyList<string> Statements { get; }

    /// <summary>Reads a setup cell.</summary>
    /// <param name="source">The cell's source.</param>
    /// <param name="where">Names the notebook and cell in error messages.</param>
    /// <param name="repoRoot">The clone, where each referenced library's project must exist under lib/.</param>
    /// <exception cref="FormatException">The cell is not a setup cell as notebooks/README-setup.md describes it; the message names the problem and the fix.</exception>
    public static SetupCell Parse(string source, string where, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(source);
        const string Fix = "Make it the setup cell notebooks/README-setup.md shows (copy it from another lesson).";
        if (!source.StartsWith(SetupCellMarker.Prefix, StringComparison.Ordinal))
        {
            throw new FormatException($"{where}: the first code cell does not start with \"{SetupCellMarker.Prefix}\", so it is not the setup cell. {Fix}");
        }

        string[] parts = PartSeparator().Split(source);
        if (parts.Length != 4)
        {
            throw new FormatException($"{where}: the setup cell has {parts.Length - 1} #!csharp parts; it needs 3 (location check, #load \"setup.csx\", then #r lines and Notebook.Setup()). {Fix}");
        }

        if (!LoadLine().IsMatch(parts[2]))
        {
            throw new FormatException($"{where}: the setup cell's second part has no #load \"setup.csx\". {Fix}");
        }

        var packages = new List<string>();
        var projects = new List<string>();
        var usings = new List<string>();
        var statements = new List<string>();
        var comments = new List<string>(); // a comment belongs to the line below it, and goes where that line goes
        foreach (string line in parts[3].Split('\n'))
        {
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                comments.Add(line);
                continue;
            }

            if (!NugetLine().IsMatch(line) && !LibraryLine().IsMatch(line) && !UsingLine().IsMatch(line))
            {
                statements.AddRange(comments);
            }

            comments.Clear();

            Match nuget = NugetLine().Match(line);
            Match dll = LibraryLine().Match(line);
            if (nuget.Success)
            {
                packages.Add($"{nuget.Groups["name"].Value}@{nuget.Groups["version"].Value}");
            }
            else if (dll.Success)
            {
                string project = dll.Groups["project"].Value;
                if (!File.Exists(Path.Combine(repoRoot, "lib", project, project + ".csproj")))
                {
                    throw new FormatException($"{where}: {line.Trim()} loads {project}, which has no project at lib/{project}/{project}.csproj. Reference a library in lib/.");
                }

                projects.Add(project);
            }
            else if (line.TrimStart().StartsWith("#r", StringComparison.Ordinal))
            {
                throw new FormatException($"{where}: {line.Trim()} is neither a pinned package (#r \"nuget: Name, Version\") nor a helper library (#r \"../artifacts/bin/<Project>/release/<Project>.dll\"), so the lesson's app cannot reference it. Use one of the two forms.");
            }
            else if (UsingLine().IsMatch(line))
            {
                usings.Add(line.Trim());
            }
            else
            {
                statements.Add(line);
            }
        }

        statements.AddRange(comments);
        if (!statements.Any(s => s.Contains("Notebook.Setup()", StringComparison.Ordinal)))
        {
            throw new FormatException($"{where}: the setup cell does not call Notebook.Setup(), which registers how images, charts and tables show. Add Notebook.Setup(); after its #r lines.");
        }

        return new SetupCell(packages, projects, usings, statements);
    }

    [GeneratedRegex(@"^[ \t]*#!csharp[ \t]*\r?\n?", RegexOptions.Multiline)]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^[ \t]*#load[ \t]+""[^""]*setup\.csx""", RegexOptions.Multiline)]
    private static partial Regex LoadLine();

    [GeneratedRegex(@"^[ \t]*#r[ \t]+""nuget:[ \t]*(?<name>[A-Za-z0-9_.\-]+)[ \t]*,[ \t]*(?<version>[^""\s]+)[ \t]*""")]
    private static partial Regex NugetLine();

    [GeneratedRegex(@"^[ \t]*#r[ \t]+""(?:\.\./)+artifacts/bin/(?<project>[^/""]+)/[^/""]+/\k<project>\.dll""")]
    private static partial Regex LibraryLine();

    [GeneratedRegex(@"^[ \t]*using[ \t]+[A-Za-z_][\w.]*[ \t]*;[ \t]*$")]
    private static partial Regex UsingLine();
}
