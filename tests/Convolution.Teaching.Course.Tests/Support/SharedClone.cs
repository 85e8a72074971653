namespace Convolution.Teaching.Course.Tests.Support;

/// One fresh clone shared by the check and grade doors (`course check` on a student's copy, `course grade` on a folder,
/// the attacked class): nothing is built in it until the first of them runs, which builds the libraries as on a user's
/// clone; the others use that build instead of each building the same libraries again in a clone of its own (about
/// a minute each on 2 cores). The fresh-clone tests of the kernel and app doors (FreshCloneTests, SetupFailureTests,
/// LessonAppFreshCloneTests) keep a clone each: what they prove is the first build itself, or a broken machine.
/// A fixture of <see cref="FreshCloneCollection"/>, whose tests run one at a time, so no two use the clone at once.
public sealed class SharedClone : IDisposable
{
    private static readonly Lazy<FreshClone> Shared = new(() => new FreshClone(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// The clone, made on first use.
    internal static FreshClone Clone => Shared.Value;

    /// Deletes the clone when the collection is done (xunit disposes collection fixtures after the collection's last test).
    public void Dispose()
    {
        if (Shared.IsValueCreated)
        {
            Shared.Value.Dispose();
        }
    }
}
