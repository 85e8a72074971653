using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;

namespace Convolution.Teaching.Course.Grading;

/// <summary>
/// A lesson as the course released it to students (its copy in notebooks/student/): the record the grader restores check
/// cells from and identifies submissions by. Never the submission's own metadata, which a student can change.
/// </summary>
public sealed class ReleasedLesson
{
    private ReleasedLesson(string name, string json)
    {
        Name = name;
        Json = json;
        JsonArray cells = Parse()["cells"] as JsonArray ?? [];
        CellIds = cells.Select(c => (string?)c?["id"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Checks = [.. cells.Select((c, i) => (Cell: c, Index: i))
            .Where(c => (string?)c.Cell?["cell_type"] == "code")
            .Select(c => (c.Index, Source: StudentCopies.JoinSource(c.Cell?["source"])))
            .Where(c => ExerciseMarker.ExerciseName(c.Source) is not null)
            .Select(c => new ReleasedCheck(ExerciseMarker.ExerciseName(c.Source)!, ExerciseMarker.Points(c.Source)!.Value, c.Index))];
    }

    /// <summary>The lesson's file name, e.g. 05-task2-im-conv.ipynb (the same in notebooks/ and notebooks/student/).</summary>
    public string Name { get; }

    /// <summary>The released student copy's text.</summary>
    public string Json { get; }

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
            .Select(p => new ReleasedLesson(Path.GetFileName(p), File.ReadAllText(p)))];

    /// <summary>A fresh copy of the released notebook's JSON (each grading edits its own).</summary>
    public JsonObject Parse() => (JsonObject)JsonNode.Parse(Json)!;
}
