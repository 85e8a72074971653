using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Release;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// Which cells of a lesson are exercises and which check cell belongs to each, so a page can show a reader who studies
/// alone the student's starting code first and fold the solution, and the check's PASSED with it, behind "Show solution".
/// </summary>
/// <remarks>
/// An exercise cell is a code cell with a solution region (<see cref="SolutionRegions.HasRegion"/>). A check cell
/// (<see cref="ExerciseMarker"/>) belongs to the nearest exercise cell above it that no earlier check claimed: in every
/// lesson the check follows its answer cell, sometimes after a few cells that use the answer (lesson 5, lesson 9).
/// </remarks>
internal sealed class ExerciseFolds
{
    private readonly Dictionary<int, NotebookCell> checkOf = [];
    private readonly Dictionary<int, int> exerciseOf = [];

    private ExerciseFolds(NotebookDocument notebook)
    {
        int? open = null;
        foreach (NotebookCell cell in notebook.Cells.Where(c => c.Type == CellType.Code))
        {
            if (SolutionRegions.HasRegion(cell.Source))
            {
                open = cell.Number;
            }
            else if (ExerciseMarker.ExerciseName(cell) is not null && open is int exercise)
            {
                checkOf[exercise] = cell;
                exerciseOf[cell.Number] = exercise;
                open = null;
            }
        }
    }

    /// <summary>The folds of <paramref name="notebook"/>.</summary>
    /// <param name="notebook">A solution notebook (or its executed copy).</param>
    public static ExerciseFolds Of(NotebookDocument notebook) => new(notebook ?? throw new ArgumentNullException(nameof(notebook)));

    /// <summary>The check cell whose output goes into the fold of exercise cell <paramref name="exercise"/>, or null.</summary>
    public NotebookCell? CheckOf(int exercise) => checkOf.GetValueOrDefault(exercise);

    /// <summary>The exercise cell whose fold holds the output of check cell <paramref name="check"/>, or null.</summary>
    public int? ExerciseOf(int check) => exerciseOf.TryGetValue(check, out int e) ? e : null;
}
