namespace Convolution.Teaching.Exercises.Tests;

/// <summary>
/// Matching kernels to pictures: the pictures are what they say, their order is the student's own and reproducible,
/// and every wrong match gets a clue about the guess first, never the right kernel's name after one wrong try.
/// </summary>
public class CheckKernelMatchTests
{
    private const string Name = "Ada Lovelace";

    private static string[] Order(string name = Name) => Tutor.KernelMatchOrder(name);

    private static CheckResult Check(string name, string[] answers) =>
        Tutor.CheckKernelMatch(name, answers[0], answers[1], answers[2], answers[3], answers[4]);

    /// <summary>The right answers with the pictures at <paramref name="i"/> and <paramref name="j"/> swapped.</summary>
    private static string[] Swapped(int i, int j)
    {
        string[] answers = Order();
        (answers[i], answers[j]) = (answers[j], answers[i]);
        return answers;
    }

    [Fact]
    public void The_right_match_passes()
    {
        using var _ = HintBook.UseFresh();

        ExerciseAssert.Passes(() => Check(Name, Order()));
    }

    [Fact]
    public void Synonyms_case_and_spaces_are_accepted()
    {
        using var _ = HintBook.UseFresh();
        string[] answers = Order().Select(k => k switch
        {
            "sharpen" => " Sharpening",
            "edge" => "edge detection",
            "identity" => "IDENTITY",
            "blur" => "box blur",
            _ => "Sobel_X",
        }).ToArray();

        ExerciseAssert.Passes(() => Check(Name, answers));
    }

    [Fact]
    public void Sobel_x_may_be_named_by_its_direction_as_the_lessons_name_it()
    {
        using var _ = HintBook.UseFresh();
        string[] answers = Order().Select(k => k == "sobel x" ? "d/dcol" : k).ToArray();

        ExerciseAssert.Passes(() => Check(Name, answers));
    }

    [Fact]
    public void The_same_name_always_gives_the_same_order_whatever_its_case_and_spaces()
    {
        Assert.Equal(Order(Name), Order("  ada   LOVELACE "));
        Assert.Equal(Order(Name), Order(Name));
        Assert.Equal(Tutor.KernelMatchNames.Order(), Order().Order());
    }

    [Fact]
    public void The_order_is_pinned_so_an_instructor_gets_it_on_any_machine_and_any_run()
    {
        // Pinned values: a change of the shuffle would silently give every student other pictures than their instructor sees.
        Assert.Equal(["identity", "edge", "blur", "sharpen", "sobel x"], Order(Name));
        Assert.Equal(["edge", "sobel x", "sharpen", "identity", "blur"], Order(""));
    }

    [Fact]
    public void Different_names_give_many_different_orders()
    {
        var orders = Enumerable.Range(0, 60).Select(i => string.Join(",", Order($"student {i}"))).Distinct().Count();

        Assert.True(orders >= 30, $"60 names gave only {orders} different orders.");
    }

    [Fact]
    public void The_pictures_follow_the_names_order()
    {
        byte[,] image = Conversions.ToByte(Arrays.Scale(255.0, Arrays.Random(12, 15, seed: 3)));
        double[,] values = Conversions.ToDouble(image);
        var pictures = Tutor.KernelMatchPictures(image, Name);
        string[] order = Order();

        Assert.Equal(["A", "B", "C", "D", "E"], pictures.Select(p => p.Label));
        Assert.Equal(Arrays.Slice(values, 2..^2, 2..^2), pictures[Array.IndexOf(order, "identity")].Image);
        Assert.True(Arrays.AllClose(Filters.CorrelateValid(values, Kernels.BoxBlur(5)), pictures[Array.IndexOf(order, "blur")].Image));
        foreach (var (name, kernel) in new[] { ("sharpen", Kernels.Sharpen(3)), ("edge", Kernels.Edge()), ("sobel x", Kernels.SobelX()) })
        {
            double[,] full = Filters.CorrelateValid(values, kernel);
            double[,] picture = pictures[Array.IndexOf(order, name)].Image;
            Assert.Equal(Math.Clamp(full[1, 1], 0, 255), picture[0, 0], 9);
            Assert.Equal(Math.Clamp(full[3, 4], 0, 255), picture[2, 3], 9);
        }
    }

    [Fact]
    public void The_pictures_of_the_cat_are_all_the_size_of_the_five_by_five_result_and_within0_to255()
    {
        var pictures = Tutor.KernelMatchPictures(Name);

        Assert.All(pictures, p => Assert.Equal((296, 447), Arrays.Shape(p.Image)));
        Assert.All(pictures, p => Assert.InRange(p.Image.Cast<double>().Min(), 0, 255));
        Assert.All(pictures, p => Assert.InRange(p.Image.Cast<double>().Max(), 0, 255));
    }

