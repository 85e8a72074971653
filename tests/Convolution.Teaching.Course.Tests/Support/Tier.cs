namespace Convolution.Teaching.Course.Tests.Support;

/// The test tiers, as an xunit trait: <c>[Trait(Tier.Name, Tier.EndToEnd)]</c> marks a test class that starts real
/// processes (a kernel, Jupyter, a lesson app, the course program, a fresh clone's build, Chromium). The inner loop's
/// fast command (<c>bash scripts/test.sh --fast</c>) runs everything else: <c>--filter "Tier!=EndToEnd"</c>.
public static class Tier
{
    /// The trait's name.
    public const string Name = "Tier";

    /// The tier of the tests that start processes; the test command (CI) runs them, the fast command does not.
    public const string EndToEnd = "EndToEnd";
}
