using System.Reflection;

namespace Convolution.Teaching.Architecture.Tests;

/// Names that say the job: no type is named like the namespace it sits in (a class Exercises in
/// Convolution.Teaching.Exercises read as one more namespace), and none is called Convolution (from a notebook,
/// Convolution.X resolves to the namespace, so such a type could not be reached).
public class NamingTests
{
    public static TheoryData<string> Assemblies() => [.. new[] { Parts.Core, Parts.OpenCv, Parts.Exercises, Parts.Notebooks, Parts.Course }.Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_type_is_named_like_a_segment_of_its_own_namespace_or_Convolution(string assembly)
    {
        Assembly loaded = new[] { Parts.Core, Parts.OpenCv, Parts.Exercises, Parts.Notebooks, Parts.Course }.Single(a => a.GetName().Name == assembly);
        string[] clashes = [.. loaded.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is not null && !t.Name.StartsWith('<'))
            .Where(t => t.Namespace!.Split('.').Contains(t.Name.Split('`')[0]) || t.Name == "Convolution")
            .Select(t => t.FullName!)];

        Assert.True(clashes.Length == 0, "Types named like their namespace: " + string.Join(", ", clashes));
    }
}
