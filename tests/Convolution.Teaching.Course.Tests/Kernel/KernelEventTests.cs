using Convolution.Teaching.Course.Kernel;
using Microsoft.DotNet.Interactive.Events;

namespace Convolution.Teaching.Course.Tests.Kernel;

public class KernelEventTests
{
    [Theory]
    [InlineData("Welcome to .NET Interactive!")]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("""{"some":"other json"}""")]
    [InlineData("""{"event":{},"eventType":"SomethingNewerThanThePackage","command":null}""")]
    public void Lines_that_are_not_event_envelopes_are_skipped(string line)
    {
        Assert.Null(KernelEventLine.TryParse(line));
    }

    [Fact]
    public void A_failure_envelope_gives_its_type_token_and_message()
    {
        const string line = """{"event":{"message":"boom"},"eventType":"CommandFailed","command":{"token":"cell3.1","commandType":"SubmitCode","command":{"code":"x"}},"routingSlip":[]}""";

        var ev = Assert.IsType<CommandFailed>(KernelEventLine.TryParse(line));

        Assert.Equal(("cell3.1", "boom"), (KernelEventLine.TokenOf(ev), ev.Message));
    }

    [Fact]
    public void A_display_envelope_gives_its_value_id_and_formatted_values_in_order()
    {
        const string line = """{"event":{"formattedValues":[{"mimeType":"text/html","value":"<b>x</b>"},{"mimeType":"text/plain","value":"x"}],"valueId":"v1"},"eventType":"DisplayedValueProduced","command":{"token":"cell3","commandType":"SubmitCode","command":{"code":"x"}},"routingSlip":[]}""";

        var ev = Assert.IsType<DisplayedValueProduced>(KernelEventLine.TryParse(line));

        Assert.Equal(("cell3", "v1"), (KernelEventLine.TokenOf(ev), ev.ValueId));
        Assert.Equal([("text/html", "<b>x</b>"), ("text/plain", "x")], ev.FormattedValues.Select(f => (f.MimeType, f.Value)));
    }

    [Fact]
    public void An_event_without_a_command_has_no_token()
    {
        KernelEvent ev = KernelEventLine.TryParse("""{"event":{"kernelInfos":[]},"eventType":"KernelReady","command":null,"routingSlip":[]}""")!;

        Assert.IsType<KernelReady>(ev);
        Assert.Null(KernelEventLine.TokenOf(ev));
    }
}
