using System.Text.Json;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace Convolution.Teaching.Course.Kernel;

/// <summary>Reads the kernel's stdout lines as the protocol's own events (via <see cref="KernelEventEnvelope"/>).</summary>
public static class KernelEventLine
{
    /// <summary>Parses one stdout line; null when it is not an event (banner text, blank lines, other JSON).</summary>
    /// <param name="line">A line the kernel wrote.</param>
    public static KernelEvent? TryParse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string trimmed = line.Trim();
        if (!trimmed.StartsWith('{'))
        {
            // The first run on a machine prints a plain-text telemetry banner before any event.
            return null;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(trimmed);
            JsonElement root = json.RootElement;

            // The envelope reader expects these and throws otherwise: anything else is not an event.
            bool envelope = root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("eventType", out JsonElement type) && type.ValueKind == JsonValueKind.String
                && root.TryGetProperty("event", out JsonElement payload) && payload.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("command", out _);
            return envelope ? KernelEventEnvelope.Deserialize(root).Event : null;
        }
        catch (JsonException)
        {
            // A line that starts like JSON but is not (e.g. a log message): not an event.
        }
        catch (KeyNotFoundException)
        {
            // An event or command type this package does not know: nothing the runner could use.
        }

        return null;
    }

    /// <summary>
    /// Reads a line only as far as a printed-text event needs (its type, its command's token, its text's length), without
    /// building the event: the cheap path for a cell already over its output cap, whose every further line is dropped.
    /// </summary>
    /// <param name="line">A line the kernel wrote.</param>
    /// <param name="token">The token of the command that printed.</param>
    /// <param name="chars">How many characters it printed.</param>
    /// <returns>True for StandardOutputValueProduced and StandardErrorValueProduced lines; false for anything else.</returns>
    public static bool TryReadPrinted(string line, out string? token, out long chars)
    {
        ArgumentNullException.ThrowIfNull(line);
        token = null;
        chars = 0;
        // Most lines of a runaway printer are these; any other line takes the full path.
        if (!line.Contains("ValueProduced\"", StringComparison.Ordinal) || !line.TrimStart().StartsWith('{'))
        {
            return false;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (!root.TryGetProperty("eventType", out JsonElement type)
                || type.GetString() is not (nameof(StandardOutputValueProduced) or nameof(StandardErrorValueProduced))
                || !root.TryGetProperty("event", out JsonElement payload)
                || !payload.TryGetProperty("formattedValues", out JsonElement values) || values.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (JsonElement value in values.EnumerateArray())
            {
                chars += value.TryGetProperty("value", out JsonElement text) && text.ValueKind == JsonValueKind.String ? text.GetString()!.Length : 0;
            }

            token = root.TryGetProperty("command", out JsonElement command) && command.ValueKind == JsonValueKind.Object
                && command.TryGetProperty("token", out JsonElement t) ? t.GetString() : null;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The token of the command that caused <paramref name="ev"/>, or null when no command did (KernelReady).</summary>
    /// <param name="ev">An event read by <see cref="TryParse"/>.</param>
    /// <remarks>A child command's token is its parent's plus ".N"; its events belong to the parent.</remarks>
    public static string? TokenOf(KernelEvent ev)
    {
        ArgumentNullException.ThrowIfNull(ev);
        // For "command": null the package substitutes an internal placeholder (NoCommand) that would make up a token.
        return ev.Command is null || ev.Command.GetType().Name == "NoCommand" ? null : ev.Command.GetOrCreateToken();
    }
}
