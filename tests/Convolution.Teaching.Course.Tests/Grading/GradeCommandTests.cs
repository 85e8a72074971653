using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Grading;

/// The instructor's door: `course grade FOLDER` on a folder of hand-ins, in the fresh clone the check and grade doors share
/// (<see cref="SharedClone"/>).
[Collection(FreshCloneCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class GradeCommandTests(ITestOutputHelper output)
{
    [Fact]
    public void A_folder_of_right_wrong_untouched_check_edited_and_broken_submissions_gets_one_true_row_each_and_stays_untouched()
    {
        FreshClone clone = SharedClone.Clone;
        using var folder = new TempFolder();
        Write(folder, "alice-05.ipynb", StudentAnswers.Lesson5(clone.Notebooks, StudentAnswers.RightLoop, 'b').ToJsonString());
        Write(folder, "bob-05.ipynb", StudentAnswers.Lesson5(clone.Notebooks, StudentAnswers.FlippedLoop, 'b').ToJsonString());
        File.Copy(Path.Combine(clone.Notebooks, "student", "05-task2-im-conv.ipynb"), folder.File("carol-05.ipynb"));
        // Dave's answer is flipped, and he turned the check into a pass of his own: grading puts the real check back.
        Write(folder, "dave-05.ipynb", StudentAnswers.Lesson5(clone.Notebooks, StudentAnswers.FlippedLoop, 'b',
            checkCell: "// CHECK: im-conv\nnew CheckResult(\"ImConv\", passed: true, \"trust me\")").ToJsonString());
        Write(folder, "erin-05.ipynb", "{ \"cells\": [ this is not JSON");
        Dictionary<string, string> before = Hashes(folder.Path);

        var (code, text) = CourseProcess.Run(output, clone.Root, "grade", folder.Path, "--lesson", "05-task2-im-conv.ipynb");

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Equal(before, Hashes(folder.Path));
        string grades = Path.Combine(clone.Root, "artifacts", "grades");
        output.WriteLine(File.ReadAllText(Path.Combine(grades, "gradebook.csv")));
        Gradebook book = Gradebook.Read(Path.Combine(grades, "gradebook.csv"));
        Assert.Equal(["submission", "lesson", "im-conv", "bigger-blur", "points", "max_points", "seconds", "sandbox", "feedback", "notes"], book.Header);
        Assert.Equal(["alice-05.ipynb", "bob-05.ipynb", "carol-05.ipynb", "dave-05.ipynb", "erin-05.ipynb"], book.Rows.Select(r => r[0]));
        AssertRow(book.Row("alice-05.ipynb"), imConv: "1", biggerBlur: "1", points: "2");
        AssertRow(book.Row("bob-05.ipynb"), imConv: "0", biggerBlur: "1", points: "1");
        Assert.Contains("flipped the kernel", book.Row("bob-05.ipynb")["feedback"], StringComparison.Ordinal);
        AssertRow(book.Row("carol-05.ipynb"), imConv: "0", biggerBlur: "0", points: "0");
        AssertRow(book.Row("dave-05.ipynb"), imConv: "0", biggerBlur: "1", points: "1");
        Assert.Contains("check cell 'im-conv' had been edited: restored as released", book.Row("dave-05.ipynb")["notes"], StringComparison.Ordinal);
        Assert.Equal("", book.Row("erin-05.ipynb")["lesson"]);
        Assert.Contains("not a notebook", book.Row("erin-05.ipynb")["notes"], StringComparison.Ordinal);
        Assert.Equal("yes", book.Row("alice-05.ipynb")["sandbox"]);
        Assert.True(File.Exists(Path.Combine(grades, "gradebook.html")));
        Assert.True(File.Exists(Path.Combine(grades, "bob-05.feedback.html")));
        Assert.Contains("\"max_score\": 1", File.ReadAllText(Path.Combine(grades, "bob-05.results.json")), StringComparison.Ordinal);
        Assert.Contains("Gradebook", text, StringComparison.Ordinal);

        // Gradescope's run_autograder: one submission folder in, one results.json out.
        using var gradescope = new TempFolder();
        File.Copy(folder.File("bob-05.ipynb"), gradescope.File("submission.ipynb"));
        string results = Path.Combine(gradescope.Path, "results", "results.json");
        var (gsCode, _) = CourseProcess.Run(output, clone.Root, "grade", "--gradescope", "--submission", gradescope.Path, "--results", results);
        Assert.Equal((int)ExitCode.Success, gsCode);
        JsonNode json = JsonNode.Parse(File.ReadAllText(results))!;
        Assert.Equal(1, (int)json["score"]!);
        Assert.Equal(["im-conv", "bigger-blur"], json["tests"]!.AsArray().Select(t => (string)t!["name"]!));
        Assert.Equal([0, 1], json["tests"]!.AsArray().Select(t => (int)t!["score"]!));
        Assert.Contains("flipped the kernel", (string)json["tests"]![0]!["output"]!, StringComparison.Ordinal);
    }

    private static void AssertRow(IReadOnlyDictionary<string, string> row, string imConv, string biggerBlur, string points)
    {
        Assert.Equal("05-task2-im-conv.ipynb", row["lesson"]);
        Assert.Equal((imConv, biggerBlur, points, "2"), (row["im-conv"], row["bigger-blur"], row["points"], row["max_points"]));
    }

    private static void Write(TempFolder folder, string name, string text) => File.WriteAllText(folder.File(name), text);

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
