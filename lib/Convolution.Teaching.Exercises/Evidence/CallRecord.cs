using System.Text.Json.Nodes;

namespace Convolution.Teaching.Exercises.Evidence;

/// <summary>
/// One call of a student's function during a check, as the kernel saw it: what it was given (a fingerprint), what it
/// returned or threw, whether it ran out of time, which of the library's own implementations it called, and the inputs as
/// it left them when it changed them.
/// </summary>
/// <param name="Inputs">The fingerprint of the inputs as the checker handed them over (<see cref="EvidenceValues.Fingerprint"/>).</param>
/// <param name="Returned">What it returned (<see cref="EvidenceValues"/> JSON), or null.</param>
/// <param name="ErrorType">The full name of the exception it threw, or null.</param>
/// <param name="ErrorMessage">That exception's message.</param>
/// <param name="ErrorWhere">Where in the student's code it was thrown, in words (" (in ImConv, line 14 of its cell)").</param>
/// <param name="TimedOut">True when it gave no answer within its limit.</param>
/// <param name="Milliseconds">How long it ran.</param>
/// <param name="LibraryCalls">The library's implementations it called.</param>
/// <param name="InputsAfter">Each input as the call left it, where it changed (null entries for the unchanged), or null when none changed.</param>
internal sealed record CallRecord(
    string Inputs,
    JsonNode? Returned,
    string? ErrorType,
    string? ErrorMessage,
    string? ErrorWhere,
    bool TimedOut,
    double Milliseconds,
    IReadOnlyList<string> LibraryCalls,
    IReadOnlyList<JsonNode?>? InputsAfter)
{
    /// <summary>This record as JSON.</summary>
    public JsonObject ToJson() => new()
    {
        ["inputs"] = Inputs,
        ["returned"] = Returned?.DeepClone(),
        ["errorType"] = ErrorType,
        ["errorMessage"] = ErrorMessage,
        ["errorWhere"] = ErrorWhere,
        ["timedOut"] = TimedOut,
        ["ms"] = Milliseconds,
        ["libraryCalls"] = new JsonArray([.. LibraryCalls.Select(c => (JsonNode)c)]),
        ["inputsAfter"] = InputsAfter is null ? null : new JsonArray([.. InputsAfter.Select(n => n?.DeepClone())]),
    };

    /// <summary>The record <see cref="ToJson"/> wrote.</summary>
    /// <exception cref="InvalidDataException">Not a call record.</exception>
    public static CallRecord FromJson(JsonNode? node)
    {
        try
        {
            JsonObject o = node!.AsObject();
            return new CallRecord(
                (string)o["inputs"]!,
                o["returned"]?.DeepClone(),
                (string?)o["errorType"],
                (string?)o["errorMessage"],
                (string?)o["errorWhere"],
                (bool)o["timedOut"]!,
                (double)o["ms"]!,
                [.. o["libraryCalls"]!.AsArray().Select(c => (string)c!)],
                o["inputsAfter"] is JsonArray after ? [.. after.Select(n => n?.DeepClone())] : null);
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or FormatException)
        {
            throw new InvalidDataException($"a call record is malformed ({e.Message})", e);
        }
    }
}
