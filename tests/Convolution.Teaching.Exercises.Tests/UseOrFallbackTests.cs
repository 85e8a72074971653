namespace Convolution.Teaching.Exercises.Tests;

/// <summary>A later cell goes on with the library's version when the student's is unfinished, and says so plainly.</summary>
[Collection(ConsoleCapture.Name)]
public class UseOrFallbackTests
{
    [Fact]
    public void A_finished_exercise_gives_the_students_result_and_prints_nothing()
    {
        var (result, printed) = ConsoleCapture.Run(() => Tutor.UseOrFallback("ImConv", () => 1, () => 2));

        Assert.Equal(1, result);
        Assert.Equal(string.Empty, printed);
    }

    [Fact]
    public void An_unfinished_exercise_gives_the_librarys_result_and_says_so()
    {
        var (result, printed) = ConsoleCapture.Run(() => Tutor.UseOrFallback<int>("ImConv", () => throw new NotImplementedException("ImConv"), () => 2));

        Assert.Equal(2, result);
        ExerciseAssert.MentionsAll(printed, "ImConv is not finished yet", "library's version");
    }

    [Fact]
    public void Any_other_exception_also_falls_back_and_names_the_exception()
    {
        var (result, printed) = ConsoleCapture.Run(() => Tutor.UseOrFallback<int>("ImConv", () => throw new IndexOutOfRangeException(), () => 2));

        Assert.Equal(2, result);
        ExerciseAssert.MentionsAll(printed, "IndexOutOfRangeException", "library's version");
    }

    [Fact]
    public void A_stuck_student_version_falls_back_at_the_time_limit()
    {
        var stop = new ManualResetEventSlim(false);
        try
        {
            var (result, printed) = ConsoleCapture.Run(() => Tutor.UseOrFallback(
                "ImConv",
                () =>
                {
                    stop.Wait();
                    return 1;
                },
                () => 2,
                TimeSpan.FromMilliseconds(200)));

            Assert.Equal(2, result);
            ExerciseAssert.MentionsAll(printed, "no answer within", "library's version");
        }
        finally
        {
            stop.Set();
        }
    }
}

/// <summary>Tests that read Console output run one at a time (Console.Out is process-wide).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    public const string Name = "Console capture";

    public static (T Result, string Printed) Run<T>(Func<T> action)
    {
        TextWriter original = Console.Out;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            T result = action();
            return (result, writer.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public void After_the_library_stood_in_no_sentence_claims_a_success_for_the_students_code()
    {
        double[,] image = Arrays.FromRows<double>([0, 1, 2], [3, 4, 5], [6, 7, 8]);
        double[,] kernel = Arrays.FromRows<double>([0, 1], [2, 3]);

        var (stoodIn, printed) = ConsoleCapture.Run(() => Tutor.ImConvOrLibrary((_, _) => throw new NotImplementedException(), image, kernel));
        string afterLibrary = Tutor.IfYoursRan("ImConv", "ImConv equals Filters.CorrelateValid: True");

        Assert.Equal(Filters.CorrelateValid(image, kernel), stoodIn);
        ExerciseAssert.MentionsAll(printed, "ImConv is not finished yet");
        Assert.Equal("The library's ImConv ran: yours is not finished yet, so there is nothing of yours to judge here. (Once yours is done, run this cell again.)", afterLibrary);
        Assert.DoesNotContain("True", afterLibrary, StringComparison.Ordinal);

        var (yours, _) = ConsoleCapture.Run(() => Tutor.ImConvOrLibrary((im, k) => new double[2, 2], image, kernel));
        Assert.Equal(new double[2, 2], yours);
        Assert.Equal("ImConv equals Filters.CorrelateValid: False", Tutor.IfYoursRan("ImConv", "ImConv equals Filters.CorrelateValid: False"));
    }

    [Fact]
    public void GetSubimages_stands_in_with_the_librarys_windows_of_the_kernels_size()
    {
        double[,] image = new double[4, 5];

        var (windows, _) = ConsoleCapture.Run(() => Tutor.GetSubimagesOrLibrary((_, _) => throw new NotImplementedException(), image, new double[2, 3]));

        Assert.Equal(3 * 3, windows.Count);
        Assert.StartsWith("The library's GetSubimages ran", Tutor.IfYoursRan("GetSubimages", "Both checks pass"), StringComparison.Ordinal);
    }
}
