using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;

namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// A lesson as the course released it to students (its copy in notebooks/student/): the record the grader restores check
/// cells from and identifies submissions by. Never the submission's own metadata, which a student can change.
/// </summary>
public sealed class ReleasedLesson
{
    private ReleasedLesson(string name, NotebookDocument notebook)
    {
        Name = name;
        Notebook = notebook;
        CellIds = notebook.Cells.Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Checks = [.. notebook.Cells
            .Where(c => c.Type == CellType.Code && ExerciseMarker.ExerciseName(c.Source) is not null)
            .Select(c => new ReleasedCheck(ExerciseMarker.ExerciseName(c.Source)!, ExerciseMarker.Points(c.Source)!.Value, c.Number - 1))];
    }

    /// <summary>The lesson's file name, e.g. 05-task2-im-conv.ipynb (the same in notebooks/ and notebooks/student/).</summary>
    public string Name { get; }

    /// <summary>The released student copy (read only: a grading edits its submission, never this).</summary>
    public NotebookDocument Notebook { get; }

    /// <summary>The ids of its cells (a submission's cells keep them, whatever its metadata says).</summary>
    public IReadOnlySet<string> CellIds { get; }

    /// <summary>Its check cells in order, with their points.</summary>
    public IReadOnlyList<ReleasedCheck> Checks { get; }

    /// <summary>The most points a submission can earn.</summary>
    public int MaxPoints => Checks.Sum(c => c.Points);

    /// <summary>Every released lesson of the repository whose student copy exists.</summary>
    /// <param name="notebooks">The notebooks/ folder.</param>
    public static IReadOnlyList<ReleasedLesson> All(string notebooks) =>
        [.. NotebookDiscovery.InFolder(notebooks, recursive: false)
            .Select(StudentCopies.StudentPathFor)
            .Where(File.Exists)
            .Select(p => new ReleasedLesson(Path.GetFileName(p), NotebookDocument.Load(p)))];
}
