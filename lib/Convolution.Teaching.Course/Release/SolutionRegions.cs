using System.Text.RegularExpressions;

namespace Convolution.Teaching.Course.Release;

/// <summary>
/// Turns the solution regions of a code cell into student stubs.
/// </summary>
/// <remarks>
/// A region is written in a solution notebook as
/// <code>
/// // BEGIN SOLUTION &lt;exercise name&gt;
/// // STUB: &lt;a line the student gets instead&gt;     (zero or more)
/// ...the solution...
/// // END SOLUTION
/// </code>
/// The student copy keeps the STUB lines (without the "// STUB: " prefix) at the indentation of the
/// BEGIN line; with no STUB line it gets a <c>throw new NotImplementedException(...)</c> that names
/// the exercise. Everything outside regions is kept as it is. <see cref="ToSolution"/> reads the regions the
/// same way (one parser for both) and keeps the solution without its marker lines, for the site's answer fold.
/// </remarks>
public static partial class SolutionRegions
{
    /// <summary>True when <paramref name="source"/> holds at least one solution region.</summary>
    /// <param name="source">A code cell's source.</param>
    public static bool HasRegion(string source) => (source ?? string.Empty).Split('\n').Any(line => Begin().IsMatch(line));

    /// <summary>The source with every solution region replaced by its stub.</summary>
    /// <param name="source">A code cell's source.</param>
    /// <param name="where">Names the notebook and cell in error messages.</param>
    /// <exception cref="FormatException">A region is not closed, nested, or an END has no BEGIN.</exception>
    public static string ToStudent(string source, string where) => Rewrite(source, where, keepSolution: false);

    /// <summary>
    /// The source as the solution reads with every marker line (BEGIN, STUB, END) taken out: what the exported site
    /// shows behind its "Show solution" fold, where marker comments mean nothing to a reader.
    /// </summary>
    /// <param name="source">A code cell's source.</param>
    /// <param name="where">Names the notebook and cell in error messages.</param>
    /// <exception cref="FormatException">A region is not closed, nested, or an END has no BEGIN.</exception>
    public static string ToSolution(string source, string where) => Rewrite(source, where, keepSolution: true);

    /// <summary>One pass over the regions: the student's stubs in place of each, or the solution lines without markers.</summary>
    private static string Rewrite(string source, string where, bool keepSolution)
    {
        ArgumentNullException.ThrowIfNull(source);
        var output = new List<string>();
        string[] lines = source.Split('\n');
        string? exercise = null, indent = null;
        var stubs = new List<string>();
        bool inRegion = false, stubsDone = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            Match begin = Begin().Match(line);
            if (begin.Success)
            {
                if (inRegion)
                {
                    throw new FormatException($"{where}, line {i + 1}: BEGIN SOLUTION inside another solution region (opened for '{exercise}'). Close the first with // END SOLUTION.");
                }

                inRegion = true;
                stubsDone = false;
                exercise = begin.Groups["name"].Value.Trim();
                indent = begin.Groups["indent"].Value;
                stubs.Clear();
                continue;
            }

            if (End().IsMatch(line))
            {
                if (!inRegion)
                {
                    throw new FormatException($"{where}, line {i + 1}: // END SOLUTION without a // BEGIN SOLUTION above it.");
                }

                if (!keepSolution)
                {
                    foreach (string stub in stubs.Count > 0 ? stubs : [DefaultStub(exercise!)])
                    {
                        output.Add(indent + stub);
                    }
                }

                inRegion = false;
                continue;
            }

            if (inRegion)
            {
                Match stub = Stub().Match(line);
                if (stub.Success && !stubsDone)
                {
                    stubs.Add(stub.Groups["code"].Value);
                }
                else
                {
                    stubsDone = true; // STUB lines belong at the top of a region; later ones are solution text.
                    if (keepSolution)
                    {
                        output.Add(line);
                    }
                }

                continue;
            }

            output.Add(line);
        }

        if (inRegion)
        {
            throw new FormatException($"{where}: the solution region for '{exercise}' is not closed: add // END SOLUTION after the solution.");
        }

        return string.Join("\n", output);
    }

    /// <summary>The stub for a region without STUB lines: a throw that names the exercise.</summary>
    /// <param name="exercise">The exercise name from the BEGIN line.</param>
    public static string DefaultStub(string exercise) =>
        $"throw new NotImplementedException(\"{(exercise.Length > 0 ? exercise : "This exercise")} is not written yet: replace this line with your code, then run the check cell below.\");";

    [GeneratedRegex(@"^(?<indent>[ \t]*)//\s*BEGIN SOLUTION\b(?<name>.*)$")]
    private static partial Regex Begin();

    [GeneratedRegex(@"^[ \t]*//\s*END SOLUTION\b")]
    private static partial Regex End();

    [GeneratedRegex(@"^[ \t]*//\s*STUB:\s?(?<code>.*)$")]
    private static partial Regex Stub();
}