    [Theory]
    [InlineData("identity", "it would be the original cat pixel for pixel")]
    [InlineData("blur", "every whisker would be soft and several pixels wide")]
    [InlineData("sharpen", "thin bright and dark fringes")]
    [InlineData("edge", "outlines bright whatever their direction")]
    [InlineData("sobel x", "only edges where brightness rises from left to right")]
    public void A_wrong_guess_is_told_what_the_guessed_kernel_would_have_made_and_not_the_right_name(string guess, string clue)
    {
        using var _ = HintBook.UseFresh();
        string[] order = Order();
        int wrongAt = guess == order[0] ? 1 : 0; // a picture that is not the guessed kernel
        string[] answers = order.ToArray();
        answers[wrongAt] = guess;
        string label = ((char)('A' + wrongAt)).ToString();

        string feedback = ExerciseAssert.Fails(() => Check(Name, answers));

        ExerciseAssert.MentionsAll(feedback, $"{label} is not the {guess}: if it were", clue, "4 of 5 pictures matched", "Tutor.Hint(\"kernel-match\")");
        Assert.DoesNotContain($"string picture{label}", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain($"{label} is the {order[wrongAt]}", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("Hint 2", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Right_pictures_are_confirmed_and_each_wrong_one_gets_its_own_clue()
    {
        using var _ = HintBook.UseFresh();
        string[] order = Order();

        string feedback = ExerciseAssert.Fails(() => Check(Name, Swapped(0, 2)));

        ExerciseAssert.MentionsAll(feedback, "3 of 5 pictures matched", $"A is not the {order[2]}", $"C is not the {order[0]}",
            $"B is the {order[1]}", $"D is the {order[3]}", $"E is the {order[4]}");
    }

    [Fact]
    public void A_repeated_failure_adds_a_clue_about_the_picture_and_a_third_gives_the_line()
    {
        using var _ = HintBook.UseFresh();
        string[] order = Order();

        string first = ExerciseAssert.Fails(() => Check(Name, Swapped(0, 2)));
        string second = ExerciseAssert.Fails(() => Check(Name, Swapped(0, 2)));
        string third = ExerciseAssert.Fails(() => Check(Name, Swapped(0, 2)));

        Assert.DoesNotContain("Hint 2 of 3", first, StringComparison.Ordinal);
        ExerciseAssert.MentionsAll(second, "Hint 1 of 3", "Hint 2 of 3", "A: ");
        Assert.DoesNotContain("string pictureA", second, StringComparison.Ordinal);
        ExerciseAssert.MentionsAll(third, "Hint 3 of 3", $"string pictureA = \"{order[0]}\";");
    }

    [Fact]
    public void Hint_gives_the_next_step_then_says_there_are_no_more()
    {
        using var _ = HintBook.UseFresh();
        string[] order = Order();
        Check(Name, Swapped(0, 2));

        string second = Tutor.NextHint("kernel-match");
        string third = Tutor.NextHint("kernel-match");
        string none = Tutor.NextHint("kernel-match");

        Assert.StartsWith("Hint 2 of 3 for kernel-match", second, StringComparison.Ordinal);
        ExerciseAssert.MentionsAll(third, "Hint 3 of 3", $"string pictureA = \"{order[0]}\";");
        Assert.StartsWith("No more hints for kernel-match", none, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pass_forgets_the_failures_so_a_new_mistake_starts_at_the_first_step()
    {
        using var _ = HintBook.UseFresh();
        Check(Name, Swapped(0, 2));
        Check(Name, Swapped(0, 2));
        ExerciseAssert.Passes(() => Check(Name, Order()));

        string again = ExerciseAssert.Fails(() => Check(Name, Swapped(1, 3)));

        Assert.DoesNotContain("Hint 2 of 3", again, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_missing_names_are_said_so_and_do_not_count_as_a_try()
    {
        using var _ = HintBook.UseFresh();
        string[] order = Order();

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckKernelMatch(Name, "?", "", "gaussian", order[3], order[4]));
        string afterStubs = ExerciseAssert.Fails(() => Check(Name, Swapped(3, 4)));

        ExerciseAssert.MentionsAll(feedback, "A: not answered yet", "B: not answered yet", "\"gaussian\" is not one of the names", "3 not answered");
        Assert.DoesNotContain("Hint", feedback, StringComparison.Ordinal);
        ExerciseAssert.MentionsAll(afterStubs, "Hint 1 of 3");
        Assert.DoesNotContain("Hint 2 of 3", afterStubs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_never_throws_even_on_nulls()
    {
        using var _ = HintBook.UseFresh();

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckKernelMatch(null!, null!, null!, null!, null!, null!));

        ExerciseAssert.MentionsAll(feedback, "0 of 5 pictures matched", "E: not answered yet");
    }

    [Fact]
    public void Hint_before_any_check_says_where_to_start_and_an_unknown_name_lists_the_known_ones()
    {
        using var _ = HintBook.UseFresh();

        Assert.StartsWith("Hint for kernel-match (its check has not failed yet", Tutor.NextHint("kernel-match"), StringComparison.Ordinal);
        ExerciseAssert.MentionsAll(Tutor.NextHint("kernelmatch"), "No hints for \"kernelmatch\"", "\"kernel-match\"", "\"im-conv\"");
    }

    [Fact]
    public void A_too_small_image_is_refused_with_the_reason()
    {
        var e = Assert.Throws<ArgumentException>(() => Tutor.KernelMatchPictures(new byte[4, 9], Name));

        Assert.Contains("at least 5 x 5", e.Message, StringComparison.Ordinal);
    }
}
