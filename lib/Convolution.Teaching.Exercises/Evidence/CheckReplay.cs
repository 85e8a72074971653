using System.Text.Json;
using System.Text.Json.Nodes;

namespace Convolution.Teaching.Exercises.Evidence;

/// <summary>
/// The grader's side of a graded check: takes what a check cell showed in the student's kernel (its result as data, with
/// the evidence recorded there) and decides the verdict again in this process, by running the grader's own copy of the
/// check with every call of the student's function answered from the record. Nothing the student's code says about
/// passing is read: a record whose calls do not fit the check's own cases, one for another check, or none at all is
/// "not yet", with the reason.
/// </summary>
public static class CheckReplay
{
    private static readonly Dictionary<string, Func<Arguments, CheckResult>> Checks = new(StringComparer.Ordinal)
    {
        ["convolution-by-hand"] = a => Tutor.CheckConvolutionByHand(a.Get<double>(0)),
        ["mode-sizes"] = _ => Tutor.CheckModeSizes(NeverRun, NeverRun, NeverRun),
        ["same-convolution"] = _ => Tutor.CheckSameConvolution((_, _) => throw Replayed()),
        ["subimage-option"] = a => Tutor.CheckSubimageOption(a.Get<int>(0)),
        ["get-subimages"] = _ => Tutor.CheckGetSubimages((_, _) => throw Replayed()),
        ["im-conv"] = _ => Tutor.CheckImConv((_, _) => throw Replayed()),
        ["bigger-blur"] = a => Tutor.CheckBiggerBlur(a.Get<char>(0)),
        ["kernel-match"] = a => Tutor.CheckKernelMatch(a.Get<string>(0)!, a.Get<string>(1)!, a.Get<string>(2)!, a.Get<string>(3)!, a.Get<string>(4)!, a.Get<string>(5)!),
        ["separable-factors"] = a => Tutor.CheckSeparableFactors(a.Get<double[]>(0), a.Get<double[]>(1)),
        ["hysteresis"] = _ => Tutor.CheckHysteresis((_, _, _) => throw Replayed()),
        ["output-size"] = _ => Tutor.CheckOutputSize((_, _, _, _, _) => throw Replayed()),
    };

    /// <summary>The environment variable a grader sets (to "1") for a graded kernel, whose checks then record their evidence.</summary>
    public const string EvidenceVariable = EvidenceSession.Variable;

    /// <summary>The checks this grader can decide (every <c>// CHECK:</c> name of the lessons).</summary>
    public static IReadOnlyCollection<string> Names => Checks.Keys;

    /// <summary>
    /// The verdict on <paramref name="check"/> from <paramref name="shown"/>, the result data its check cell showed
    /// (<see cref="CheckResult.MimeType"/>) in a kernel started with <see cref="EvidenceSession.Variable"/> set.
    /// </summary>
    /// <param name="check">The check cell's name as the course released it (never as the submission names it).</param>
    /// <param name="shown">The JSON the cell showed.</param>
    public static CheckResult Judge(string check, string shown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(check);
        ArgumentNullException.ThrowIfNull(shown);
        if (!Checks.TryGetValue(check, out Func<Arguments, CheckResult>? replay))
        {
            throw new ArgumentException($"no check is called '{check}'; the lessons' checks are: {string.Join(", ", Checks.Keys)}", nameof(check));
        }

        JsonObject evidence;
        List<CallRecord> calls;
        try
        {
            evidence = JsonNode.Parse(shown)?["evidence"]?.AsObject() ?? throw new InvalidDataException("the check showed no evidence of what the code did");
            if ((string?)evidence["check"] != check)
            {
                throw new InvalidDataException($"the evidence is of another check ('{(string?)evidence["check"]}')");
            }

            calls = [.. evidence["calls"]!.AsArray().Select(CallRecord.FromJson)];
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or NullReferenceException)
        {
            return Unfit(check, e.Message);
        }

        var arguments = new Arguments([.. evidence["arguments"]?.AsArray() ?? []]);
        using IDisposable hints = HintBook.UseFresh();
        using EvidenceSession.Scope scope = EvidenceSession.Replay(check, arguments.Nodes, calls);
        try
        {
            CheckResult result = replay(arguments);
            return scope.Session.Unused == 0 ? result
                : Unfit(check, $"the record holds {scope.Session.Unused} call(s) more than the check makes");
        }
        catch (Exception e) when (e is EvidenceMismatchException or InvalidDataException)
        {
            return Unfit(check, e.Message);
        }
    }

    private static (int, int) NeverRun(int a, int b, int c, int d) => throw Replayed();

    private static InvalidOperationException Replayed() =>
        new("a replayed check never runs the student's code: its calls are answered from the record");

    private static CheckResult Unfit(string check, string why) => new CheckResult(
        check,
        passed: false,
        $"The grader could not take this check's result: {why}. Run the notebook with its check cell as the course released it; " +
        "a check cell that was changed, or a result made or reshaped by code in the notebook, is not counted.").For(check, null);

    /// <summary>The check's value arguments as recorded.</summary>
    private sealed class Arguments(IReadOnlyList<JsonNode?> nodes)
    {
        public IReadOnlyList<JsonNode?> Nodes => nodes;

        public T? Get<T>(int index) => index < nodes.Count ? EvidenceValues.Read<T>(nodes[index])
            : throw new InvalidDataException($"the evidence has {nodes.Count} answer(s) where the check takes more");
    }
}
