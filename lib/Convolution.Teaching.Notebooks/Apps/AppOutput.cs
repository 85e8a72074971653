namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>One output of a lesson app's cell, as the page shows it.</summary>
/// <param name="Cell">The notebook cell it belongs to (0: the setup call).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Content">Text for <see cref="AppOutputKind.Text"/>, HTML otherwise.</param>
internal sealed record AppOutput(int Cell, AppOutputKind Kind, string Content);
