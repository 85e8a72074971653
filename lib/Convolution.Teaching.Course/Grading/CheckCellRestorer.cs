using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// Puts back the instructor's cells of a submission as the course released them (as nbgrader restores its grade cells
/// from its own record): the setup cell and every check cell, exactly one of each, in the released source. A check cell
/// that a student edited gets its released source again; one that was deleted is inserted again after the cell that
/// preceded it in the released copy (or at the end); a second cell for one check, or a check cell the lesson does not
/// have, is removed. The student's own cells stay as they are.
/// </summary>
public static class CheckCellRestorer
{
    /// <summary>Restores <paramref name="submission"/>'s instructor cells from <paramref name="lesson"/>, and says what it changed.</summary>
    /// <param name="submission">The submitted notebook (changed in place).</param>
    /// <param name="lesson">The lesson as released.</param>
    public static IReadOnlyList<string> Restore(NotebookDocument submission, ReleasedLesson lesson)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(lesson);
        var notes = new List<string>();
        IReadOnlyList<NotebookCell> official = lesson.Notebook.Cells;
        // The released instructor cells by key (a check's name, or the setup cell), in the released order.
        var released = new List<(string Key, NotebookCell Cell, string? PreviousId)>();
        for (int i = 0; i < official.Count; i++)
        {
            if (Key(official[i]) is { } key)
            {
                released.Add((key, official[i], i > 0 ? official[i - 1].Id : null));
            }
        }

        // The submission's cells with each instructor cell replaced by a slot (its key): the first of each released one
        // keeps its place, any other comes out.
        var slots = new List<(NotebookCell? Cell, string? Key)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (NotebookCell cell in submission.Cells)
        {
            if (Key(cell) is not { } key)
            {
                slots.Add((cell, null));
                continue;
            }

            int index = released.FindIndex(r => r.Key == key);
            if (index < 0)
            {
                notes.Add($"a check cell '{key}' that the lesson does not have was removed");
            }
            else if (!seen.Add(key))
            {
                notes.Add(key == Setup ? "a second setup cell was removed" : $"more than one check cell for '{key}': only the released one was run");
            }
            else
            {
                slots.Add((null, key));
                if (cell.Source != released[index].Cell.Source)
                {
                    notes.Add(key == Setup ? "the setup cell had been edited: restored as released" : $"check cell '{key}' had been edited: restored as released");
                }
            }
        }

        foreach (var (key, _, previousId) in released.Where(r => !seen.Contains(r.Key)))
        {
            int after = previousId is null ? -1 : slots.FindIndex(s => s.Cell is { } c && c.Id == previousId);
            slots.Insert(after >= 0 ? after + 1 : slots.Count, (null, key));
            notes.Add(key == Setup ? "the setup cell was missing: put back as released" : $"check cell '{key}' was missing: put back as released");
        }

        submission.ReplaceCells(slots.Select(s => (s.Key is null ? s.Cell! : released.First(r => r.Key == s.Key).Cell).Json));
        return notes;
    }

    private const string Setup = "\0setup";

    /// <summary>The instructor cell a cell is (a check's name, or <see cref="Setup"/>), or null for a student's cell.</summary>
    private static string? Key(NotebookCell cell) =>
        cell.Type != CellType.Code ? null
        : ExerciseMarker.ExerciseName(cell.Source) ?? (cell.Source.StartsWith(SetupCellMarker.Prefix, StringComparison.Ordinal) ? Setup : null);
}
