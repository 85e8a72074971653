namespace Convolution.Teaching.Course.Running;

/// <summary>Progress of a run: sent when the kernel starts and before and after each code cell.</summary>
/// <param name="Notebook">The notebook's file name.</param>
/// <param name="CodeIndex">1-based index of the code cell (0 while the kernel starts).</param>
/// <param name="CodeCount">Number of code cells.</param>
/// <param name="FirstLine">The cell's first line (empty while the kernel starts).</param>
/// <param name="Result">The cell's result once it finished; null when it is starting.</param>
public sealed record RunProgress(string Notebook, int CodeIndex, int CodeCount, string FirstLine, CellResult? Result);
