using Convolution.Teaching.Exercises.Evidence;

namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>
    /// Runs one check, named by its <c>// CHECK:</c> cell. In a graded kernel (<see cref="EvidenceSession.Variable"/> set) it
    /// records what the student's code did, so the grader can decide the verdict again in its own process; in the grader's
    /// replay, or in a student's own notebook, it only runs the check.
    /// </summary>
    /// <param name="check">The check cell's name, e.g. "im-conv".</param>
    /// <param name="answers">The check's arguments that are values (a letter, a number, names), recorded as they were given.</param>
    /// <param name="run">The check itself.</param>
    private static CheckResult Graded(string check, object?[] answers, Func<CheckResult> run)
    {
        if (EvidenceSession.Current is not null || !EvidenceSession.RecordingRequested)
        {
            return run().For(check, evidence: null);
        }

        using EvidenceSession.Scope scope = EvidenceSession.Record(check, answers);
        CheckResult result = run();
        return result.For(check, scope.Session.ToJson());
    }
}
