using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Release;

/// <summary>
/// Student copies of the solution notebooks: <c>notebooks/NN-topic.ipynb</c> (the source of truth)
/// becomes <c>notebooks/student/NN-topic.ipynb</c> with every solution region replaced by its stub.
/// </summary>
/// <remarks>
/// Nothing else changes: no path is rewritten. The setup cell runs every lesson from the clone's notebooks/ folder
/// wherever the copy sits inside the clone, so <c>"../assets/..."</c> and <c>#load "setup.csx"</c> mean the same in a
/// student copy, a graded copy and the lesson; the contents link finds notebooks/student/README.md. Each copy records
/// in its metadata the hash of what the generator wrote, so an edited copy is recognised and never overwritten
/// without <c>--force</c>.
/// </remarks>
public static class StudentCopies
{
    /// <summary>The folder, beside the solution notebooks, that holds the student copies: the one by which the runner knows a copy.</summary>
    public const string Folder = ExerciseMarker.StudentFolder;

    /// <summary>The notebook metadata key under which the generator records what it wrote.</summary>
    public const string MetadataKey = "convolution_teaching";

    /// <summary>The student copy's path for a solution notebook.</summary>
    /// <param name="solutionPath">A solution notebook's path.</param>
    public static string StudentPathFor(string solutionPath)
    {
        string full = Path.GetFullPath(solutionPath);
        return Path.Combine(Path.GetDirectoryName(full)!, Folder, Path.GetFileName(full));
    }

    /// <summary>True when the notebook holds at least one solution region (only those get a student copy).</summary>
    /// <param name="solution">A solution notebook.</param>
    public static bool HasExercises(NotebookDocument solution) =>
        solution.CodeCells.Any(c => SolutionRegions.HasRegion(c.Source));

    /// <summary>The student copy's JSON text for <paramref name="solution"/>.</summary>
    /// <param name="solution">A solution notebook.</param>
    /// <exception cref="FormatException">A solution region is malformed (the message names the notebook and cell).</exception>
    public static string Generate(NotebookDocument solution) => StudentCopy(solution).ToJson();

    /// <summary>
    /// The student copy of <paramref name="solution"/> as a document at its <see cref="StudentPathFor"/> path: what
    /// <see cref="Generate"/> writes, before it is text. <c>course release</c> makes it once per lesson, for the student
    /// copy and for the lesson's apps.
    /// </summary>
    /// <param name="solution">A solution notebook.</param>
    /// <exception cref="FormatException">A solution region is malformed (the message names the notebook and cell).</exception>
    public static NotebookDocument StudentCopy(NotebookDocument solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        NotebookDocument copy = solution.CopyAt(StudentPathFor(solution.Path));
        foreach (NotebookCell cell in copy.CodeCells)
        {
            cell.Source = StartingCode(cell.Source, $"{solution.FileName} cell {cell.Number}");
            cell.ClearOutputs();
        }

        copy.InsertCell(0, Banner(solution.FileName, HasExercises(solution)));
        JsonObject metadata = copy.EditableMetadata();
        metadata[MetadataKey] = new JsonObject
        {
            ["generated_from"] = "../" + solution.FileName,
            ["generator"] = "course release",
            // What each check cell held when released, so `course grade` can tell (and undo) a student's edit to one, as nbgrader does.
            ["check_cells"] = CheckCellHashes(copy.CodeCells),
            ["sha256"] = string.Empty,
        };
        metadata[MetadataKey]!["sha256"] = ContentHash(copy.Root);
        return copy;
    }

    /// <summary>
    /// Writes the student copy of <paramref name="solutionPath"/>. Never writes over a solution notebook;
    /// never overwrites a student copy with edits the generator did not make, unless <paramref name="force"/>.
    /// </summary>
    /// <param name="solutionPath">A solution notebook (not inside a <c>student</c> folder).</param>
    /// <param name="force">Overwrite an edited student copy.</param>
    public static StudentCopyOutcome Write(string solutionPath, bool force = false)
    {
        string full = Path.GetFullPath(solutionPath);
        if (Path.GetFileName(Path.GetDirectoryName(full)) == Folder)
        {
            throw new ArgumentException($"{solutionPath} is a student copy, not a solution notebook: give the notebook in the folder above it.", nameof(solutionPath));
        }

        NotebookDocument solution = NotebookDocument.Load(full);
        return Write(solution, StudentCopy(solution), force);
    }

