using System.Text.Json.Nodes;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>One event line written by <c>dotnet-interactive stdio</c>.</summary>
/// <param name="EventType">e.g. <c>CommandSucceeded</c>, <c>DisplayedValueProduced</c>.</param>
/// <param name="Token">The token of the command that caused it (a child command's token is the parent's plus ".N").</param>
/// <param name="Event">The event's payload object (e.g. <c>formattedValues</c>, <c>message</c>).</param>
public sealed record KernelEvent(string EventType, string? Token, JsonObject Event)
{
    /// <summary>The payload's <c>message</c> (CommandFailed, ErrorProduced), or null.</summary>
    public string? Message => Event["message"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>The payload's <c>valueId</c> (DisplayedValueProduced/Updated), or null.</summary>
    public string? ValueId => Event["valueId"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>The payload's formatted values as (mime type, value) pairs, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FormattedValues =>
        (Event["formattedValues"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(f => KeyValuePair.Create(f["mimeType"]?.GetValue<string>() ?? "text/plain", f["value"]?.GetValue<string>() ?? ""))
            .ToList();

    /// <summary>Parses one stdout line; null when it is not an event (banner text, blank lines, other JSON).</summary>
    /// <param name="line">A line the kernel wrote.</param>
    public static KernelEvent? TryParse(string line)
    {
        string trimmed = line.Trim();
        if (!trimmed.StartsWith('{'))
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(trimmed) is JsonObject envelope
                && envelope["eventType"] is JsonValue type && type.TryGetValue(out string? eventType)
                && envelope["event"] is JsonObject payload)
            {
                string? token = envelope["command"]?["token"] is JsonValue t && t.TryGetValue(out string? s) ? s : null;
                return new KernelEvent(eventType, token, payload);
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // A line that starts like JSON but is not (e.g. a log message): not an event.
        }

        return null;
    }
}
