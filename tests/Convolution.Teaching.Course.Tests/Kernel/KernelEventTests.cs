using Convolution.Teaching.Course.Kernel;

namespace Convolution.Teaching.Course.Tests.Kernel;

public class KernelEventTests
{
    [Theory]
    [InlineData("Welcome to .NET Interactive!")]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("""{"some":"other json"}""")]
    public void Lines_that_are_not_event_envelopes_are_skipped(string line)
    {
        Assert.Null(KernelEvent.TryParse(line));
    }

    [Fact]
    public void An_event_envelope_gives_its_type_token_message_and_values()
    {
        const string line = """{"event":{"message":"boom","formattedValues":[{"mimeType":"text/html","value":"<b>x</b>"}],"valueId":"v1"},"eventType":"CommandFailed","command":{"token":"cell3.1","commandType":"SubmitCode"},"routingSlip":[]}""";

        KernelEvent ev = KernelEvent.TryParse(line)!;

        Assert.Equal(("CommandFailed", "cell3.1", "boom", "v1"), (ev.EventType, ev.Token, ev.Message, ev.ValueId));
        Assert.Equal([KeyValuePair.Create("text/html", "<b>x</b>")], ev.FormattedValues);
    }

    [Fact]
    public void An_event_without_a_command_has_no_token()
    {
        KernelEvent ev = KernelEvent.TryParse("""{"event":{"kernelInfos":[]},"eventType":"KernelReady","command":null,"routingSlip":[]}""")!;

        Assert.Equal("KernelReady", ev.EventType);
        Assert.Null(ev.Token);
    }
}
