namespace Convolution.Teaching.Exercises.Tests;

/// <summary>
/// Hints in steps: a first failure names the mistake and where to look, the exact line comes only on a repeated failure
/// of the same exercise in the session or from Tutor.Hint, and a pass starts the steps over.
/// </summary>
public class HintStepsTests
{
    private const string FlipLine = "The line: sum += im[r + i, c + j] * kernel[i, j];";

    private static CheckResult CheckImConv(Func<double[,], double[,], double[,]> imConv) => Tutor.CheckImConv(imConv);

    [Fact]
    public void A_first_ImConv_failure_names_the_mistake_and_where_to_look_but_not_the_line()
    {
        using var _ = HintBook.UseFresh();

        string feedback = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        ExerciseAssert.MentionsAll(feedback, "flipped the kernel", "Look at the index you read the kernel with", "Tutor.Hint(\"im-conv\")");
        Assert.DoesNotContain("The line:", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("\u27E6", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_ImConv_failure_shows_the_exact_line()
    {
        using var _ = HintBook.UseFresh();
        ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        string again = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.SumNotReset));

        ExerciseAssert.MentionsAll(again, "not reset", "Hint 1 of 1", "The line: double sum = 0;");
        Assert.DoesNotContain("Tutor.Hint(", again, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_json_carries_the_hints_shown_as_a_field_none_on_a_first_failure_the_line_on_a_repeated_one()
    {
        using var _ = HintBook.UseFresh();

        CheckResult first = CheckImConv(StudentImConvs.FlippedKernel);
        CheckResult again = CheckImConv(StudentImConvs.FlippedKernel);

        Assert.Empty(first.Hints);
        Assert.Empty(System.Text.Json.Nodes.JsonNode.Parse(first.ToJson())!["hints"]!.AsArray());
        Assert.Equal([FlipLine + "   (the kernel as it stands: no kRows - 1 - i, no kCols - 1 - j)"], again.Hints);
        Assert.Equal(again.Hints, System.Text.Json.Nodes.JsonNode.Parse(again.ToJson())!["hints"]!.AsArray().Select(h => (string?)h));
        Assert.DoesNotContain('\u27E6', again.ToJson());
    }

    [Fact]
    public void Hint_after_a_first_failure_gives_the_line_then_says_there_is_no_more()
    {
        using var _ = HintBook.UseFresh();
        ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        string hint = Tutor.NextHint("im-conv");
        string none = Tutor.NextHint(" IM-CONV ");

        Assert.StartsWith("Hint 1 of 1 for im-conv", hint, StringComparison.Ordinal);
        ExerciseAssert.MentionsAll(hint, FlipLine);
        Assert.StartsWith("No more hints for im-conv", none, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pass_starts_the_steps_over()
    {
        using var _ = HintBook.UseFresh();
        ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));
        ExerciseAssert.Passes(() => CheckImConv(StudentImConvs.Correct));

        string feedback = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        Assert.DoesNotContain("The line:", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Exercises_are_counted_apart_so_another_exercises_failure_gives_no_line()
    {
        using var _ = HintBook.UseFresh();
        Tutor.CheckKernelMatch("x", "identity", "identity", "identity", "identity", "identity");

        string feedback = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        Assert.DoesNotContain("The line:", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void A_not_finished_stub_counts_no_try_and_gets_no_line()
    {
        using var _ = HintBook.UseFresh();
        ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.NotImplemented));

        string feedback = ExerciseAssert.Fails(() => CheckImConv(StudentImConvs.FlippedKernel));

        Assert.DoesNotContain("The line:", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Hint_before_any_check_says_where_to_start()
    {
        using var _ = HintBook.UseFresh();

        ExerciseAssert.MentionsAll(Tutor.NextHint("im-conv"), "has not failed yet", "it is 19");
    }

    [Fact]
    public void The_session_book_is_not_touched_by_a_tests_own_book()
    {
        using (HintBook.UseFresh())
        {
            HintBook.Current.Failed("im-conv", [["a"]]);
            Assert.NotSame(HintBook.Session, HintBook.Current);
        }

        Assert.Same(HintBook.Session, HintBook.Current);
    }

    [Fact]
    public void A_first_GetSubimages_failure_says_where_to_look_and_a_repeated_one_gives_the_line()
    {
        using var _ = HintBook.UseFresh();
        const string line = "The line: subimages[(r, c)] = Arrays.Slice(im, r..(r + kRows), c..(c + kCols));";

        string first = ExerciseAssert.Fails(() => Tutor.CheckGetSubimages(StudentSubimages.Option4DownRight));
        string second = ExerciseAssert.Fails(() => Tutor.CheckGetSubimages(StudentSubimages.Option4DownRight));

        ExerciseAssert.MentionsAll(first, "down and right", "Tutor.Hint(\"get-subimages\")");
        Assert.DoesNotContain(line, first, StringComparison.Ordinal);
        ExerciseAssert.MentionsAll(second, line);
    }
}
