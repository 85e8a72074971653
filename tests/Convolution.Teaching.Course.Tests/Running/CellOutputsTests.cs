using System.Text.Json.Nodes;
using Convolution.Teaching.Course.Running;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Convolution.Teaching.Course.Tests.Running;

public class CellOutputsTests
{
    private static readonly SubmitCode Cell = new("cell source");

    /// <summary>An event of the protocol's type <paramref name="type"/>, as the kernel would send it for a cell.</summary>
    private static KernelEvent Event(string type, string? mime = null, string? value = null, string? valueId = null, string? message = null)
    {
        FormattedValue[] values = mime is null ? [] : [new FormattedValue(mime, value)];
        return type switch
        {
            "DisplayedValueProduced" => new DisplayedValueProduced(value: null, Cell, values, valueId),
            "DisplayedValueUpdated" => new DisplayedValueUpdated(value: null, valueId: valueId, command: Cell, formattedValues: values),
            "ReturnValueProduced" => new ReturnValueProduced(value: null, Cell, values),
            "StandardOutputValueProduced" => new StandardOutputValueProduced(Cell, values),
            "StandardErrorValueProduced" => new StandardErrorValueProduced(Cell, values),
            "CommandFailed" => new CommandFailed(message, Cell),
            "DiagnosticsProduced" => new DiagnosticsProduced([], [], Cell),
            _ => throw new ArgumentException($"No test event for {type}.", nameof(type)),
        };
    }

    [Fact]
    public void A_display_update_replaces_the_display_with_the_same_value_id()
    {
        var outputs = CellOutputs.FromEvents(
        [
            Event("DisplayedValueProduced", "text/html", "Installing...", "v1"),
            Event("DisplayedValueProduced", "text/html", "<img alt=\"x\"/>", "v2"),
            Event("DisplayedValueUpdated", "text/html", "Installed Plotly.NET, 6.0.0", "v1"),
        ]);

        Assert.Equal(["Installed Plotly.NET, 6.0.0", "<img alt=\"x\"/>"], outputs.Select(o => o.Html));
    }

    [Fact]
    public void Consecutive_writes_to_one_stream_merge_and_other_streams_stay_apart()
    {
        var outputs = CellOutputs.FromEvents(
        [
            Event("StandardOutputValueProduced", "text/plain", "a\n"),
            Event("StandardOutputValueProduced", "text/plain", "b\n"),
            Event("StandardErrorValueProduced", "text/plain", "oops\n"),
            Event("ReturnValueProduced", "text/plain", "42"),
            Event("CommandFailed", message: "System.Exception: boom"),
            Event("DiagnosticsProduced"),
        ]);

        Assert.Equal([OutputKind.StandardOutput, OutputKind.StandardError, OutputKind.Result, OutputKind.Error], outputs.Select(o => o.Kind));
        Assert.Equal(["a\nb\n", "oops\n", "42", "System.Exception: boom"], outputs.Select(o => o.Text));
    }

    [Fact]
    public void A_display_that_ends_empty_is_dropped()
    {
        var outputs = CellOutputs.FromEvents(
        [
            Event("DisplayedValueProduced", "text/html", "Installing...", "v1"),
            Event("DisplayedValueUpdated", "text/html", "", "v1"),
        ]);

        Assert.Empty(outputs);
    }

    [Fact]
    public void Nbformat_outputs_have_the_standard_shapes_with_text_split_into_lines()
    {
        var outputs = new[]
        {
            new CellOutput(OutputKind.StandardOutput, new Dictionary<string, string> { ["text/plain"] = "a\nb" }),
            new CellOutput(OutputKind.Display, new Dictionary<string, string> { ["text/html"] = "<b>x</b>" }),
            new CellOutput(OutputKind.Result, new Dictionary<string, string> { ["text/plain"] = "42" }),
            new CellOutput(OutputKind.Error, new Dictionary<string, string> { ["text/plain"] = "boom" }),
        };

        JsonArray json = CellOutputs.ToNbformat(outputs, executionCount: 7);

        Assert.Equal("""{"name":"stdout","output_type":"stream","text":["a\n","b"]}""", json[0]!.ToJsonString());
        Assert.Equal("""{"data":{"text/html":["\u003Cb\u003Ex\u003C/b\u003E"]},"metadata":{},"output_type":"display_data"}""", json[1]!.ToJsonString());
        Assert.Equal("""{"data":{"text/plain":["42"]},"execution_count":7,"metadata":{},"output_type":"execute_result"}""", json[2]!.ToJsonString());
        Assert.Equal("""{"ename":"Error","evalue":"boom","output_type":"error","traceback":[]}""", json[3]!.ToJsonString());
    }
}
