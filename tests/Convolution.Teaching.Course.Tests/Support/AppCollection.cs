namespace Convolution.Teaching.Course.Tests.Support;

/// The tests that run lesson apps: alone (no kernel test beside them on the 2 cores), sharing one run of every app.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppCollection : ICollectionFixture<AppRuns>
{
    public const string Name = "Lesson apps";
}
