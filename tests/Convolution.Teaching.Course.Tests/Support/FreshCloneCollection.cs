namespace Convolution.Teaching.Course.Tests.Support;

/// The tests that start kernels, apps or the course program in fresh clones (their own folders, their own builds):
/// one at a time within the collection, beside the other process lanes (<see cref="KernelCollection"/>,
/// <see cref="AppCollection"/>). Each clone builds in its own folder, so nothing it writes is shared with another lane;
/// the NuGet cache is shared, so the lane starts after the one warm-up has restored the lessons' packages.
[CollectionDefinition(Name)]
public sealed class FreshCloneCollection : ICollectionFixture<KernelWarmup>, ICollectionFixture<SharedClone>
{
    public const string Name = "Fresh clones";
}
