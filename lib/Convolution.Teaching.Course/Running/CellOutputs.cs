using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Convolution.Teaching.Course.Running;

/// <summary>Turns a cell's kernel events into outputs, and outputs into nbformat output objects.</summary>
public static class CellOutputs
{
    /// <summary>
    /// The outputs a notebook front end would show for these events: displays (later updates with the same
    /// valueId replace them), the return value, stdout/stderr text (consecutive writes merged), and the error.
    /// </summary>
    /// <param name="events">The events of one submission, in order.</param>
    public static IReadOnlyList<CellOutput> FromEvents(IEnumerable<KernelEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var outputs = new List<CellOutput>();
        foreach (KernelEvent ev in events)
        {
            switch (ev)
            {
                case DisplayedValueProduced display:
                    outputs.Add(new CellOutput(OutputKind.Display, ToData(display), display.ValueId));
                    break;
                case DisplayedValueUpdated update:
                    int index = update.ValueId is null ? -1 : outputs.FindIndex(o => o.ValueId == update.ValueId);
                    if (index >= 0)
                    {
                        outputs[index] = outputs[index] with { Data = ToData(update) };
                    }
                    else
                    {
                        outputs.Add(new CellOutput(OutputKind.Display, ToData(update), update.ValueId));
                    }

                    break;
                case ReturnValueProduced result:
                    outputs.Add(new CellOutput(OutputKind.Result, ToData(result)));
                    break;
                case StandardOutputValueProduced stdout:
                    AppendText(outputs, OutputKind.StandardOutput, stdout);
                    break;
                case StandardErrorValueProduced stderr:
                    AppendText(outputs, OutputKind.StandardError, stderr);
                    break;
                case CommandFailed { Message: { } message }:
                    outputs.Add(Error(message));
                    break;
                case ErrorProduced { Message: { } message }:
                    outputs.Add(Error(message));
                    break;
            }
        }

        // A display that ended empty (a finished "Installing packages" spinner) shows nothing; keep the notebook clean.
        outputs.RemoveAll(o => o.Kind == OutputKind.Display && o.Data.Values.All(string.IsNullOrWhiteSpace));
        return outputs;
    }

    /// <summary>nbformat 4 output objects for <paramref name="outputs"/>.</summary>
    /// <param name="outputs">A cell's outputs.</param>
    /// <param name="executionCount">The cell's execution count (used by execute_result).</param>
    public static JsonArray ToNbformat(IEnumerable<CellOutput> outputs, int executionCount)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var array = new JsonArray();
        foreach (CellOutput o in outputs)
        {
            array.Add(o.Kind switch
            {
                OutputKind.StandardOutput or OutputKind.StandardError => new JsonObject
                {
                    ["name"] = o.Kind == OutputKind.StandardOutput ? "stdout" : "stderr",
                    ["output_type"] = "stream",
                    ["text"] = Lines(o.Text ?? ""),
                },
                OutputKind.Display => new JsonObject
                {
                    ["data"] = DataObject(o),
                    ["metadata"] = new JsonObject(),
                    ["output_type"] = "display_data",
                },
                OutputKind.Result => new JsonObject
                {
                    ["data"] = DataObject(o),
                    ["execution_count"] = executionCount,
                    ["metadata"] = new JsonObject(),
                    ["output_type"] = "execute_result",
                },
                _ => new JsonObject
                {
                    ["ename"] = "Error",
                    ["evalue"] = o.Text ?? "",
                    ["output_type"] = "error",
                    ["traceback"] = new JsonArray(),
                },
            });
        }

        return array;
    }

    private static CellOutput Error(string message) =>
        new(OutputKind.Error, new Dictionary<string, string> { ["text/plain"] = message });

    private static Dictionary<string, string> ToData(DisplayEvent ev)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (FormattedValue value in ev.FormattedValues)
        {
            data[value.MimeType] = value.Value;
        }

        return data;
    }

    private static void AppendText(List<CellOutput> outputs, OutputKind kind, DisplayEvent ev)
    {
        string text = string.Concat(ev.FormattedValues.Select(f => f.Value));
        if (outputs.Count > 0 && outputs[^1].Kind == kind)
        {
            outputs[^1] = outputs[^1] with { Data = new Dictionary<string, string> { ["text/plain"] = outputs[^1].Text + text } };
        }
        else
        {
            outputs.Add(new CellOutput(kind, new Dictionary<string, string> { ["text/plain"] = text }));
        }
    }

    private static JsonObject DataObject(CellOutput o)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in o.Data)
        {
            data[mime] = Lines(value);
        }

        return data;
    }

    /// <summary>nbformat's multi-line string: a list of lines, each keeping its "\n".</summary>
    private static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            int next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }
}
