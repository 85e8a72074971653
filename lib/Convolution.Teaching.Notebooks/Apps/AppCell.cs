namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>One notebook cell as a lesson app's source holds it.</summary>
/// <param name="Number">The cell's number in the notebook (0: the setup call).</param>
/// <param name="IsMarkdown">True for a markdown cell (comment lines in the app), false for code.</param>
/// <param name="Text">The markdown, or the code as it stands in the app.</param>
internal sealed record AppCell(int Number, bool IsMarkdown, string Text);
