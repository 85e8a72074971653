using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Export;

/// The exporter's fixture course in Fixtures/Export: two lesson notebooks (the second has an output of every
/// kind: a Plotly chart loading plotly.js from the CDN, an HTML image and table, stderr, an error, a bare PNG,
/// plain text), their executed copies, a README.md index and a README-setup.md page.
internal static class ExportFixture
{
    public static string Notebooks => Repo.Fixture("Export", "notebooks");

    public static string Executed => Repo.Fixture("Export", "executed");

    public static string Notebook(string name) => Path.Combine(Notebooks, name);

    /// The pages map the exporter builds for the fixture: both lessons, the README as the index, and README-setup.
    public static IReadOnlyDictionary<string, string> Pages() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Notebook("01-basics.ipynb")] = "01-basics.html",
        [Notebook("02-outputs.ipynb")] = "02-outputs.html",
        [Notebook("README.md")] = "index.html",
        [Notebook("README-setup.md")] = "README-setup.html",
    };
}
