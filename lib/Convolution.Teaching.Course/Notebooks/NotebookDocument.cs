using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Convolution.Teaching.Course.Notebooks;

/// <summary>
/// An .ipynb file parsed with System.Text.Json: the one notebook model that the runner, release, grading and export
/// read and edit. Keeps the whole JSON tree so that a copy differs from its source only where it was edited (unknown
/// fields survive, and an unedited notebook writes back byte for byte as Jupyter and VS Code write it).
/// </summary>
/// <remarks>
/// Microsoft.DotNet.Interactive.Documents was weighed first: its writer drops the top-level metadata VS Code's
/// Polyglot Notebooks reads and reorders fields, so a round trip would change every committed notebook.
/// </remarks>
public sealed class NotebookDocument
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1, // Jupyter and VS Code write one space per level.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep HTML outputs readable: no \u003C.
    };

    private NotebookDocument(string path, string sourcePath, JsonObject root)
    {
        Path = path;
        SourcePath = sourcePath;
        Root = root;
        cells = ReadCells(path, root);
    }

    private List<NotebookCell> cells;

    /// <summary>The file this document was read from (for an executed copy: the source it was made from).</summary>
    public string Path { get; }

    /// <summary>The source notebook's full path. <see cref="WriteTo"/> never writes over it.</summary>
    public string SourcePath { get; }

    /// <summary>The file name, e.g. <c>01-images-as-arrays.ipynb</c>.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The whole notebook as JSON.</summary>
    public JsonObject Root { get; }

    /// <summary>Every cell, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells => cells;

    /// <summary>The code cells, in order.</summary>
    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.Type == CellType.Code);

    /// <summary>The top-level <c>metadata</c> object (empty when missing).</summary>
    public JsonObject Metadata => Root["metadata"] as JsonObject ?? new JsonObject();

    /// <summary>The <c>nbformat</c> major version, or null when missing or not a number.</summary>
    public int? NbFormat => ReadInt(Root["nbformat"]);

    /// <summary>The <c>nbformat_minor</c> version, or null when missing or not a number.</summary>
    public int? NbFormatMinor => ReadInt(Root["nbformat_minor"]);

    /// <summary>Reads and parses a notebook file.</summary>
    /// <param name="path">Path of an .ipynb file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotebookFormatException">The file is not JSON, or not shaped like a notebook.</exception>
    public static NotebookDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Notebook '{path}' does not exist (looked for {full}).", full);
        }

        return Parse(File.ReadAllText(full), full);
    }

    /// <summary>Parses notebook JSON that came from <paramref name="path"/> (used in messages and as the source path).</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="path">Where the text came from.</param>
    /// <exception cref="NotebookFormatException">The text is not JSON, or not shaped like a notebook.</exception>
    public static NotebookDocument Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1;
            long position = (e.BytePositionInLine ?? 0) + 1;
            throw new NotebookFormatException(
                path,
                $"{path} is not valid JSON: line {line}, position {position}: {JsonProblem(e)} " +
                "Fix the file there (an .ipynb is JSON: check for a missing comma, quote or bracket), or restore it with git.",
                line,
                position,
                e);
        }

        if (node is not JsonObject root)
        {
            throw new NotebookFormatException(path, $"{path} is JSON but not a notebook: the top level must be an object with \"cells\", \"metadata\", \"nbformat\" and \"nbformat_minor\".");
        }

        string full = System.IO.Path.GetFullPath(path);
        return new NotebookDocument(full, full, root);
    }

    /// <summary>
    /// A deep copy of this notebook whose code cells carry the given outputs and execution counts;
    /// cells not in <paramref name="executions"/> keep empty outputs. The copy remembers this notebook's
    /// source path, so it can never be written over it.
    /// </summary>
    /// <param name="executions">Per code cell number: its execution count and nbformat output objects.</param>
    public NotebookDocument WithOutputs(IReadOnlyDictionary<int, (int ExecutionCount, JsonArray Outputs)> executions)
    {
        ArgumentNullException.ThrowIfNull(executions);
        var copy = new NotebookDocument(Path, SourcePath, (JsonObject)Root.DeepClone());
        foreach (NotebookCell cell in copy.CodeCells)
        {
            if (executions.TryGetValue(cell.Number, out var run))
            {
                cell.Json["execution_count"] = run.ExecutionCount;
                cell.Json["outputs"] = run.Outputs.DeepClone();
            }
            else
            {
                cell.Json["execution_count"] = null;
                cell.Json["outputs"] = new JsonArray();
            }
        }

        return copy;
    }

    /// <summary>A deep copy of this notebook that lives at <paramref name="path"/> (and is its own source).</summary>
    /// <param name="path">Where the copy belongs, e.g. a student copy's path.</param>
    public NotebookDocument CopyAt(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = System.IO.Path.GetFullPath(path);
        return new NotebookDocument(full, full, (JsonObject)Root.DeepClone());
    }

    /// <summary>Inserts a cell at <paramref name="index"/> (0-based) and renumbers the cells.</summary>
    /// <param name="index">Its position among all cells.</param>
    /// <param name="cell">The cell's JSON (<see cref="NotebookCell.NewJson"/>, or a cell of another notebook, copied).</param>
    public void InsertCell(int index, JsonObject cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        CellArray.Insert(index, cell.Parent is null ? cell : cell.DeepClone());
        cells = ReadCells(Path, Root);
    }

    /// <summary>Replaces every cell with <paramref name="newCells"/>, in that order (each copied when it belongs elsewhere), and renumbers.</summary>
    /// <param name="newCells">The cells' JSON: this notebook's own, or another's.</param>
    public void ReplaceCells(IEnumerable<JsonObject> newCells)
    {
        ArgumentNullException.ThrowIfNull(newCells);
        JsonObject[] copies = [.. newCells.Select(c => (JsonObject)c.DeepClone())];
        JsonArray array = CellArray;
        array.Clear();
        foreach (JsonObject cell in copies)
        {
            array.Add(cell);
        }

        cells = ReadCells(Path, Root);
    }

    /// <summary>The top-level <c>metadata</c> object, created when missing, for writing.</summary>
    public JsonObject EditableMetadata()
    {
        if (Root["metadata"] is not JsonObject metadata)
        {
            metadata = new JsonObject();
            Root["metadata"] = metadata;
        }

        return metadata;
    }

    private JsonArray CellArray => (JsonArray)Root["cells"]!;

    /// <summary>Serializes the notebook as Jupyter does (one-space indent, trailing newline).</summary>
    public string ToJson() => Root.ToJsonString(WriteOptions) + "\n";

    /// <summary>Writes the notebook to <paramref name="destination"/>, creating its folder.</summary>
    /// <param name="destination">Where to write; must not be the source notebook.</param>
    /// <exception cref="InvalidOperationException">The destination is the source notebook.</exception>
    public void WriteTo(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        string full = System.IO.Path.GetFullPath(destination);
        StringComparison cmp = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(full, SourcePath, cmp))
        {
            throw new InvalidOperationException(
                $"Refusing to write over the source notebook {SourcePath}: sources are committed without outputs. " +
                "Write the executed copy to another path (the course command uses artifacts/executed/).");
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, ToJson());
    }

    private static List<NotebookCell> ReadCells(string path, JsonObject root)
    {
        if (root["cells"] is not JsonArray cells)
        {
            throw new NotebookFormatException(path, $"{path} has no \"cells\" array: it is not an nbformat 4 notebook. Create notebooks in VS Code (Polyglot Notebooks) or from an existing lesson.");
        }

        var result = new List<NotebookCell>(cells.Count);
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell)
            {
                throw new NotebookFormatException(path, $"{path}: cell {i + 1} is not a JSON object.");
            }

            string? type = cell["cell_type"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
            CellType cellType = type switch
            {
                "code" => CellType.Code,
                "markdown" => CellType.Markdown,
                "raw" => CellType.Raw,
                _ => throw new NotebookFormatException(path, $"{path}: cell {i + 1} has cell_type '{type ?? "(missing)"}'; expected \"code\", \"markdown\" or \"raw\"."),
            };
            result.Add(new NotebookCell(i + 1, cellType, cell));
        }

        return result;
    }

    private static int? ReadInt(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out int i) ? i : null;

    /// <summary>The parser's message without its trailing "Path: ... | LineNumber: ..." part, which we say better.</summary>
    private static string JsonProblem(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
