using System.Text.Json.Nodes;

namespace Convolution.Teaching.Course.Tests.Support;

/// The student copy of lesson 5 as students hand it in: ImConv's loop body and the bigger-blur answer filled in.
internal static class StudentAnswers
{
    public const string Stub = "throw new NotImplementedException(\"ImConv is not written yet: replace this line with your code, then run the check cell below.\");";

    public const string RightLoop =
        "double sum = 0; for (int i = 0; i < kRows; i++) for (int j = 0; j < kCols; j++) sum += im[r + i, c + j] * kernel[i, j]; convImage[r, c] = sum;";

    public const string FlippedLoop =
        "double sum = 0; for (int i = 0; i < kRows; i++) for (int j = 0; j < kCols; j++) sum += im[r + i, c + j] * kernel[kRows - 1 - i, kCols - 1 - j]; convImage[r, c] = sum;";

    /// The released student copy of lesson 5 (from <paramref name="notebooks"/>/student/) with the answers filled in,
    /// and, when given, the im-conv check cell's source replaced by <paramref name="checkCell"/>.
    public static JsonNode Lesson5(string notebooks, string loop, char biggerBlur, string? checkCell = null)
    {
        string text = File.ReadAllText(Path.Combine(notebooks, "student", "05-task2-im-conv.ipynb"));
        Assert.Contains(Stub.Replace("\"", "\\\"", StringComparison.Ordinal), text, StringComparison.Ordinal);
        JsonNode notebook = JsonNode.Parse(text)!;
        foreach (JsonNode? cell in notebook["cells"]!.AsArray())
        {
            JsonArray lines = cell!["source"]!.AsArray();
            if (checkCell is not null && lines.Count > 0 && lines[0]!.GetValue<string>().StartsWith("// CHECK: im-conv", StringComparison.Ordinal))
            {
                cell["source"] = new JsonArray(checkCell);
                continue;
            }

            for (int i = 0; i < lines.Count; i++)
            {
                lines[i] = lines[i]!.GetValue<string>().Replace(Stub, loop, StringComparison.Ordinal)
                    .Replace("char biggerBlurAnswer = '?';", $"char biggerBlurAnswer = '{biggerBlur}';", StringComparison.Ordinal);
            }
        }

        return notebook;
    }
}
