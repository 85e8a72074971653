using Spectre.Console.Cli;

namespace Convolution.Teaching.Course.Commands;

/// <summary><c>course prepare</c> takes no options: it prepares everything every lesson needs.</summary>
public sealed class PrepareSettings : CommandSettings
{
}
