using System.Security.Cryptography;
using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Grading;

/// The instructor's door: `course grade FOLDER` on a folder of hand-ins, in a fresh clone with nothing built.
[Collection(KernelCollection.Name)]
public class GradeCommandTests(ITestOutputHelper output)
{
    [Fact]
    public void A_folder_of_right_wrong_untouched_check_edited_and_broken_submissions_gets_one_true_row_each_and_stays_untouched()
    {
        using var clone = new FreshClone();
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
        string[] lines = File.ReadAllLines(Path.Combine(clone.Root, "artifacts", "grades", "gradebook.csv"));
        output.WriteLine(string.Join("\n", lines));
        Assert.Equal("submission,lesson,bigger-blur,im-conv,feedback,notes", lines[0]);
        Assert.StartsWith("alice-05.ipynb,05-task2-im-conv.ipynb,1,1,,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("bob-05.ipynb,05-task2-im-conv.ipynb,1,0,", lines[2], StringComparison.Ordinal);
        Assert.Contains("flipped the kernel", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("carol-05.ipynb,05-task2-im-conv.ipynb,0,0,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("dave-05.ipynb,05-task2-im-conv.ipynb,1,0,", lines[4], StringComparison.Ordinal);
        Assert.Contains("check cell 'im-conv' had been edited: restored as released", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("erin-05.ipynb,,,,,", lines[5], StringComparison.Ordinal);
        Assert.Contains("not a notebook", lines[5], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(clone.Root, "artifacts", "grades", "gradebook.html")));
        Assert.True(File.Exists(Path.Combine(clone.Root, "artifacts", "grades", "bob-05.feedback.html")));
        Assert.Contains("Gradebook", text, StringComparison.Ordinal);
    }

    private static void Write(TempFolder folder, string name, string text) => File.WriteAllText(folder.File(name), text);

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
