using System.Diagnostics;

namespace Convolution.Teaching.Exercises.Tests;

/// <summary>CheckGetSubimages passes right answers and names each known mistake in its feedback.</summary>
public class CheckGetSubimagesTests
{
    public static TheoryData<string, string[]> WrongVersions => new()
    {
        { nameof(StudentSubimages.Option1UpLeft), ["shifted one pixel up and left", "option 1", "cannot be negative"] },
        { nameof(StudentSubimages.Option3TooBig), ["one pixel too big", "option 3", "c + kCols + 1"] },
        { nameof(StudentSubimages.Option4DownRight), ["runs off the right edge", "down and right", "option 4"] },
        { nameof(StudentSubimages.Option5Swapped), ["rows and columns are swapped", "option 5", "3 x 2 for a 2 x 3 kernel"] },
        { nameof(StudentSubimages.UpLeftByHand), ["IndexOutOfRangeException", "read outside the image", "option 1", "option 4"] },
        { nameof(StudentSubimages.SwappedByHand), ["IndexOutOfRangeException", "rows and columns are swapped", "option 5"] },
        { nameof(StudentSubimages.KeysColRow), ["(col, row) instead of (row, col)"] },
        { nameof(StudentSubimages.WindowTooSmall), ["too small", "1 x 2 for a 2 x 3 kernel"] },
        { nameof(StudentSubimages.ForgotPlusOne), ["you made 2 windows", "3 x 2 = 6 positions", "one row and one column of positions short", "+ 1"] },
        { nameof(StudentSubimages.ReusesOneArray), ["the very same array object"] },
        { nameof(StudentSubimages.ZeroWindows), ["every window is all zeros"] },
        { nameof(StudentSubimages.WholeImageEverywhere), ["every window is the whole image"] },
        { nameof(StudentSubimages.Empty), ["empty dictionary"] },
        { nameof(StudentSubimages.ReturnsNull), ["returned null"] },
        { nameof(StudentSubimages.NotImplemented), ["not done yet", "NotImplementedException"] },
        { nameof(StudentSubimages.ModifiesInput), ["changed its input im", "im[0, 0] was 0, now -1"] },
    };

    [Theory]
    [MemberData(nameof(WrongVersions))]
    public void Every_known_mistake_fails_and_is_named(string version, string[] expectedWords)
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckGetSubimages(Version(version)));

        ExerciseAssert.MentionsAll(feedback, expectedWords);
    }

    [Theory]
    [InlineData(nameof(StudentSubimages.Option2Correct))]
    [InlineData(nameof(StudentSubimages.CorrectByHand))]
    public void Right_versions_pass_on_small_cases_and_on_the_cat_crop(string version)
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckGetSubimages(Version(version)));

        ExerciseAssert.MentionsAll(result.ToString(), "4 x 5 image", "5 x 4 image", "cat[50:100, 300:350]", "48 x 48 = 2304 windows");
    }

    [Fact]
    public void Hand_written_loops_without_Slice_pass_too()
    {
        ExerciseAssert.Passes(() => Tutor.CheckGetSubimages(StudentSubimages.CorrectByHand));
    }

    [Fact]
    public void A_loop_that_never_ends_is_stopped_at_the_time_limit()
    {
        var stop = new ManualResetEventSlim(false);
        try
        {
            var clock = Stopwatch.StartNew();
            string feedback = ExerciseAssert.Fails(() => Tutor.CheckGetSubimages(
                (im, k) =>
                {
                    stop.Wait(); // stands for a loop that never ends; released after the test
                    return [];
                },
                TimeSpan.FromMilliseconds(300)));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The check took {clock.Elapsed}.");
            ExerciseAssert.MentionsAll(feedback, "GetSubimages was stopped for taking too long", "restart the kernel");
        }
        finally
        {
            stop.Set();
        }
    }

    private static Func<double[,], double[,], Dictionary<(int Row, int Col), double[,]>> Version(string name) =>
        typeof(StudentSubimages).GetMethod(name)!.CreateDelegate<Func<double[,], double[,], Dictionary<(int Row, int Col), double[,]>>>();
}
