namespace Convolution.Teaching.Course.Apps;

/// <summary>A code cell as its lesson app holds it.</summary>
/// <param name="Body">The cell's statements, in place (its bare last value shown through <c>Display</c>).</param>
/// <param name="Usings">Using directives, which a .cs file must have at its top.</param>
/// <param name="Types">Type declarations, which a file with top-level statements must have after them.</param>
/// <param name="Variables">The top-level variables the cell declares (a .cs file cannot declare one twice, a notebook can).</param>
public sealed record TranslatedCell(string Body, IReadOnlyList<string> Usings, IReadOnlyList<string> Types, IReadOnlyList<string> Variables);
