namespace Convolution.Teaching.Exercises.Tests;

/// An answer that hands the exercise to the library's own implementation is told so, by name, instead of passing.
public class LibraryCallTests
{
    [Fact]
    public void An_ImConv_that_calls_Filters_CorrelateValid_is_told_to_write_the_loops_itself()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv((im, k) => Filters.CorrelateValid(im, k)));

        ExerciseAssert.MentionsAll(feedback, "calls Filters.CorrelateValid", "write the loops yourself");
    }

    [Fact]
    public void An_ImConv_that_calls_Filters_Correlate_in_valid_mode_is_caught_too()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckImConv((im, k) => Filters.Correlate(im, k, OutputMode.Valid)));

        ExerciseAssert.MentionsAll(feedback, "calls Filters.Correlate");
    }

    [Fact]
    public void A_GetSubimages_that_calls_Subimages_Get_is_named()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckGetSubimages((im, k) => Subimages.Get(im, k.GetLength(0), k.GetLength(1))));

        ExerciseAssert.MentionsAll(feedback, "calls Subimages.Get");
    }

    [Fact]
    public void Size_formulas_that_call_Filters_OutputShape_are_named()
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckModeSizes(
            (iH, iW, kH, kW) => Filters.OutputShape(iH, iW, kH, kW, OutputMode.Full),
            (iH, iW, kH, kW) => (iH, iW),
            (iH, iW, kH, kW) => (iH - kH + 1, iW - kW + 1)));

        ExerciseAssert.MentionsAll(feedback, "full", "calls Filters.OutputShape");
    }

    [Fact]
    public void Array_helpers_are_not_library_answers_so_a_right_GetSubimages_with_Slice_passes()
    {
        ExerciseAssert.Passes(() => Tutor.CheckGetSubimages((im, k) =>
        {
            var windows = new Dictionary<(int Row, int Col), double[,]>();
            for (int r = 0; r <= im.GetLength(0) - k.GetLength(0); r++)
            {
                for (int c = 0; c <= im.GetLength(1) - k.GetLength(1); c++)
                {
                    windows[(r, c)] = Arrays.Slice(im, r..(r + k.GetLength(0)), c..(c + k.GetLength(1)));
                }
            }

            return windows;
        }));
    }

    [Fact]
    public void An_ImConv_that_hands_the_work_to_the_fast_path_is_named_too()
    {
        static double[,] ViaFastPath(double[,] im, double[,] k) =>
            Conversions.ToDouble(FastFilters.Correlate(Conversions.ToFloat(im), Conversions.ToFloat(k)));

        ExerciseAssert.MentionsAll(ExerciseAssert.Fails(() => Tutor.CheckImConv(ViaFastPath)), "calls FastFilters.Correlate");
    }
}
