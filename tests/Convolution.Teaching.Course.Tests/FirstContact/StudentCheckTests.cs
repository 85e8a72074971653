using System.Diagnostics;
using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.FirstContact;

/// The student's door: their own copy of lesson 5, filled in, checked with the command they type
/// (`course check notebooks/student/...`, the course program as a process, in a fresh clone with nothing built).
/// The exit code and the terminal must tell the truth about THEIR answer.
[Collection(KernelCollection.Name)]
public class StudentCheckTests(ITestOutputHelper output)
{
    private const string Stub = "throw new NotImplementedException(\"ImConv is not written yet: replace this line with your code, then run the check cell below.\");";

    private const string RightLoop =
        "double sum = 0; for (int i = 0; i < kRows; i++) for (int j = 0; j < kCols; j++) sum += im[r + i, c + j] * kernel[i, j]; convImage[r, c] = sum;";

    private const string FlippedLoop =
        "double sum = 0; for (int i = 0; i < kRows; i++) for (int j = 0; j < kCols; j++) sum += im[r + i, c + j] * kernel[kRows - 1 - i, kCols - 1 - j]; convImage[r, c] = sum;";

    [Fact]
    public void A_students_copy_of_lesson_5_passes_with_right_answers_and_fails_with_the_checkers_words_about_a_flipped_kernel()
    {
        using var clone = new FreshClone();
        string right = Answered(clone, "05-right.ipynb", RightLoop, biggerBlur: 'b');
        string flipped = Answered(clone, "05-flipped.ipynb", FlippedLoop, biggerBlur: 'b');

        var (rightCode, rightText) = Course(clone.Root, "check", right);
        var (flippedCode, flippedText) = Course(clone.Root, "check", flipped);
        var (stubCode, stubText) = Course(clone.Root, "check", Path.Combine("notebooks", "student", "05-task2-im-conv.ipynb"));

        Assert.Equal((int)ExitCode.Success, rightCode);
        Assert.Contains("✓ im-conv: passed", rightText, StringComparison.Ordinal);
        Assert.Contains("✓ bigger-blur: passed", rightText, StringComparison.Ordinal);

        Assert.Equal((int)ExitCode.Failures, flippedCode);
        Assert.Contains("✗ im-conv: not yet", flippedText, StringComparison.Ordinal);
        Assert.Contains("flipped", flippedText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("✓ bigger-blur: passed", flippedText, StringComparison.Ordinal);

        // The untouched copy: not a pass, and no "ran as expected".
        Assert.Equal((int)ExitCode.Failures, stubCode);
        Assert.Contains("✗ im-conv: not yet", stubText, StringComparison.Ordinal);
        Assert.DoesNotContain("ran as expected", stubText, StringComparison.Ordinal);
    }

    /// The student copy of lesson 5 saved under another name, with ImConv's loop body and the bigger-blur answer filled in.
    private static string Answered(FreshClone clone, string name, string loop, char biggerBlur)
    {
        string source = Path.Combine(clone.Notebooks, "student", "05-task2-im-conv.ipynb");
        string text = File.ReadAllText(source);
        Assert.Contains(Stub.Replace("\"", "\\\"", StringComparison.Ordinal), text, StringComparison.Ordinal);
        JsonNode notebook = JsonNode.Parse(text)!;
        foreach (JsonNode? cell in notebook["cells"]!.AsArray())
        {
            JsonArray lines = cell!["source"]!.AsArray();
            for (int i = 0; i < lines.Count; i++)
            {
                string line = lines[i]!.GetValue<string>();
                line = line.Replace(Stub, loop, StringComparison.Ordinal).Replace("char biggerBlurAnswer = '?';", $"char biggerBlurAnswer = '{biggerBlur}';", StringComparison.Ordinal);
                lines[i] = line;
            }
        }

        string target = Path.Combine(clone.Notebooks, "student", name);
        File.WriteAllText(target, notebook.ToJsonString());
        return Path.Combine("notebooks", "student", name);
    }

    private (int ExitCode, string Output) Course(string root, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(typeof(CheckCommand).Assembly.Location);
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using Process p = Process.Start(psi)!;
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(5)), "course did not finish in 5 minutes");
        string text = stdout + stderr.Result;
        output.WriteLine($"course {string.Join(' ', args)} → exit {p.ExitCode}\n{text}");
        return (p.ExitCode, text);
    }
}
