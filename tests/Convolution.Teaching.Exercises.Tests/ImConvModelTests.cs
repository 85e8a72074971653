using Xunit.Abstractions;

namespace Convolution.Teaching.Exercises.Tests;

/// <summary>
/// Each ImConv mistake model, run as the student's function on every case the checker runs, is named, and no other
/// model is; the held-out set of wrong ImConvs written as students write them is named (at least 14 of them, and every
/// one named is named rightly); where no model fits, the feedback gives the first wrong value, where it is and the window.
/// </summary>
public class ImConvModelTests(ITestOutputHelper output)
{
    public static TheoryData<int> Models() => [.. Enumerable.Range(0, ImConvMistakes.All.Count)];

    public static TheoryData<int> HeldOut() => [.. Enumerable.Range(0, HeldOutImConvs.All.Count)];

    [Theory]
    [MemberData(nameof(Models))]
    public void A_models_own_implementation_as_the_student_is_named_as_that_model_and_no_other(int index)
    {
        ImConvMistakes.Model model = ImConvMistakes.All[index];

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv((im, k) => model.Result(im, k)!));

        Assert.True(feedback.Contains("exactly those of one known mistake", StringComparison.Ordinal), $"model {index} is not named alone:\n{feedback}");
        Assert.Equal([index], NamedModels(feedback));
    }

    [Theory]
    [MemberData(nameof(HeldOut))]
    public void A_held_out_students_imconv_is_named_by_its_own_mistake_only(int index)
    {
        var (name, imConv, diagnosis) = HeldOutImConvs.All[index];

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(imConv));

        output.WriteLine($"{name}:\n{feedback}");
        Assert.Contains(diagnosis, feedback, StringComparison.Ordinal);
        Assert.Contains("exactly those of one known mistake", feedback, StringComparison.Ordinal);
        Assert.Single(NamedModels(feedback));
    }

    [Fact]
    public void At_least_14_of_the_held_out_set_are_named_and_none_wrongly()
    {
        Assert.True(HeldOutImConvs.All.Select(h => h.ImConv).Distinct().Count() >= 15, "the held-out set needs at least 15 distinct wrong ImConvs");
        int named = 0, wrong = 0;
        foreach (var (name, imConv, diagnosis) in HeldOutImConvs.All)
        {
            string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(imConv));
            List<int> models = NamedModels(feedback);
            bool right = feedback.Contains(diagnosis, StringComparison.Ordinal);
            named += right && models.Count == 1 ? 1 : 0;
            wrong += models.Any(m => !Text(m).Contains(diagnosis, StringComparison.Ordinal)) ? 1 : 0;
            output.WriteLine($"{(right ? "named" : "NOT named")}: {name}");
        }

        output.WriteLine($"{named} of {HeldOutImConvs.All.Count} named, {wrong} named wrongly");
        Assert.True(named >= 14, $"only {named} of {HeldOutImConvs.All.Count} named");
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void Where_no_model_fits_the_feedback_gives_the_first_wrong_value_its_place_and_the_window_there()
    {
        // Right everywhere but 2 too big at one output of the wide case: no slip gives that.
        static double[,] Odd(double[,] im, double[,] k)
        {
            double[,] right = StudentImConvs.Correct(im, k);
            if (im.GetLength(1) == 9)
            {
                right[1, 2] += 2;
            }

            return right;
        }

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv(Odd));

        ExerciseAssert.MentionsAll(feedback, "names no cause", "at (1, 2) you have", "the right value is", "The window there, the image under the kernel with its top-left at (1, 2), is [[");
        Assert.Empty(NamedModels(feedback));
    }

    /// <summary>The models whose words (without their held-back fix line) the feedback holds.</summary>
    private static List<int> NamedModels(string feedback) =>
        [.. Enumerable.Range(0, ImConvMistakes.All.Count).Where(m => feedback.Contains(Text(m), StringComparison.Ordinal))];

    private static string Text(int model) => ImConvMistakes.All[model].Diagnosis.Text.Trim();
}
