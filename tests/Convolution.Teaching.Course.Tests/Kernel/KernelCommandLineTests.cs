using Convolution.Teaching.Course.Kernel;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;

namespace Convolution.Teaching.Course.Tests.Kernel;

public class KernelCommandLineTests
{
    [Fact]
    public void A_submit_code_line_deserializes_to_a_submit_code_with_our_code_token_and_csharp_target()
    {
        const string code = "var s = \"two\nlines\";\nConsole.WriteLine(s);";

        string line = KernelCommandLine.SubmitCode(code, "cell7");

        IKernelCommandEnvelope envelope = KernelCommandEnvelope.Deserialize(line);
        var submit = Assert.IsType<SubmitCode>(envelope.Command);
        Assert.Equal((code, "cell7", "csharp"), (submit.Code, envelope.Token, submit.TargetKernelName));
    }

    [Fact]
    public void A_command_is_one_line_even_when_the_code_has_many()
    {
        string line = KernelCommandLine.SubmitCode("a\r\nb\nc", "cell1");

        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
    }

    [Fact]
    public void The_quit_line_deserializes_to_a_quit_command()
    {
        Assert.IsType<Quit>(KernelCommandEnvelope.Deserialize(KernelCommandLine.Quit()).Command);
    }
}
