using System.Text.Json.Nodes;
using Convolution.Teaching.Exercises.Evidence;

namespace Convolution.Teaching.Exercises.Tests;

/// <summary>
/// The grader's side of a check: a verdict decided again, in the grader's process, from the evidence a check recorded
/// in the student's kernel. It must agree with the check itself on every honest run, and refuse every record that does
/// not fit the check's own cases.
/// </summary>
public class CheckReplayTests
{
    public static TheoryData<string> ImConvVersions()
    {
        var data = new TheoryData<string> { nameof(StudentImConvs.Correct), nameof(StudentImConvs.CorrectOtherLoopOrder) };
        foreach (object[] row in CheckImConvTests.WrongVersions)
        {
            data.Add((string)row[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ImConvVersions))]
    public void Replaying_an_ImConv_check_on_its_evidence_gives_the_verdict_the_check_gave(string version)
    {
        CheckResult inKernel = Recorded(() => Tutor.CheckImConv(CheckImConvTests.Version(version)));

        CheckResult replayed = CheckReplay.Judge("im-conv", inKernel.ToJson());

        Assert.Equal(inKernel.Passed, replayed.Passed);
        Assert.Equal(inKernel.Summary, replayed.Summary);
    }

    [Theory]
    [InlineData('b', true)]
    [InlineData('a', false)]
    [InlineData('?', false)]
    public void A_value_answer_is_judged_from_the_recorded_answer(char answer, bool passes)
    {
        CheckResult inKernel = Recorded(() => Tutor.CheckBiggerBlur(answer));

        CheckResult replayed = CheckReplay.Judge("bigger-blur", inKernel.ToJson());

        Assert.Equal(passes, replayed.Passed);
        Assert.Equal(inKernel.Summary, replayed.Summary);
    }

    [Fact]
    public void A_result_that_says_passed_without_evidence_is_not_counted()
    {
        string forged = new CheckResult("ImConv", passed: true, "Right.").ToJson();

        CheckResult replayed = CheckReplay.Judge("im-conv", forged);

        Assert.False(replayed.Passed);
        Assert.Contains("no evidence", replayed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pass_claimed_over_the_evidence_of_an_unfinished_ImConv_is_not_counted()
    {
        JsonObject shown = JsonNode.Parse(Recorded(() => Tutor.CheckImConv(StudentImConvs.NotImplemented)).ToJson())!.AsObject();
        shown["passed"] = true;
        shown["summary"] = "Right.";

        CheckResult replayed = CheckReplay.Judge("im-conv", shown.ToJsonString());

        Assert.False(replayed.Passed);
        Assert.Contains("not done yet", replayed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_whose_call_was_given_other_inputs_is_refused()
    {
        JsonObject shown = JsonNode.Parse(Recorded(() => Tutor.CheckImConv(StudentImConvs.Correct)).ToJson())!.AsObject();
        shown["evidence"]!["calls"]![0]!["inputs"] = new string('0', 64);

        CheckResult replayed = CheckReplay.Judge("im-conv", shown.ToJsonString());

        Assert.False(replayed.Passed);
        Assert.Contains("other inputs", replayed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_of_another_check_is_refused()
    {
        CheckResult inKernel = Recorded(() => Tutor.CheckBiggerBlur('b'));

        CheckResult replayed = CheckReplay.Judge("im-conv", inKernel.ToJson());

        Assert.False(replayed.Passed);
        Assert.Contains("another check", replayed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_with_a_call_the_check_does_not_make_is_refused()
    {
        JsonObject shown = JsonNode.Parse(Recorded(() => Tutor.CheckImConv(StudentImConvs.Correct)).ToJson())!.AsObject();
        JsonArray calls = shown["evidence"]!["calls"]!.AsArray();
        calls.Add(calls[0]!.DeepClone());

        CheckResult replayed = CheckReplay.Judge("im-conv", shown.ToJsonString());

        Assert.False(replayed.Passed);
        Assert.Contains("more than the check makes", replayed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_a_result_is_not_counted()
    {
        Assert.False(CheckReplay.Judge("im-conv", "{ not json").Passed);
        Assert.False(CheckReplay.Judge("im-conv", "[]").Passed);
    }

    [Fact]
    public void An_unknown_check_name_is_an_argument_error_that_lists_the_checks()
    {
        var e = Assert.Throws<ArgumentException>(() => CheckReplay.Judge("no-such-check", "{}"));
        Assert.Contains("im-conv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_graded_kernel_a_check_records_nothing()
    {
        Assert.Null(JsonNode.Parse(Tutor.CheckBiggerBlur('b').ToJson())!["evidence"]);
    }

    /// <summary>The check as a graded kernel runs it: recording its evidence.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Replaying_an_OutputSize_check_on_its_evidence_gives_the_verdict_the_check_gave(bool right)
    {
        Func<int, int, int, int, int, int> formula = right
            ? (n, k, p, s, d) => (d * (k - 1)) + 1 > n + (2 * p) ? 0 : ((n + (2 * p) - (d * (k - 1)) - 1) / s) + 1
            : (n, k, p, s, d) => (d * (k - 1)) + 1 > n + (2 * p) ? 0 : (n + (2 * p) - (d * (k - 1)) - 1) / s;
        CheckResult inKernel = Recorded(() => Tutor.CheckOutputSize(formula));

        CheckResult replayed = CheckReplay.Judge("output-size", inKernel.ToJson());

        Assert.Equal(right, inKernel.Passed);
        Assert.Equal(inKernel.Passed, replayed.Passed);
        Assert.Equal(inKernel.Summary, replayed.Summary);
    }

    private static CheckResult Recorded(Func<CheckResult> check)
    {
        using IDisposable hints = HintBook.UseFresh();
        return Task.Run(() =>
        {
            EvidenceSession.RecordOnThisFlow();
            return check();
        }).Result;
    }
}
