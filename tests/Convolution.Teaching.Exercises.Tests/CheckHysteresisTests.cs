namespace Convolution.Teaching.Exercises.Tests;

/// <summary>CheckHysteresis passes right answers and names each known mistake only when every case agrees with it.</summary>
public class CheckHysteresisTests
{
    public static TheoryData<string, string[]> WrongVersions => new()
    {
        { nameof(StudentHystereses.FourConnected), ["only look at 4 neighbours", "8-connected", "at (1, 1)"] },
        { nameof(StudentHystereses.OnePass), ["one pass only", "until nothing changes", "at (1, 1)"] },
        { nameof(StudentHystereses.OnlyNextToStrong), ["one pass only", "until nothing changes"] },
        { nameof(StudentHystereses.WeakKept), ["every weak pixel is kept", "single threshold at low", "joined to no strong pixel"] },
        { nameof(StudentHystereses.StrongOnly), ["only the strong pixels", "no weak pixel ever joins"] },
        { nameof(StudentHystereses.LowNotStrict), ["low threshold is not strict", ">= low", "magnitude 100"] },
        { nameof(StudentHystereses.HighNotStrict), ["high threshold is not strict", ">= high", "magnitude 200"] },
        { nameof(StudentHystereses.NeitherStrict), ["neither threshold is strict"] },
        { nameof(StudentHystereses.EdgesAreOne), ["edge pixels are 1", "255"] },
        { nameof(StudentHystereses.ReturnsClasses), ["double threshold itself", "128"] },
        { nameof(StudentHystereses.SkipsFirstRow), ["the edge map is wrong", "at (0,", "work that pixel out by hand"] },
        { nameof(StudentHystereses.ModifiesInput), ["changed its input"] },
        { nameof(StudentHystereses.ReturnsNull), ["returned null"] },
        { nameof(StudentHystereses.WrongSize), ["your edge map is 8 x 6", "6 x 8"] },
        { nameof(StudentHystereses.NoBoundsCheck), ["IndexOutOfRangeException", "outside the image"] },
        { nameof(StudentHystereses.NotImplemented), ["not done yet", "NotImplementedException"] },
    };

    [Theory]
    [MemberData(nameof(WrongVersions))]
    public void Every_known_mistake_fails_and_is_named(string version, string[] expectedWords)
    {
        string feedback = ExerciseAssert.Fails(() => Tutor.CheckHysteresis(Version(version)));

        ExerciseAssert.MentionsAll(feedback, expectedWords);
    }

    [Theory]
    [InlineData(nameof(StudentHystereses.Correct))]
    [InlineData(nameof(StudentHystereses.CorrectWithStack))]
    public void Right_versions_pass_on_every_case_including_the_cat(string version)
    {
        CheckResult result = ExerciseAssert.Passes(() => Tutor.CheckHysteresis(Version(version)));

        ExerciseAssert.MentionsAll(result.ToString(), "all 5 edge pixels right", "thinned cat", "8 neighbours");
    }

    [Fact]
    public void The_librarys_stages_give_the_right_numbers_but_calling_them_is_not_an_answer()
    {
        // The same numbers written by hand pass (the Correct cases below); handing the work to Edges.Hysteresis does not.
        ExerciseAssert.MentionsAll(
            ExerciseAssert.Fails(() => Tutor.CheckHysteresis((thin, low, high) => Edges.Hysteresis(Edges.DoubleThreshold(thin, low, high)))),
            "calls Edges.Hysteresis");
        ExerciseAssert.Passes(() => Tutor.CheckHysteresis(StudentHystereses.Correct));
    }

    [Fact]
    public void Every_mistake_model_differs_from_the_right_answer_on_the_hand_case_so_the_first_case_already_fails_it()
    {
        double[,] hand = Tutor.HysteresisHandCase();
        byte[,] right = Edges.Hysteresis(Edges.DoubleThreshold(hand, 100, 200));

        Assert.All(HysteresisMistakes.All, model => Assert.NotEqual(right, model.Result(hand, 100, 200)));
    }

    [Fact]
    public void No_two_mistakes_with_different_words_give_the_same_edges_on_the_hand_case()
    {
        double[,] hand = Tutor.HysteresisHandCase();
        var byResult = HysteresisMistakes.All.GroupBy(m => string.Join(",", m.Result(hand, 100, 200).Cast<byte>()));

        Assert.All(byResult, group => Assert.Single(group.Select(m => m.Diagnosis).Distinct()));
    }

    [Fact]
    public void A_mistake_that_agrees_with_a_model_only_on_some_cases_is_not_named()
    {
        // 4-connected on the hand case (it drops the diagonal chain), right everywhere else: no model fits every case.
        byte[,] Mixed(double[,] thin, double low, double high) =>
            thin.Length == 48 && thin[0, 0] == 100 ? StudentHystereses.FourConnected(thin, low, high) : StudentHystereses.Correct(thin, low, high);

        string feedback = ExerciseAssert.Fails(() => Tutor.CheckHysteresis(Mixed));

        Assert.DoesNotContain("only look at 4 neighbours", feedback);
        ExerciseAssert.MentionsAll(feedback, "the edge map is wrong", "at (1, 1)", "joined to a strong pixel");
    }

    [Fact]
    public void A_loop_that_never_ends_is_stopped_at_the_time_limit()
    {
        var stop = new ManualResetEventSlim(false);
        try
        {
            byte[,] Forever(double[,] thin, double low, double high)
            {
                stop.Wait(); // stands for a "repeat until nothing changes" whose flag is never reset
                return new byte[1, 1];
            }

            string feedback = ExerciseAssert.Fails(() => Tutor.CheckHysteresis(Forever, TimeSpan.FromMilliseconds(300)));

            ExerciseAssert.MentionsAll(feedback, "taking too long", "restart the kernel");
        }
        finally
        {
            stop.Set();
        }
    }

    private static Func<double[,], double, double, byte[,]> Version(string name) =>
        (Func<double[,], double, double, byte[,]>)Delegate.CreateDelegate(
            typeof(Func<double[,], double, double, byte[,]>), typeof(StudentHystereses).GetMethod(name)!);
}
