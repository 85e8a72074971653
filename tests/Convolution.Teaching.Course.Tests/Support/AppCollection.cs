namespace Convolution.Teaching.Course.Tests.Support;

/// The tests that run the repository's lesson apps, sharing one run of every app, beside the other process lanes
/// (<see cref="KernelCollection"/>, <see cref="FreshCloneCollection"/>). The apps build the libraries' Debug output,
/// which the test command has built (the kernels use Release), and restore the lessons' packages, so the lane
/// starts after the one warm-up.
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<KernelWarmup>, ICollectionFixture<AppRuns>
{
    public const string Name = "Lesson apps";
}
