using Spectre.Console.Cli;

namespace Convolution.Teaching.Course.Tests.Support;

/// A command that runs nothing and keeps the settings it was given (in the app's data, a list), so a test can
/// see what the parser made of a command line without starting a kernel.
internal sealed class SettingsProbe<TSettings> : Command<TSettings>
    where TSettings : CommandSettings
{
    public override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ((List<TSettings>)context.Data!).Add(settings);
        return 0;
    }

    /// What <typeparamref name="TSettings"/> makes of <paramref name="args"/>.
    public static TSettings Parse(params string[] args)
    {
        var seen = new List<TSettings>();
        var app = new CommandApp<SettingsProbe<TSettings>>().WithData(seen);
        app.Configure(c => c.UseStrictParsing().PropagateExceptions());
        Assert.Equal(0, app.Run(args));
        return Assert.Single(seen);
    }
}
