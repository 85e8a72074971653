namespace Convolution.Teaching.Course.Running;

/// <summary>The result of one code cell in a headless run.</summary>
public sealed record CellResult
{
    /// <summary>1-based position among all cells of the notebook (what a reader counts).</summary>
    public required int Number { get; init; }

    /// <summary>1-based position among the code cells (k of n in progress).</summary>
    public required int CodeIndex { get; init; }

    /// <summary>The first non-blank line of the cell's source.</summary>
    public required string FirstLine { get; init; }

    /// <summary>How it ended.</summary>
    public required CellStatus Status { get; init; }

    /// <summary>The kernel's failure text (exception and stack, or compiler errors), or why the cell was skipped; null when it passed.</summary>
    public string? Error { get; init; }

    /// <summary>Wall time of the cell in seconds.</summary>
    public required double Seconds { get; init; }

    /// <summary>What the cell showed, in order.</summary>
    public IReadOnlyList<CellOutput> Outputs { get; init; } = [];

    /// <summary>The exercise this cell checks (first line <c>// CHECK: name</c>), or null.</summary>
    public string? Exercise { get; init; }

    /// <summary>The number of an earlier cell that failed unexpectedly, when this cell ran after it (its result may be a consequence).</summary>
    public int? AfterFailureOf { get; init; }

    /// <summary>True for results that make a run fail: Failed, TimedOut, UnexpectedPass.</summary>
    public bool IsUnexpected => Status is CellStatus.Failed or CellStatus.TimedOut or CellStatus.UnexpectedPass;

    /// <summary>For an exercise check cell: what its check said (passed or not, and the feedback); null for other cells or when it showed none.</summary>
    public CheckVerdict? Verdict { get; init; }

    /// <summary>A sentence when the cell's output went over a cap and was cut, else null.</summary>
    public string? OutputCut { get; init; }

    /// <summary>The first line of <see cref="Error"/>, for tables and summaries.</summary>
    public string? ErrorSummary => Error?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
}
