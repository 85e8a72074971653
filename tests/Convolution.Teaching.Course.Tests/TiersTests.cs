using System.Reflection;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests;

/// Keeps the fast tier honest: a test class that starts processes (it joins a process collection (kernel, fresh clones, apps), which
/// exist to run such tests one at a time, or takes one of their fixtures) carries the EndToEnd trait, so
/// `--filter "Tier!=EndToEnd"` never starts a kernel; and a class with the trait starts processes, so the fast tier loses nothing.
public class TiersTests
{
    /// The fixtures that start processes: a kernel build and restore, each lesson's run, each app's run, a browser, a graded class.
    private static readonly Type[] ProcessFixtures = [typeof(KernelWarmup), typeof(LessonRuns), typeof(AppRuns), typeof(Export.ChromiumBrowser), typeof(Grading.AttackedClass)];

    private static readonly string[] ProcessCollections = [KernelCollection.Name, FreshCloneCollection.Name, AppCollection.Name];

    public static TheoryData<string> TestClasses()
    {
        var data = new TheoryData<string>();
        foreach (Type type in typeof(TiersTests).Assembly.GetTypes().Where(IsTestClass).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestClasses))]
    public void A_test_class_carries_the_EndToEnd_trait_exactly_when_it_starts_processes(string name)
    {
        Type type = typeof(TiersTests).Assembly.GetType(name)!;

        Assert.True(StartsProcesses(type) == IsEndToEnd(type),
            StartsProcesses(type)
                ? $"{name} joins a process collection or takes a process fixture: give it [Trait(Tier.Name, Tier.EndToEnd)] so the fast tier leaves it out."
                : $"{name} carries the EndToEnd trait but starts no process: remove the trait so the fast tier runs it.");
    }

    [Fact]
    public void The_end_to_end_tier_is_not_empty_and_neither_is_the_fast_tier()
    {
        Type[] classes = [.. typeof(TiersTests).Assembly.GetTypes().Where(IsTestClass)];

        Assert.Contains(classes, IsEndToEnd);
        Assert.Contains(classes, t => !IsEndToEnd(t));
    }

    private static bool IsTestClass(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any());

    private static bool StartsProcesses(Type type) =>
        Arguments(type, typeof(CollectionAttribute)).Any(a => ProcessCollections.Contains(a[0]))
        || type.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => ProcessFixtures.Contains(p.ParameterType));

    private static bool IsEndToEnd(Type type) =>
        Arguments(type, typeof(TraitAttribute)).Any(a => a is [Tier.Name, Tier.EndToEnd]);

    // xunit's CollectionAttribute and TraitAttribute keep their values only as constructor arguments.
    private static IEnumerable<string?[]> Arguments(Type type, Type attribute) =>
        type.CustomAttributes.Where(a => a.AttributeType == attribute)
            .Select(a => a.ConstructorArguments.Select(c => c.Value as string).ToArray());
}
