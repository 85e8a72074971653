using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.FirstContact;

/// The student's door: their own copy of lesson 5, filled in, checked with the command they type
/// (`course check notebooks/student/...`, the course program as a process, in the fresh clone the check and grade doors
/// share: <see cref="SharedClone"/>).
/// The exit code and the terminal must tell the truth about THEIR answer.
[Collection(FreshCloneCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class StudentCheckTests(ITestOutputHelper output)
{
    [Fact]
    public void A_students_copy_of_lesson_5_passes_with_right_answers_and_fails_with_the_checkers_words_about_a_flipped_kernel()
    {
        FreshClone clone = SharedClone.Clone;
        string right = Save(clone, "05-right.ipynb", StudentAnswers.RightLoop);
        string flipped = Save(clone, "05-flipped.ipynb", StudentAnswers.FlippedLoop);

        (int Code, string Text) rightRun, flippedRun, stubRun;
        try
        {
            rightRun = CourseProcess.Run(output, clone.Root, "check", right);
            flippedRun = CourseProcess.Run(output, clone.Root, "check", flipped);
            stubRun = CourseProcess.Run(output, clone.Root, "check", Path.Combine("notebooks", "student", "05-task2-im-conv.ipynb"));
        }
        finally
        {
            // The clone is shared with the grade tests: leave its notebooks folder as released.
            File.Delete(Path.Combine(clone.Root, right));
            File.Delete(Path.Combine(clone.Root, flipped));
        }

        var (rightCode, rightText) = rightRun;
        var (flippedCode, flippedText) = flippedRun;
        var (stubCode, stubText) = stubRun;

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

    private static string Save(FreshClone clone, string name, string loop)
    {
        File.WriteAllText(Path.Combine(clone.Notebooks, "student", name), StudentAnswers.Lesson5(clone.Notebooks, loop, 'b').ToJsonString());
        return Path.Combine("notebooks", "student", name);
    }
}
