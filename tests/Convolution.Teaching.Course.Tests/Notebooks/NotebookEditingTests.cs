using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Notebooks;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Notebooks;

/// The notebook model's edits, which release and grading make: each changes only what it says, and an unedited notebook
/// writes back byte for byte.
public class NotebookEditingTests
{
    [Fact]
    public void Every_committed_lesson_writes_back_byte_for_byte_when_nothing_is_edited()
    {
        foreach (string path in Directory.EnumerateFiles(Repo.Notebooks, "*.ipynb", SearchOption.AllDirectories).Order())
        {
            Assert.Equal(File.ReadAllText(path), NotebookDocument.Load(path).CopyAt("/elsewhere/x.ipynb").ToJson());
        }
    }

    [Fact]
    public void Setting_a_source_stores_nbformat_lines_each_ending_in_a_newline_but_the_last()
    {
        NotebookDocument doc = NotebookDocument.Parse("""{"cells": [{"cell_type": "code", "source": "a", "outputs": [1], "execution_count": 3}]}""", "/r/x.ipynb");

        doc.Cells[0].Source = "first\nsecond\n\nlast";
        doc.Cells[0].ClearOutputs();

        Assert.Equal(["first\n", "second\n", "\n", "last"], ((JsonArray)doc.Cells[0].Json["source"]!).Select(l => l!.GetValue<string>()));
        Assert.Equal("first\nsecond\n\nlast", NotebookDocument.Parse(doc.ToJson(), "/r/y.ipynb").Cells[0].Source);
        Assert.Empty(doc.Cells[0].Outputs!);
        Assert.Null(doc.Cells[0].Json["execution_count"]);
    }

    [Fact]
    public void Inserting_a_cell_renumbers_the_cells_after_it_and_a_copy_leaves_the_original_alone()
    {
        NotebookDocument original = NotebookDocument.Parse("""{"cells": [{"cell_type": "code", "id": "a", "source": []}, {"cell_type": "markdown", "id": "b", "source": []}]}""", "/r/x.ipynb");
        NotebookDocument copy = original.CopyAt("/r/student/x.ipynb");

        copy.InsertCell(0, NotebookCell.NewJson(CellType.Markdown, "banner", "> hi"));

        Assert.Equal(["banner", "a", "b"], copy.Cells.Select(c => c.Id));
        Assert.Equal([1, 2, 3], copy.Cells.Select(c => c.Number));
        Assert.Equal(["a", "b"], original.Cells.Select(c => c.Id));
        Assert.Equal("/r/student/x.ipynb", copy.SourcePath);
    }

    [Fact]
    public void Replacing_cells_takes_cells_of_this_or_another_notebook_in_the_order_given()
    {
        NotebookDocument doc = NotebookDocument.Parse("""{"cells": [{"cell_type": "code", "id": "a", "source": ["1"]}, {"cell_type": "code", "id": "b", "source": ["2"]}]}""", "/r/x.ipynb");
        NotebookDocument other = NotebookDocument.Parse("""{"cells": [{"cell_type": "code", "id": "c", "source": ["3"]}]}""", "/r/y.ipynb");

        doc.ReplaceCells([doc.Cells[1].Json, other.Cells[0].Json, doc.Cells[0].Json]);

        Assert.Equal(["b", "c", "a"], doc.Cells.Select(c => c.Id));
        Assert.Equal(["2", "3", "1"], doc.Cells.Select(c => c.Source));
        Assert.Equal(["c"], other.Cells.Select(c => c.Id));
    }
}
