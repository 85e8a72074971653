namespace Convolution.Teaching.Course.Notebooks;

/// <summary>One thing wrong with how a notebook is committed, and how to fix it.</summary>
/// <param name="Notebook">The notebook's file name.</param>
/// <param name="CellNumber">1-based cell number, or null for a notebook-wide problem.</param>
/// <param name="Rule">A short stable name of the rule, e.g. <c>pinned-nuget</c> (tests match on it).</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record HygieneProblem(string Notebook, int? CellNumber, string Rule, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        CellNumber is int n ? $"{Notebook} cell {n}: [{Rule}] {Message}" : $"{Notebook}: [{Rule}] {Message}";
}
