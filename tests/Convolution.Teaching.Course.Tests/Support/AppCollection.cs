namespace Convolution.Teaching.Course.Tests.Support;

/// The tests that run the repository's lesson apps, sharing one run of every app, beside the other process lanes
/// (<see cref="KernelCollection"/>, <see cref="FreshCloneCollection"/>). The apps build the libraries' Debug output,
/// which the test command has built (the kernels use Release), and restore the lessons' packages, so the lane
/// starts after the one warm-up. The apps took about 6 minutes of a 16-minute run and the lane then stood idle while
/// the other two ran 15 and 16 minutes, so it also takes work that needs no other lane's state: Run All in real Jupyter
/// (JupyterRunAllTests, the student copies in this repository, about 3.5 minutes) and the broken-machine first cells
/// (SetupFailureTests, a fresh clone each, mostly waiting on an unreachable NuGet source).
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<KernelWarmup>, ICollectionFixture<AppRuns>
{
    public const string Name = "Lesson apps";
}
