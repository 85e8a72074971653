using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Running;

/// <summary>The result of running one notebook headless.</summary>
public sealed record NotebookRunResult
{
    /// <summary>The source notebook's full path.</summary>
    public required string Path { get; init; }

    /// <summary>The notebook with outputs and execution counts (write it with <see cref="NotebookDocument.WriteTo"/>, never over <see cref="Path"/>).</summary>
    public required NotebookDocument Executed { get; init; }

    /// <summary>One result per code cell, in order.</summary>
    public required IReadOnlyList<CellResult> Cells { get; init; }

    /// <summary>Total wall time in seconds, kernel start included.</summary>
    public required double Seconds { get; init; }

    /// <summary>True when the notebook was run as a student copy (its check cells are expected to fail).</summary>
    public required bool StudentCopy { get; init; }

    /// <summary>A problem with the notebook as a whole (the kernel did not start), or null.</summary>
    public string? Error { get; init; }

    /// <summary>The notebook's file name.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Cells that passed.</summary>
    public int Passed => Cells.Count(c => c.Status == CellStatus.Passed);

    /// <summary>Cells that failed, timed out, or passed where they should have failed.</summary>
    public int Failed => Cells.Count(c => c.IsUnexpected);

    /// <summary>Check cells that failed in a student copy, as expected.</summary>
    public int ExpectedFailures => Cells.Count(c => c.Status == CellStatus.ExpectedFailure);

    /// <summary>Exercise checks that said "not yet" in a run of a student's answers (<see cref="RunnerOptions.Answers"/>).</summary>
    public int NotYet => Cells.Count(c => c.Status == CellStatus.NotYet);

    /// <summary>Cells not run because the kernel had been stopped.</summary>
    public int Skipped => Cells.Count(c => c.Status == CellStatus.Skipped);

    /// <summary>True when nothing unexpected happened: every cell passed or failed as expected.</summary>
    public bool Succeeded => Error is null && Cells.All(c => c.Status is CellStatus.Passed or CellStatus.ExpectedFailure);

    /// <summary>One line per unexpected cell (or the notebook's error): notebook, cell number, first line, error.</summary>
    public IReadOnlyList<string> Problems() => Problems(notYet: true);

    /// <summary>As <see cref="Problems()"/>, with or without the exercise checks that said "not yet".</summary>
    /// <param name="notYet">Include the <see cref="CellStatus.NotYet"/> cells; false when the caller shows them itself
    /// (<c>course check</c> prints the checker's own words for each).</param>
    public IReadOnlyList<string> Problems(bool notYet)
    {
        var lines = new List<string>();
        if (Error is not null)
        {
            lines.Add($"{Name}: {Error}");
        }

        lines.AddRange(Cells.Where(c => c.Status != CellStatus.Passed && c.Status != CellStatus.ExpectedFailure && (notYet || c.Status != CellStatus.NotYet)).Select(Describe));
        return lines;
    }

    /// <summary>Describes one cell's result: <c>01-x.ipynb cell 5 (code cell 3) `first line`: Failed: error</c>.</summary>
    /// <param name="cell">A cell of this run.</param>
    public string Describe(CellResult cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        string after = cell.AfterFailureOf is int k ? $" (ran after cell {k} failed)" : "";
        string error = cell.Error is null ? "" : $": {cell.Error.Trim()}";
        return $"{Name} cell {cell.Number} (code cell {cell.CodeIndex}) `{cell.FirstLine}`: {cell.Status}{after}{error}";
    }
}
