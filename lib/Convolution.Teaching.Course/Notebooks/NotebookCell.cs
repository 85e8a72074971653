using System.Text.Json.Nodes;

namespace Convolution.Teaching.Course.Notebooks;

/// <summary>
/// One cell of a <see cref="NotebookDocument"/>: a typed view over its JSON object, which it reads and edits (the source
/// as nbformat stores it, the outputs), so release and grading change cells through it and never through raw JSON.
/// </summary>
public sealed class NotebookCell
{
    internal NotebookCell(int number, CellType type, JsonObject json)
    {
        Number = number;
        Type = type;
        Json = json;
        source = JoinSource(json["source"]);
    }

    private string source;

    /// <summary>1-based position among all cells of the notebook (markdown cells count too), as a reader counts them.</summary>
    public int Number { get; }

    /// <summary>Code, markdown or raw.</summary>
    public CellType Type { get; }

    /// <summary>The cell's <c>id</c> (nbformat 4.5+), or null when missing.</summary>
    public string? Id => Json["id"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>The cell's source text, its lines joined; set, it is stored as nbformat's list of lines.</summary>
    public string Source
    {
        get => source;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            source = value;
            Json["source"] = SplitSource(value);
        }
    }

    /// <summary>The first non-blank line of the source, trimmed: how a failure names the cell.</summary>
    public string FirstLine => FirstLineOf(Source);

    /// <summary>The cell's <c>metadata</c> object (empty when missing).</summary>
    public JsonObject Metadata => Json["metadata"] as JsonObject ?? new JsonObject();

    /// <summary>The cell's <c>outputs</c> array; null for markdown and raw cells or when missing.</summary>
    public JsonArray? Outputs => Json["outputs"] as JsonArray;

    /// <summary>Empties a code cell's outputs and execution count, as a committed notebook holds it.</summary>
    public void ClearOutputs()
    {
        if (Type == CellType.Code)
        {
            Json["outputs"] = new JsonArray();
            Json["execution_count"] = null;
        }
    }

    /// <summary>A new cell's JSON, for <see cref="NotebookDocument.InsertCell"/>.</summary>
    /// <param name="type">Code or markdown.</param>
    /// <param name="id">Its nbformat id.</param>
    /// <param name="source">Its source text.</param>
    public static JsonObject NewJson(CellType type, string id, string source)
    {
        var json = new JsonObject { ["cell_type"] = type switch { CellType.Code => "code", CellType.Markdown => "markdown", _ => "raw" }, ["id"] = id, ["metadata"] = new JsonObject() };
        if (type == CellType.Code)
        {
            json["execution_count"] = null;
            json["outputs"] = new JsonArray();
        }

        json["source"] = SplitSource(source);
        return json;
    }

    /// <summary>The raw JSON of the cell (owned by its document).</summary>
    internal JsonObject Json { get; }

    /// <summary>The first non-blank line of <paramref name="source"/>, trimmed, as <see cref="FirstLine"/> gives it for a cell.</summary>
    internal static string FirstLineOf(string source) =>
        source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty cell)";

    /// <summary>nbformat allows the source as one string or as an array of lines (each ending in "\n" but the last).</summary>
    internal static string JoinSource(JsonNode? source) => source switch
    {
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonArray a => string.Concat(a.Select(n => n is JsonValue lv && lv.TryGetValue(out string? line) ? line : "")),
        _ => "",
    };

    /// <summary>nbformat's list of lines: each ends in "\n" except the last (a missing one joins two lines).</summary>
    private static JsonArray SplitSource(string source)
    {
        string[] lines = source.Split('\n');
        var array = new JsonArray();
        for (int i = 0; i < lines.Length; i++)
        {
            array.Add(i < lines.Length - 1 ? lines[i] + "\n" : lines[i]);
        }

        return array;
    }
}
