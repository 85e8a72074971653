using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Notebooks;

public class NotebookDocumentTests
{
    [Fact]
    public void Load_reads_cells_in_order_with_type_id_source_and_first_line()
    {
        NotebookDocument doc = NotebookDocument.Load(Repo.Fixture("Run", "02-throwing.ipynb"));

        Assert.Equal(5, doc.Cells.Count);
        Assert.Equal([CellType.Code, CellType.Markdown, CellType.Code, CellType.Code, CellType.Code], doc.Cells.Select(c => c.Type));
        Assert.Equal([1, 2, 3, 4, 5], doc.Cells.Select(c => c.Number));
        NotebookCell throwing = doc.Cells[2];
        Assert.Equal("// throws on purpose", throwing.FirstLine);
        Assert.Equal("// throws on purpose\nthrow new InvalidOperationException(\"boom from the fixture\");", throwing.Source);
        Assert.False(string.IsNullOrEmpty(throwing.Id));
        Assert.Equal("csharp", throwing.Metadata["polyglot_notebook"]?["kernelName"]?.GetValue<string>());
        Assert.Equal(4, doc.CodeCells.Count());
        Assert.Equal((4, 5), (doc.NbFormat!.Value, doc.NbFormatMinor!.Value));
    }

    [Fact]
    public void Malformed_json_names_the_file_line_and_position()
    {
        string path = Repo.Fixture("Malformed", "01-missing-comma.ipynb");

        var e = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Load(path));

        // The fixture's line 4 is ` "nbformat": 4,` right after `"metadata": {}` without its comma.
        Assert.Equal(4, e.Line);
        Assert.Equal(2, e.Position);
        Assert.Contains(path, e.Message);
        Assert.Contains("line 4, position 2", e.Message);
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void Json_that_is_not_a_notebook_object_is_rejected_with_the_file_name()
    {
        string path = Repo.Fixture("Malformed", "02-array.ipynb");

        var e = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Load(path));

        Assert.Contains(path, e.Message);
        Assert.Contains("not a notebook", e.Message);
    }

    [Fact]
    public void A_notebook_without_cells_or_with_an_unknown_cell_type_is_rejected()
    {
        var noCells = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Parse("""{"metadata": {}}""", "x.ipynb"));
        var badType = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Parse("""{"cells": [{"cell_type": "picture"}]}""", "y.ipynb"));

        Assert.Contains("no \"cells\" array", noCells.Message);
        Assert.Contains("cell 1 has cell_type 'picture'", badType.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        var e = Assert.Throws<FileNotFoundException>(() => NotebookDocument.Load("no/such/notebook.ipynb"));

        Assert.Contains("no/such/notebook.ipynb", e.Message);
    }

    [Fact]
    public void WriteTo_refuses_to_write_over_the_source_notebook()
    {
        using var temp = new TempFolder();
        string source = temp.File("01-passing.ipynb");
        File.Copy(Repo.Fixture("Run", "01-passing.ipynb"), source);
        string before = File.ReadAllText(source);
        NotebookDocument doc = NotebookDocument.Load(source);
        NotebookDocument executed = doc.WithOutputs(new Dictionary<int, (int, JsonArray)> { [2] = (1, [new JsonObject { ["output_type"] = "stream" }]) });

        var e1 = Assert.Throws<InvalidOperationException>(() => doc.WriteTo(source));
        var e2 = Assert.Throws<InvalidOperationException>(() => executed.WriteTo(Path.Combine(temp.Path, ".", "01-passing.ipynb")));

        Assert.Contains("Refusing to write over the source notebook", e1.Message);
        Assert.Contains(source, e2.Message);
        Assert.Equal(before, File.ReadAllText(source));
    }

    [Fact]
    public void WithOutputs_fills_only_the_given_cells_and_leaves_the_source_untouched()
    {
        using var temp = new TempFolder();
        NotebookDocument doc = NotebookDocument.Load(Repo.Fixture("Run", "01-passing.ipynb"));
        var outputs = new JsonArray { new JsonObject { ["name"] = "stdout", ["output_type"] = "stream", ["text"] = new JsonArray("hi\n") } };

        NotebookDocument executed = doc.WithOutputs(new Dictionary<int, (int, JsonArray)> { [2] = (1, outputs) });
        executed.WriteTo(temp.File("out/01-passing.ipynb"));
        NotebookDocument reread = NotebookDocument.Load(temp.File("out/01-passing.ipynb"));

        Assert.Equal(1, reread.Cells[1].Json["execution_count"]!.GetValue<int>());
        Assert.Equal("hi\n", reread.Cells[1].Outputs![0]!["text"]![0]!.GetValue<string>());
        Assert.Empty(reread.Cells[2].Outputs!);
        Assert.Null(reread.Cells[2].Json["execution_count"]);
        Assert.All(doc.CodeCells, c => Assert.Empty(c.Outputs!));
        Assert.Equal(doc.Metadata.ToJsonString(), reread.Metadata.ToJsonString());
    }

    [Fact]
    public void ToJson_round_trips_a_clean_fixture_byte_for_byte()
    {
        string path = Repo.Fixture("Hygiene", "01-clean.ipynb");

        string json = NotebookDocument.Load(path).ToJson();

        Assert.Equal(File.ReadAllText(path), json);
    }
}
