using System.Text.Json.Nodes;

namespace Convolution.Teaching.Course.Tests.Support;

/// A student's hand-in of lesson 5 built from the released student copy: the answers filled in (or left as stubs),
/// and, for the attacks, cells added or changed the way a student who does not cooperate would.
internal sealed class Submission
{
    private readonly JsonObject notebook;

    private Submission(JsonObject notebook) => this.notebook = notebook;

    /// The released copy of lesson 5 with ImConv's loop body (or the stub) and the bigger-blur answer filled in.
    public static Submission Lesson5(string notebooks, string loop = StudentAnswers.Stub, char biggerBlur = '?') =>
        new(StudentAnswers.Lesson5(notebooks, loop, biggerBlur).AsObject());

    private JsonArray Cells => notebook["cells"]!.AsArray();

    /// Inserts a code cell right after ImConv's answer cell (the student's own code, run before the check).
    public Submission WithCellAfterAnswer(string code)
    {
        int at = IndexOf(c => Source(c).Contains("double[,] ImConv(", StringComparison.Ordinal));
        Cells.Insert(at + 1, Code(code));
        return this;
    }

    /// Inserts a code cell right after the setup cell (the first thing the student's code does).
    public Submission WithCellAfterSetup(string code)
    {
        int at = IndexOf(c => Source(c).Contains("#load \"setup.csx\"", StringComparison.Ordinal));
        Cells.Insert(at + 1, Code(code));
        return this;
    }

    /// Inserts a code cell right after the check cell of <paramref name="exercise"/>.
    public Submission WithCellAfterCheck(string exercise, string code)
    {
        int at = IndexOf(c => Source(c).StartsWith("// CHECK: " + exercise, StringComparison.Ordinal));
        Cells.Insert(at + 1, Code(code));
        return this;
    }

    /// Appends a code cell at the end.
    public Submission WithCellAtEnd(string code)
    {
        Cells.Add(Code(code));
        return this;
    }

    /// Sets the release record's generated_from (which lesson the copy says it is).
    public Submission ClaimingToBe(string generatedFrom)
    {
        notebook["metadata"]!["convolution_teaching"]!["generated_from"] = generatedFrom;
        return this;
    }

    /// Replaces the source of the check cell of <paramref name="exercise"/>.
    public Submission WithCheckCell(string exercise, string code)
    {
        int at = IndexOf(c => Source(c).StartsWith("// CHECK: " + exercise, StringComparison.Ordinal));
        Cells[at]!["source"] = new JsonArray(code);
        return this;
    }

    public void WriteTo(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, notebook.ToJsonString());
    }

    private static string Source(JsonNode? cell) => string.Concat(cell!["source"]!.AsArray().Select(l => l!.GetValue<string>()));

    private int IndexOf(Func<JsonNode?, bool> match)
    {
        for (int i = 0; i < Cells.Count; i++)
        {
            if (match(Cells[i]))
            {
                return i;
            }
        }

        throw new InvalidOperationException("the released lesson 5 no longer has the cell this attack is built on");
    }

    private static JsonObject Code(string code) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["id"] = Guid.NewGuid().ToString("N")[..8],
        ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
        ["outputs"] = new JsonArray(),
        ["source"] = new JsonArray(code),
    };
}
