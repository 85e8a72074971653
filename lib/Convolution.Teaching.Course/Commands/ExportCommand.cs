using Convolution.Teaching.Notebooks.Pages;
using Convolution.Teaching.Course.Export;
using Convolution.Teaching.Course.Notebooks;
using Spectre.Console;

namespace Convolution.Teaching.Course.Commands;

/// <summary>
/// <c>course export [--from DIR] [--to DIR]</c>: the executed lessons (from <c>course check</c>, in
/// artifacts/executed/) as a static site in artifacts/site/, with a table of what each page holds.
/// </summary>
/// <param name="console">Where to write (the one the command line app was given).</param>
public sealed class ExportCommand(IAnsiConsole console) : CourseCommand<ExportSettings>(console)
{
    /// <summary>The site folder under the repository root.</summary>
    public const string DefaultOutput = "artifacts/site";

    /// <summary>Runs the export the command line asked for.</summary>
    /// <param name="settings">Where to read and write.</param>
    /// <param name="cancellationToken">Unused: an export takes seconds.</param>
    protected override Task<ExitCode> RunCommandAsync(ExportSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(Run(settings.ToOptions(RepoPaths.Find()), Console));

    /// <summary>Writes the site and returns <see cref="ExitCode.Success"/> when every lesson has an up-to-date page,
    /// <see cref="ExitCode.Failures"/> otherwise, <see cref="ExitCode.MissingPrerequisite"/> when nothing was executed yet.</summary>
    /// <param name="options">Where to read and write.</param>
    /// <param name="console">Where to write.</param>
    public static ExitCode Run(ExportOptions options, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        RepoPaths repo = RepoPaths.Find();
        ExportResult result;
        try
        {
            result = SiteExporter.Export(options);
        }
        catch (NotebookFormatException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCode.Failures;
        }
        catch (InvalidOperationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCode.MissingPrerequisite;
        }

        Report(console, repo, result);
        return result.MissingLessons.Count == 0 && result.StaleLessons.Count == 0 ? ExitCode.Success : ExitCode.Failures;
    }

    /// <summary>Prints the table of pages, the warnings, and where the site is.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="repo">For short paths.</param>
    /// <param name="result">What the export wrote.</param>
    public static void Report(IAnsiConsole console, RepoPaths repo, ExportResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(repo);
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Title("Pages").AddColumns("page", "title", "code cells", "images", "charts", "tables", "formulas", "errors");
        foreach (PageReport p in result.Pages)
        {
            string images = p.ImagesWithoutAlt > 0 ? $"{p.Images} [red]({p.ImagesWithoutAlt} without alt)[/]" : $"{p.Images}";
            table.AddRow(
                Markup.Escape(p.Page), Markup.Escape(Shorten(p.Title)), $"{p.CodeCells}", images, $"{p.Charts}", $"{p.Tables}", $"{p.Formulas}",
                p.Errors > 0 ? $"[red]{p.Errors}[/]" : "0");
        }

        console.Write(table);
        foreach (PageReport p in result.Pages)
        {
            foreach (string warning in p.Warnings)
            {
                console.MarkupLineInterpolated($"[yellow]warning:[/] {p.Page}: {warning}");
            }

            foreach (string url in p.ExternalImages)
            {
                console.MarkupLineInterpolated($"[grey]{p.Page}: external image {url} (shown only online; its alt text is there offline)[/]");
            }
        }

        foreach (string lesson in result.MissingLessons)
        {
            console.MarkupLineInterpolated($"[red]{lesson} has no executed copy, so no page: run `course check` first (or `course build`).[/]");
        }

        console.MarkupLineInterpolated(
            $"Site: {repo.Show(result.IndexPage)} ({result.Pages.Count} pages, {result.AssetBytes / 1_000_000.0:0.0} MB of plotly.js and KaTeX in {repo.Show(Path.Combine(result.OutputFolder, PageAssets.Folder))}/, {result.Seconds:0.0} s). Open it from disk: it needs no network.");
    }

    /// <summary>The folders of executed notebooks that exist, for the message about a --from folder that does not.</summary>
    /// <param name="repo">Where artifacts/ is.</param>
    internal static string WhatExists(RepoPaths repo)
    {
        string artifacts = Path.Combine(repo.Root, "artifacts");
        string[] folders = Directory.Exists(artifacts)
            ? [.. Directory.EnumerateDirectories(artifacts).Where(d => NotebookDiscovery.InFolder(d, recursive: false).Count > 0).Select(repo.Show).Order(StringComparer.Ordinal)]
            : [];
        return folders.Length == 0
            ? "No folder of executed notebooks exists yet: run `course check` first."
            : $"Folders with executed notebooks: {string.Join(", ", folders)}.";
    }

    private static string Shorten(string text) => text.Length <= 48 ? text : text[..47] + "…";
}
