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
        // Consecutive writes to one stream are joined in a builder and become one output when another output comes
        // (linear in the text: appending each write to the text so far was quadratic, 13 minutes for 50 MB).
        var stream = new System.Text.StringBuilder();
        OutputKind? streamKind = null;
        void EndStream()
        {
            if (streamKind is { } kind)
            {
                outputs.Add(new CellOutput(kind, new Dictionary<string, string> { ["text/plain"] = stream.ToString() }));
                stream.Clear();
                streamKind = null;
            }
        }

        foreach (KernelEvent ev in events)
        {
            if (ev is StandardOutputValueProduced or StandardErrorValueProduced)
            {
                OutputKind kind = ev is StandardOutputValueProduced ? OutputKind.StandardOutput : OutputKind.StandardError;
                if (streamKind != kind)
                {
                    EndStream();
                    streamKind = kind;
                }

                foreach (FormattedValue value in ((DisplayEvent)ev).FormattedValues)
                {
                    stream.Append(value.Value);
                }

                continue;
            }

            switch (ev)
            {
                case DisplayedValueProduced display:
                    EndStream();
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
                        EndStream();
                        outputs.Add(new CellOutput(OutputKind.Display, ToData(update), update.ValueId));
                    }

                    break;
                case ReturnValueProduced result:
                    EndStream();
                    outputs.Add(new CellOutput(OutputKind.Result, ToData(result)));
                    break;
                case CommandFailed { Message: { } message }:
                    EndStream();
                    outputs.Add(Error(message));
                    break;
                case ErrorProduced { Message: { } message }:
                    EndStream();
                    outputs.Add(Error(message));
                    break;
            }
        }

        EndStream();
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
