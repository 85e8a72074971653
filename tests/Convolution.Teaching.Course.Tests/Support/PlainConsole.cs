using Spectre.Console;

namespace Convolution.Teaching.Course.Tests.Support;

/// A console with no colour, wide enough that no line folds, that keeps what is written for the test to read.
internal sealed class PlainConsole
{
    private readonly StringWriter written = new();

    public PlainConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(written),
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = 400;
    }

    public IAnsiConsole Console { get; }

    public string Text => written.ToString();
}
