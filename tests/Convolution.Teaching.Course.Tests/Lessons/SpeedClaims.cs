using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Convolution.Teaching.Course.Tests.Lessons;

/// Reads the speed lesson's printed claims (the sentences Timings.Compare, Rank and Growth write) and its timing tables,
/// and lists every claim its own numbers contradict: a ratio that is not the ratio of the times it quotes, "faster"
/// where the quoted time is longer, "within noise" for a gap wider than the noise it states, a ranking out of order,
/// a growth verdict its figures do not give, or a quoted median that is not the table's.
public static partial class SpeedClaims
{
    /// Printed numbers are rounded (Timings shows 2 to 3 significant digits): ratios of them may differ by this much.
    private const double Rounding = 0.12;

    /// The contradictions in one cell's printed text, with the tables (method to median ms) shown in that cell and the one before.
    public static List<string> Contradictions(string text, IReadOnlyList<Dictionary<string, double>> tables)
    {
        var found = new List<string>();
        foreach (Match m in Compare().Matches(text))
        {
            string a = m.Groups["a"].Value.Trim(), b = m.Groups["b"].Value.Trim();
            double n = Num(m.Groups["n"]), x = Num(m.Groups["x"]), y = Num(m.Groups["y"]);
            bool faster = m.Groups["dir"].Value == "faster";
            double ratio = faster ? y / x : x / y;
            if (ratio < 1 / (1 + Rounding))
            {
                found.Add($"\"{m.Value}\": says {(faster ? "faster" : "slower")} but quotes {x} vs {y} ms");
            }
            else if (Math.Abs(ratio - n) > Rounding * n + 0.05)
            {
                found.Add($"\"{m.Value}\": says {n} times but its times give {ratio:0.00}");
            }

            CheckQuoted(found, m.Value, a, x, tables);
            CheckQuoted(found, m.Value, b, y, tables);
        }

        foreach (Match m in Within().Matches(text))
        {
            double x = Num(m.Groups["x"]), y = Num(m.Groups["y"]), noise = Num(m.Groups["p"]) / 100;
            if (Math.Max(x, y) / Math.Min(x, y) > (1 + noise) * (1 + Rounding))
            {
                found.Add($"\"{m.Value}\": says within noise ({noise:P0}) but quotes {x} vs {y} ms");
            }

            CheckQuoted(found, m.Value, m.Groups["a"].Value.Trim(), x, tables);
            CheckQuoted(found, m.Value, m.Groups["b"].Value.Trim(), y, tables);
        }

        foreach (Match m in Rank().Matches(text))
        {
            var entries = Entry().Matches(m.Groups["list"].Value).Select(e => (Name: e.Groups["name"].Value.Trim(), Ms: Num(e.Groups["ms"]))).ToList();
            for (int i = 0; i + 1 < entries.Count; i++)
            {
                if (entries[i].Ms > entries[i + 1].Ms)
                {
                    found.Add($"\"{m.Value}\": ranks {entries[i].Name} ({entries[i].Ms} ms) before {entries[i + 1].Name} ({entries[i + 1].Ms} ms)");
                }
            }

            entries.ForEach(e => CheckQuoted(found, m.Value, e.Name, e.Ms, tables));
        }

        foreach (Match m in Growth().Matches(text))
        {
            double g = Num(m.Groups["g"]), w = Num(m.Groups["w"]), noise = Num(m.Groups["p"]) / 100;
            string how = m.Groups["how"].Value;
            bool holds = how.StartsWith("more", StringComparison.Ordinal) ? g * (1 + Rounding) > w * (1 + noise)
                : how.StartsWith("less", StringComparison.Ordinal) ? g < w / (1 + noise) * (1 + Rounding)
                : g <= w * (1 + noise) * (1 + Rounding) && g >= w / (1 + noise) / (1 + Rounding);
            if (!holds)
            {
                found.Add($"\"{m.Value}\": {g} against {w} with noise {noise:P0} is not \"{how}\"");
            }
        }

        return found;
    }

    /// Each timing table in some HTML (the method column to the median ms column).
    public static List<Dictionary<string, double>> Tables(string html)
    {
        var tables = new List<Dictionary<string, double>>();
        foreach (var table in new HtmlParser().ParseDocument(html).QuerySelectorAll("table"))
        {
            var heads = table.QuerySelectorAll("th").Select(h => h.TextContent.Trim()).ToList();
            int method = heads.IndexOf("method"), median = heads.IndexOf("median ms");
            if (method < 0 || median < 0)
            {
                continue;
            }

            var rows = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
                if (cells.Count > Math.Max(method, median) && double.TryParse(cells[median], NumberStyles.Float, CultureInfo.InvariantCulture, out double ms))
                {
                    rows[cells[method]] = ms;
                }
            }

            tables.Add(rows);
        }

        return tables;
    }

    /// A time a sentence quotes for a method must be that method's median in a table beside it, when one lists it.
    private static void CheckQuoted(List<string> found, string sentence, string name, double ms, IReadOnlyList<Dictionary<string, double>> tables)
    {
        foreach (var table in tables)
        {
            if (table.TryGetValue(name, out double median) && Math.Abs(median - ms) > Math.Max(0.0015, 0.06 * median))
            {
                found.Add($"\"{sentence}\": quotes {name} at {ms} ms where the table says {median} ms");
            }
        }
    }

    private static double Num(Group g) => double.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<a>[^:\n]+?) is (?<n>[\d.]+) times (?<dir>faster|slower) than (?<b>.+?) \((?<x>[\d.]+) vs (?<y>[\d.]+) ms\)")]
    private static partial Regex Compare();

    [GeneratedRegex(@"(?<a>[^:\n]+?) and (?<b>.+?) are within noise of each other \((?<x>[\d.]+) vs (?<y>[\d.]+) ms\): the runs themselves vary by (?<p>\d+) ?%")]
    private static partial Regex Within();

    [GeneratedRegex(@"By median, fastest first: (?<list>.+?\)\.)")]
    private static partial Regex Rank();

    [GeneratedRegex(@"\G(?:, )?(?<name>.+?) \((?<ms>[\d.]+) ms\)")]
    private static partial Regex Entry();

    [GeneratedRegex(@"took (?<g>[\d.]+) times as long as .+? for (?<w>[\d.]+) times [^:]+: (?<how>more than the work grew|less than the work grew|in step with the work, within the runs' noise) \(noise (?<p>\d+) ?%\)")]
    private static partial Regex Growth();
}
