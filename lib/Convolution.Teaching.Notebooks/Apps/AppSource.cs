using System.Text.RegularExpressions;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>
/// Reads a lesson app's source back into its cells, for the page: <c>course release</c> writes a markdown cell as comment
/// lines under <c>// ── cell N (markdown) ──</c>, and starts code cell N with <c>Display.Cell(N);</c> (a check cell with <c>Display.Cell(N, check: "name");</c>). The page reads the app
/// rather than the notebook because a student answers in the app itself, and the page should show their code.
/// </summary>
internal static partial class AppSource
{
    /// <summary>The cells of the app at <paramref name="path"/>, in order; empty when the file cannot be read.</summary>
    public static IReadOnlyList<AppCell> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var cells = new List<AppCell>();
        var lines = new List<string>();
        int number = -1;
        bool markdown = false;
        void Close()
        {
            if (number >= 0)
            {
                cells.Add(new AppCell(number, markdown, string.Join('\n', lines).Trim('\n')));
            }

            lines.Clear();
        }

        foreach (string line in File.ReadAllLines(path))
        {
            Match m = MarkdownMarker().Match(line);
            Match c = CellCall().Match(line);
            if (m.Success || c.Success || StartCall().IsMatch(line) || line.StartsWith("Display.End()", StringComparison.Ordinal))
            {
                Close();
                markdown = m.Success;
                number = m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                    : c.Success ? int.Parse(c.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                    : StartCall().IsMatch(line) ? 0 : -1;
                if (!m.Success && !c.Success && number == 0)
                {
                    lines.Add(line);
                }

                continue;
            }

            if (markdown && !line.StartsWith("//", StringComparison.Ordinal))
            {
                Close(); // a markdown cell is its comment block; what follows it is not part of it
                number = -1;
                continue;
            }

            lines.Add(markdown ? line.Length > 2 && line[2] == ' ' ? line[3..] : line[2..] : line);
        }

        Close();
        return cells;
    }

    [GeneratedRegex(@"^// ── cell (\d+) \(markdown\) ──$")]
    private static partial Regex MarkdownMarker();

    [GeneratedRegex(@"^Display\.Cell\((\d+)(?:\)|, check: )")]
    private static partial Regex CellCall();

    [GeneratedRegex(@"^Display\.Start\(")]
    private static partial Regex StartCall();
}
