namespace Convolution.Teaching.Exercises.Tests;

/// <summary>A later cell goes on with the library's version when the student's is unfinished, and says so plainly.</summary>
[Collection(ConsoleCapture.Name)]
public class UseOrFallbackTests
{
    [Fact]
    public void AFinishedExerciseGivesTheStudentsResultAndPrintsNothing()
    {
        var (result, printed) = ConsoleCapture.Run(() => Exercises.UseOrFallback("ImConv", () => 1, () => 2));

        Assert.Equal(1, result);
        Assert.Equal(string.Empty, printed);
    }

    [Fact]
    public void AnUnfinishedExerciseGivesTheLibrarysResultAndSaysSo()
    {
        var (result, printed) = ConsoleCapture.Run(() => Exercises.UseOrFallback<int>("ImConv", () => throw new NotImplementedException("ImConv"), () => 2));

        Assert.Equal(2, result);
        ExerciseAssert.MentionsAll(printed, "ImConv is not finished yet", "library's version");
    }

    [Fact]
    public void AnyOtherExceptionAlsoFallsBackAndNamesTheException()
    {
        var (result, printed) = ConsoleCapture.Run(() => Exercises.UseOrFallback<int>("ImConv", () => throw new IndexOutOfRangeException(), () => 2));

        Assert.Equal(2, result);
        ExerciseAssert.MentionsAll(printed, "IndexOutOfRangeException", "library's version");
    }

    [Fact]
    public void AStuckStudentVersionFallsBackAtTheTimeLimit()
    {
        var stop = new ManualResetEventSlim(false);
        try
        {
            var (result, printed) = ConsoleCapture.Run(() => Exercises.UseOrFallback(
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
}
