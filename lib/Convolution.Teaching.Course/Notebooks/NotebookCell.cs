using System.Text.Json.Nodes;

namespace Convolution.Teaching.Course.Notebooks;

/// <summary>One cell of a <see cref="NotebookDocument"/>: a typed view over its JSON object.</summary>
public sealed class NotebookCell
{
    internal NotebookCell(int number, CellType type, JsonObject json)
    {
        Number = number;
        Type = type;
        Json = json;
        Source = JoinSource(json["source"]);
    }

    /// <summary>1-based position among all cells of the notebook (markdown cells count too), as a reader counts them.</summary>
    public int Number { get; }

    /// <summary>Code, markdown or raw.</summary>
    public CellType Type { get; }

    /// <summary>The cell's <c>id</c> (nbformat 4.5+), or null when missing.</summary>
    public string? Id => Json["id"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>The cell's source text, its lines joined as nbformat stores them.</summary>
    public string Source { get; }

    /// <summary>The first non-blank line of the source, trimmed: how a failure names the cell.</summary>
    public string FirstLine => FirstLineOf(Source);

    /// <summary>The cell's <c>metadata</c> object (empty when missing).</summary>
    public JsonObject Metadata => Json["metadata"] as JsonObject ?? new JsonObject();

    /// <summary>The cell's <c>outputs</c> array; null for markdown and raw cells or when missing.</summary>
    public JsonArray? Outputs => Json["outputs"] as JsonArray;

    /// <summary>The raw JSON of the cell (owned by its document).</summary>
    internal JsonObject Json { get; }

    /// <summary>The first non-blank line of <paramref name="source"/>, trimmed, as <see cref="FirstLine"/> gives it for a cell.</summary>
    internal static string FirstLineOf(string source) =>
        source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty cell)";

    /// <summary>nbformat allows the source as one string or as an array of lines (each ending in "\n" but the last).</summary>
    private static string JoinSource(JsonNode? source) => source switch
    {
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonArray a => string.Concat(a.Select(n => n is JsonValue lv && lv.TryGetValue(out string? line) ? line : "")),
        _ => "",
    };
}
