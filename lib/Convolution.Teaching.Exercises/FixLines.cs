using System.Text.RegularExpressions;

namespace Convolution.Teaching.Exercises;

/// <summary>
/// The exact line of a fix, marked inside a diagnosis: a check shows the diagnosis without it on a first failure and
/// the line on a repeated one (or from Exercises.Hint), so a student looks for the mistake before being handed the fix.
/// </summary>
internal static partial class FixLines
{
    /// <summary>The line <paramref name="code"/>, marked to be held back from a first failure.</summary>
    public static string Mark(string code) => $" \u27E6{code}\u27E7";

    /// <summary>The diagnosis without its marked lines, and the lines (each once).</summary>
    public static (string Text, string[] Lines) Split(string diagnosis)
    {
        string[] lines = Marked().Matches(diagnosis).Select(m => m.Groups[1].Value).Distinct().ToArray();
        return (Marked().Replace(diagnosis, string.Empty), lines);
    }

    [GeneratedRegex(" ?\u27E6([^\u27E7]*)\u27E7")]
    private static partial Regex Marked();
}
