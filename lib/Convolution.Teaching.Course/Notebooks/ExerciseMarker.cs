using System.Text.RegularExpressions;

namespace Convolution.Teaching.Course.Notebooks;

/// <summary>
/// Exercise check cells and student copies: the convention by which a failing cell is expected.
/// </summary>
/// <remarks>
/// A cell is an exercise check when its first non-blank line is <c>// CHECK: &lt;exercise-name&gt;</c>
/// (e.g. <c>// CHECK: im-conv</c>). A notebook is a student copy when a folder on its path is named
/// <c>student</c> (e.g. <c>notebooks/student/04-im-conv.ipynb</c>). In a student copy a check cell is
/// expected to fail (the exercise is a stub) and the runner reports a pass as unexpected;
/// in a solution notebook every cell, checks included, must pass.
/// A visible comment was chosen over cell metadata because authors and students see it, and it survives
/// every editor. It lives here, beside the notebook model, because the runner grades by it and the release and
/// the grader record and restore check cells by it: one rule for all three.
/// </remarks>
public static partial class ExerciseMarker
{
    /// <summary>The folder name that marks student copies.</summary>
    public const string StudentFolder = "student";

    /// <summary>The exercise name of a check cell, or null when <paramref name="cell"/> is not a check cell.</summary>
    /// <param name="cell">A code cell.</param>
    public static string? ExerciseName(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return ExerciseName(cell.Source);
    }

    /// <summary>The exercise name of a code cell with this source, or null when it is not a check cell (for a cell read as JSON).</summary>
    /// <param name="source">A code cell's source text.</param>
    public static string? ExerciseName(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Match m = CheckLine().Match(NotebookCell.FirstLineOf(source));
        return m.Success ? m.Groups["name"].Value.Trim() : null;
    }

    /// <summary>
    /// The points a check cell is worth: declared on its marker line as <c>// CHECK: im-conv (2 points)</c>, else 1; null
    /// when the source is not a check cell.
    /// </summary>
    /// <param name="source">A code cell's source text.</param>
    public static int? Points(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Match m = CheckLine().Match(NotebookCell.FirstLineOf(source));
        return !m.Success ? null
            : m.Groups["points"].Success ? int.Parse(m.Groups["points"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
    }

    /// <summary>True when <paramref name="notebookPath"/> lies in a folder named <see cref="StudentFolder"/>.</summary>
    /// <param name="notebookPath">A notebook's path.</param>
    public static bool IsStudentCopy(string notebookPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(notebookPath));
        return dir is not null && dir.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => string.Equals(part, StudentFolder, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"^//\s*CHECK:\s*(?<name>[^\s(]+)\s*(\((?<points>[0-9]{1,3})\s+points?\))?\s*$")]
    private static partial Regex CheckLine();
}
