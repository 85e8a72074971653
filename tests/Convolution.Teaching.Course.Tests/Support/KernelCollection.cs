namespace Convolution.Teaching.Course.Tests.Support;

/// The tests that start kernels in this repository (its lessons, student copies, fixtures, the course program
/// on them, the browsers on their outputs): one at a time within the collection (xunit runs a collection's tests
/// serially), so per-cell timeouts are not eaten by a second kernel of the same lane. The other process lanes
/// (<see cref="FreshCloneCollection"/>, <see cref="AppCollection"/>) run beside it: run one after another, the three
/// kept about one of the 2 cores busy (user + system time over wall time), since a lane mostly waits on one process.
/// xunit.runner.json's maxParallelThreads (4) gives each of the three lanes a thread, and one to the unit tests beside them.
[CollectionDefinition(Name)]
public sealed class KernelCollection : ICollectionFixture<KernelWarmup>, ICollectionFixture<LessonRuns>
{
    public const string Name = "Real kernel";
}
