using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;

namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// Puts back every check cell of a submission as the course released it (as nbgrader does): a check cell that a
/// student edited gets its released source again, one that was deleted is inserted again after the cell that
/// preceded it in the released copy (or at the end). The student's own cells stay as they are.
/// </summary>
public static class CheckCellRestorer
{
    /// <summary>The submission's cells with the released check cells, and a note for each cell restored.</summary>
    /// <param name="submission">The submitted notebook's JSON (changed in place: pass a copy).</param>
    /// <param name="released">The released student copy's JSON.</param>
    public static IReadOnlyList<string> Restore(JsonObject submission, JsonObject released)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(released);
        var notes = new List<string>();
        JsonArray cells = submission["cells"] as JsonArray ?? throw new InvalidDataException("the notebook has no \"cells\" list");
        JsonArray official = released["cells"] as JsonArray ?? new JsonArray();
        for (int i = 0; i < official.Count; i++)
        {
            string source = StudentCopies.JoinSource(official[i]?["source"]);
            if (ExerciseMarker.ExerciseName(source) is not { } name)
            {
                continue;
            }

            int at = IndexOfCheck(cells, name);
            if (at >= 0)
            {
                if (StudentCopies.JoinSource(cells[at]?["source"]) != source)
                {
                    cells[at]!["source"] = StudentCopies.SplitSource(source);
                    notes.Add($"check cell '{name}' had been edited: restored as released");
                }

                continue;
            }

            int after = i > 0 ? IndexOfId(cells, (string?)official[i - 1]?["id"]) : -1;
            cells.Insert(after >= 0 ? after + 1 : cells.Count, official[i]!.DeepClone());
            notes.Add($"check cell '{name}' was missing: put back as released");
        }

        return notes;
    }

    private static int IndexOfCheck(JsonArray cells, string name)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if ((string?)cells[i]?["cell_type"] == "code" && ExerciseMarker.ExerciseName(StudentCopies.JoinSource(cells[i]?["source"])) == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfId(JsonArray cells, string? id)
    {
        for (int i = 0; id is not null && i < cells.Count; i++)
        {
            if ((string?)cells[i]?["id"] == id)
            {
                return i;
            }
        }

        return -1;
    }
}