    /// <summary>
    /// Writes <paramref name="student"/>, the <see cref="StudentCopy"/> already made of <paramref name="solution"/>, as
    /// <see cref="Write(string, bool)"/> does: never over a student copy with edits the generator did not make, unless <paramref name="force"/>.
    /// </summary>
    /// <param name="solution">A solution notebook (not inside a <c>student</c> folder).</param>
    /// <param name="student">Its student copy, from <see cref="StudentCopy"/>.</param>
    /// <param name="force">Overwrite an edited student copy.</param>
    public static StudentCopyOutcome Write(NotebookDocument solution, NotebookDocument student, bool force)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(student);
        string target = student.Path;
        var (status, message) = GeneratedFile.Write(target, student.ToJson(), force, existing => EditedByHand(existing, target), "its solution notebook");
        return new StudentCopyOutcome(solution.Path, target, status, message);
    }

    /// <summary>Why the student copy differs from what the generator last wrote, or null when it does not.</summary>
    /// <param name="studentJson">The student copy's text.</param>
    /// <param name="path">Its path, for messages.</param>
    public static string? EditedByHand(string studentJson, string path)
    {
        JsonObject root;
        try
        {
            root = NotebookDocument.Parse(studentJson, path).Root;
        }
        catch (NotebookFormatException)
        {
            return "it is not a valid notebook any more (edited by hand?)";
        }

        string? recorded = root["metadata"]?[MetadataKey]?["sha256"]?.GetValue<string>();
        if (recorded is null)
        {
            return "it has no generator record in its metadata (it was not written by `course release`)";
        }

        return recorded == ContentHash(root) ? null : "it has edits that `course release` did not make";
    }

    /// <summary>
    /// A code cell as the student copy holds it: each solution region replaced by its stub.
    /// The exported site shows exactly this as an exercise's starting code, so the page and the copy never differ.
    /// </summary>
    /// <param name="source">A solution notebook's code cell.</param>
    /// <param name="where">Names the notebook and cell in error messages.</param>
    /// <exception cref="FormatException">A solution region is malformed.</exception>
    public static string StartingCode(string source, string where) => SolutionRegions.ToStudent(source, where);

    /// <summary>Each check cell's name and the SHA-256 of its source: the cells the runner grades (<see cref="ExerciseMarker"/>), no other.</summary>
    internal static JsonObject CheckCellHashes(IEnumerable<NotebookCell> cells)
    {
        var hashes = new JsonObject();
        foreach (NotebookCell cell in cells.Where(c => c.Type == CellType.Code))
        {
            if (ExerciseMarker.ExerciseName(cell.Source) is { } name)
            {
                hashes[name] = SourceHash(cell.Source);
            }
        }

        return hashes;
    }

    /// <summary>SHA-256 of a cell's source text, hex.</summary>
    internal static string SourceHash(string source) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source))).ToLowerInvariant();

    /// <summary>SHA-256 of the notebook with the recorded hash blanked, so the record can hold it.</summary>
    internal static string ContentHash(JsonObject root)
    {
        var copy = (JsonObject)root.DeepClone();
        if (copy["metadata"]?[MetadataKey] is JsonObject record)
        {
            record["sha256"] = string.Empty;
        }

        // Hash the normalised JSON (not the file's bytes) so a re-save that only re-indents is not an edit.
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(copy.ToJsonString()));
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    private static JsonObject Banner(string fileName, bool exercises) => NotebookCell.NewJson(
        CellType.Markdown,
        "student-copy",
        (exercises
            ? "> **Student copy.** Work through this notebook from the top. Where a cell says `NotImplementedException` or `?`, write your answer, " +
              "then run the `// CHECK:` cell below it for feedback. If you get stuck, the later cells go on with the library's version.\n"
            : "> **Student copy.** This lesson has no exercises to fill in: run it from the top and change anything you like.\n") +
        $">\n> (Generated from [`../{fileName}`](../{fileName}) by `course release`; your edits here are yours, the generator never overwrites them.)");
}
