namespace Convolution.Teaching.Course.Export;

/// <summary>What one exported page holds, counted while it was written.</summary>
/// <param name="Source">The file the page was made from (an executed notebook or a .md file).</param>
/// <param name="Page">The page's file name in the site folder, e.g. <c>05-task2-im-conv.html</c>.</param>
/// <param name="Title">The page's title: the notebook's first heading.</param>
/// <param name="CodeCells">Code cells shown.</param>
/// <param name="Images">&lt;img&gt; elements in the page (markdown and outputs).</param>
/// <param name="ImagesWithoutAlt">Images among them with no (or blank) alt text.</param>
/// <param name="ExternalImages">Image URLs that need a network (they stay as links with their alt text).</param>
/// <param name="Charts">Plotly charts, drawn with the shipped plotly.js.</param>
/// <param name="Tables">&lt;table&gt; elements (DataFrames, markdown tables).</param>
/// <param name="Formulas">Formulas, typeset by the shipped KaTeX.</param>
/// <param name="Errors">Error outputs, shown as error boxes (expected in student copies only).</param>
/// <param name="Warnings">Things a person should look at: stale copies, missing images, CDN loads left.</param>
public sealed record PageReport(
    string Source,
    string Page,
    string Title,
    int CodeCells,
    int Images,
    int ImagesWithoutAlt,
    IReadOnlyList<string> ExternalImages,
    int Charts,
    int Tables,
    int Formulas,
    int Errors,
    IReadOnlyList<string> Warnings);
