namespace Convolution.Teaching.Exercises.Tests;

/// <summary>Asserts that a check fails, and returns its feedback so a test can look for the named mistake.</summary>
internal static class ExerciseAssert
{
    public static string Fails(Func<CheckResult> check)
    {
        // Each check starts from a first failure unless the test keeps its own hint book (to test the steps), so the order tests run in never changes what they see.
        using IDisposable? fresh = HintBook.HasOverride ? null : HintBook.UseFresh();
        CheckResult result = check();
        Assert.False(result.Passed, "The check should say \"not yet\" but passed with:\n" + result);
        return result.ToString();
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
        CheckResult result = check();
        Assert.True(result.Passed, "The check should pass but said:\n" + result);
        return result;
    }
}
