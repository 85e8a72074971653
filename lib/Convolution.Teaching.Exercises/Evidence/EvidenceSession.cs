using System.Text.Json.Nodes;

namespace Convolution.Teaching.Exercises.Evidence;

/// <summary>
/// The evidence of one check while it runs. Recording (in a graded kernel): every call of the student's function is
/// written down as it happens. Replaying (in the grader's own process): the same check runs again, and each call of the
/// student's function is answered from the record instead of running student code, after its inputs are matched against
/// the record's. So the verdict is decided by the grader's copy of the checker, where the student's code cannot reach.
/// </summary>
internal sealed class EvidenceSession
{
    /// <summary>The variable a grader sets for a graded kernel: each check then records its evidence.</summary>
    public const string Variable = "CONVOLUTION_TEACHING_EVIDENCE";

    private static readonly AsyncLocal<EvidenceSession?> Active = new();
    private readonly List<CallRecord> recorded = [];
    private readonly Queue<CallRecord>? replay;

    private EvidenceSession(string check, IReadOnlyList<JsonNode?> arguments, Queue<CallRecord>? replay)
    {
        Check = check;
        Arguments = arguments;
        this.replay = replay;
    }

    /// <summary>The session of the check running on this flow, or null outside a recorded or replayed check.</summary>
    public static EvidenceSession? Current => Active.Value;

    // A test records on its own flow, without the process-wide variable that would make every other test record too.
    private static readonly AsyncLocal<bool> RecordingHere = new();

    /// <summary>True when this process was started to record evidence (a graded kernel), or a test asked for it on this flow.</summary>
    public static bool RecordingRequested => RecordingHere.Value || Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Makes the checks on this flow record their evidence, as in a graded kernel (tests).</summary>
    public static void RecordOnThisFlow() => RecordingHere.Value = true;

    /// <summary>The check's <c>// CHECK:</c> name, e.g. "im-conv".</summary>
    public string Check { get; }

    /// <summary>The check's arguments that are values (answers), as <see cref="EvidenceValues"/> JSON.</summary>
    public IReadOnlyList<JsonNode?> Arguments { get; }

    /// <summary>True when calls are answered from a record rather than run.</summary>
    public bool IsReplay => replay is not null;

    /// <summary>Calls of the record that the replayed check has not asked for (a record that does not fit has some).</summary>
    public int Unused => replay?.Count ?? 0;

    /// <summary>Starts recording <paramref name="check"/> on this flow; dispose to stop.</summary>
    public static Scope Record(string check, IReadOnlyList<object?> arguments) =>
        new(new EvidenceSession(check, [.. arguments.Select(EvidenceValues.Write)], null));

    /// <summary>Starts replaying <paramref name="calls"/> on this flow; dispose to stop.</summary>
    public static Scope Replay(string check, IReadOnlyList<JsonNode?> arguments, IEnumerable<CallRecord> calls) =>
        new(new EvidenceSession(check, arguments, new Queue<CallRecord>(calls)));

    /// <summary>Writes down one call (recording).</summary>
    public void Add(CallRecord call)
    {
        lock (recorded)
        {
            recorded.Add(call);
        }
    }

    /// <summary>The next recorded call, which must have been given <paramref name="fingerprint"/> (replaying).</summary>
    /// <exception cref="EvidenceMismatchException">The record has no more calls, or that call was given other inputs.</exception>
    public CallRecord Next(string fingerprint)
    {
        if (replay is null || !replay.TryDequeue(out CallRecord? call))
        {
            throw new EvidenceMismatchException("the check calls the function more often than the record shows");
        }

        return call.Inputs == fingerprint ? call
            : throw new EvidenceMismatchException("the record's call was given other inputs than the check's own case");
    }

    /// <summary>The evidence as JSON: the check, its value arguments and every recorded call.</summary>
    public JsonObject ToJson()
    {
        lock (recorded)
        {
            return new JsonObject
            {
                ["check"] = Check,
                ["arguments"] = new JsonArray([.. Arguments.Select(a => a?.DeepClone())]),
                ["calls"] = new JsonArray([.. recorded.Select(c => (JsonNode)c.ToJson())]),
            };
        }
    }

    /// <summary>Ends a session on its flow.</summary>
    public sealed class Scope : IDisposable
    {
        private readonly EvidenceSession? before;

        internal Scope(EvidenceSession session)
        {
            before = Active.Value;
            Session = session;
            Active.Value = session;
        }

        /// <summary>The session this scope runs.</summary>
        public EvidenceSession Session { get; }

        /// <inheritdoc/>
        public void Dispose() => Active.Value = before;
    }
}
