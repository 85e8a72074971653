namespace Convolution.Teaching.Exercises.Tests;

/// <summary>
/// Hints in steps: a first failure names the mistake and where to look, the exact line comes only on a repeated failure
/// of the same exercise in the session or from Exercises.Hint, and a pass starts the steps over.
/// </summary>
public class HintStepsTests
{
    private const string FlipLine = "The line: sum += im[r + i, c + j] * kernel[i, j];";

    private static CheckResult CheckImConv(Func<double[,], double[,], double[,]> imConv) => Exercises.CheckImConv(imConv);

    [Fact]
    public void AFirstImConvFailureNamesTheMistakeAndWhereToLookButNotTheLine()
    {
        using var _ = HintBook.UseFresh();

        string feedback = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        ExerciseAssert.MentionsAll(feedback, "flipped the kernel", "Look at the index you read the kernel with", "Exercises.Hint(\"im-conv\")");
        Assert.DoesNotContain("The line:", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("\u27E6", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void ARepeatedImConvFailureShowsTheExactLine()
    {
        using var _ = HintBook.UseFresh();
        ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        string again = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.SumNotReset));

        ExerciseAssert.MentionsAll(again, "not reset", "Hint 1 of 1", "The line: double sum = 0;");
        Assert.DoesNotContain("Exercises.Hint(", again, StringComparison.Ordinal);
    }

    [Fact]
    public void HintAfterAFirstFailureGivesTheLineThenSaysThereIsNoMore()
    {
        using var _ = HintBook.UseFresh();
        ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        string hint = Exercises.NextHint("im-conv");
        string none = Exercises.NextHint(" IM-CONV ");

        Assert.StartsWith("Hint 1 of 1 for im-conv", hint, StringComparison.Ordinal);
        ExerciseAssert.MentionsAll(hint, FlipLine);
        Assert.StartsWith("No more hints for im-conv", none, StringComparison.Ordinal);
    }

    [Fact]
    public void APassStartsTheStepsOver()
    {
        using var _ = HintBook.UseFresh();
        ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));
        ExerciseAssert.Passes(() => CheckImConv(StudentImConvs.Correct));

        string feedback = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        Assert.DoesNotContain("The line:", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void ExercisesAreCountedApartSoAnotherExercisesFailureGivesNoLine()
    {
        using var _ = HintBook.UseFresh();
        Exercises.CheckKernelMatch("x", "identity", "identity", "identity", "identity", "identity");

        string feedback = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        Assert.DoesNotContain("The line:", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void ANotFinishedStubCountsNoTryAndGetsNoLine()
    {
        using var _ = HintBook.UseFresh();
        ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.NotImplemented));

        string feedback = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        Assert.DoesNotContain("The line:", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void HintBeforeAnyCheckSaysWhereToStart()
    {
        using var _ = HintBook.UseFresh();

        ExerciseAssert.MentionsAll(Exercises.NextHint("im-conv"), "has not failed yet", "it is 19");
    }

    [Fact]
    public void TheSessionBookIsNotTouchedByATestsOwnBook()
    {
        using (HintBook.UseFresh())
        {
            HintBook.Current.Failed("im-conv", [["a"]]);
            Assert.NotSame(HintBook.Session, HintBook.Current);
        }

        Assert.Same(HintBook.Session, HintBook.Current);
    }

    [Fact]
    public void AFirstGetSubimagesFailureSaysWhereToLookAndARepeatedOneGivesTheLine()
    {
        using var _ = HintBook.UseFresh();
        const string line = "The line: subimages[(r, c)] = Arrays.Slice(im, r..(r + kRows), c..(c + kCols));";

        string first = ExerciseAssert.Fails(() => Exercises.CheckGetSubimages(StudentSubimages.Option4DownRight));
        string second = ExerciseAssert.Fails(() => Exercises.CheckGetSubimages(StudentSubimages.Option4DownRight));

        ExerciseAssert.MentionsAll(first, "down and right", "Exercises.Hint(\"get-subimages\")");
        Assert.DoesNotContain(line, first, StringComparison.Ordinal);
        ExerciseAssert.MentionsAll(second, line);
    }
}
