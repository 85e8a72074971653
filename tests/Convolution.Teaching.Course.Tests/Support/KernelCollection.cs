namespace Convolution.Teaching.Course.Tests.Support;

/// Every test that starts a kernel joins this collection: they run one at a time (xunit runs a collection's
/// tests serially, and DisableParallelization keeps other collections from running beside them), so two
/// kernels never restore into the same NuGet folders at once, and per-cell timeouts are not eaten by contention.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelCollection : ICollectionFixture<KernelWarmup>, ICollectionFixture<LessonRuns>
{
    public const string Name = "Real kernel";
}
