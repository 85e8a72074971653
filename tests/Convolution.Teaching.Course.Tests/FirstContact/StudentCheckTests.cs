using System.Text.RegularExpressions;
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

        string stub = Path.Combine("notebooks", "student", "05-task2-im-conv.ipynb");
        (int Code, string Text) rightRun, failingRun;
        try
        {
            // The right answer alone, so its exit code is its own. The two that must not pass share one `course check`
            // (one process start and one no-op build of the libraries fewer, ~15 s): it runs them in the order given and
            // prints each one's mark (✓ or ✗, what makes the exit code) and checks under its own name, so each is read apart.
            rightRun = CourseProcess.Run(output, clone.Root, "check", right);
            failingRun = CourseProcess.Run(output, clone.Root, "check", flipped, stub);
        }
        finally
        {
            // The clone is shared with the grade tests: leave its notebooks folder as released.
            File.Delete(Path.Combine(clone.Root, right));
            File.Delete(Path.Combine(clone.Root, flipped));
        }

        var (rightCode, rightText) = rightRun;
        var (failingCode, failingText) = failingRun;
        int stubStart = failingText.IndexOf(stub, StringComparison.Ordinal);
        Assert.True(stubStart > 0, $"`course check` printed nothing about {stub}");
        string flippedText = failingText[..stubStart];
        string stubText = failingText[stubStart..];

        Assert.Equal((int)ExitCode.Success, rightCode);
        Assert.Contains("✓ im-conv: passed", rightText, StringComparison.Ordinal);
        Assert.Contains("✓ bigger-blur: passed", rightText, StringComparison.Ordinal);

        Assert.Equal((int)ExitCode.Failures, failingCode);
        Assert.Matches($@"✗ {Regex.Escape(flipped)}: \d+ code cells", flippedText);
        Assert.Contains("✗ im-conv: not yet", flippedText, StringComparison.Ordinal);
        Assert.Contains("flipped", flippedText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("✓ bigger-blur: passed", flippedText, StringComparison.Ordinal);

        // The untouched copy: not a pass (its own ✗, which alone makes the exit code 1), and no "ran as expected".
        Assert.Matches($@"✗ {Regex.Escape(stub)}: \d+ code cells", stubText);
        Assert.Contains("✗ im-conv: not yet", stubText, StringComparison.Ordinal);
        Assert.DoesNotContain("ran as expected", stubText, StringComparison.Ordinal);
    }

    private static string Save(FreshClone clone, string name, string loop)
    {
        File.WriteAllText(Path.Combine(clone.Notebooks, "student", name), StudentAnswers.Lesson5(clone.Notebooks, loop, 'b').ToJsonString());
        return Path.Combine("notebooks", "student", name);
    }
}
