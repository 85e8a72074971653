namespace Convolution.Teaching.Exercises.Tests;

/// <summary>Asserts that a check fails, and returns its feedback so a test can look for the named mistake.</summary>
internal static class ExerciseAssert
{
    public static string Fails(Func<CheckResult> check)
    {
        var e = Assert.Throws<ExerciseNotPassedException>(() => check());
        Assert.False(e.Result.Passed);
        Assert.Equal(e.Message, e.ToString());
        return e.Message;
    }

    public static void MentionsAll(string message, params string[] fragments)
    {
        foreach (string fragment in fragments)
        {
            Assert.True(message.Contains(fragment, StringComparison.OrdinalIgnoreCase),
                $"The feedback should mention \"{fragment}\" but was:\n{message}");
        }
    }

    public static CheckResult Passes(Func<CheckResult> check)
    {
        CheckResult result;
        try
        {
            result = check();
        }
        catch (ExerciseNotPassedException e)
        {
            throw new Xunit.Sdk.XunitException("The check should pass but failed with:\n" + e.Message);
        }

        Assert.True(result.Passed);
        return result;
    }
}
