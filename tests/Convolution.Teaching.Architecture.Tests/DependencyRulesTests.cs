using System.Reflection;
using System.Xml.Linq;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Convolution.Teaching.Architecture.Tests;

/// Which part may depend on which (the table in docs/architecture.md). A rule broken here is a design
/// decision to discuss, not a test to loosen.
public class DependencyRulesTests
{
    public static TheoryData<string, string> ForbiddenOwnDependencies() => new()
    {
        // The core is the bottom: it knows none of the parts built on it.
        { "Core", "OpenCv" }, { "Core", "Exercises" }, { "Core", "Notebooks" }, { "Core", "Course" },
        // The bridge and the checkers sit side by side on the core.
        { "OpenCv", "Exercises" }, { "OpenCv", "Notebooks" }, { "OpenCv", "Course" },
        { "Exercises", "OpenCv" }, { "Exercises", "Notebooks" }, { "Exercises", "Course" },
        // Display never loads OpenCV (lessons without it must not need its native library) nor the tool.
        { "Notebooks", "OpenCv" }, { "Notebooks", "Course" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenOwnDependencies))]
    public void A_part_does_not_use_the_types_of_a_part_it_may_not_reference(string part, string forbidden)
    {
        IArchRule rule = Types().That().ResideInAssembly(Assembly(part))
            .Should().NotDependOnAnyTypesThat().ResideInAssembly(Assembly(forbidden))
            .Because($"{part} may not reference {forbidden} (docs/architecture.md)");

        rule.Check(Parts.All);
    }

    [Fact]
    public void The_rules_see_real_dependencies_between_parts_so_they_cannot_pass_vacuously()
    {
        // The display library shows exercise feedback and arrays: if the loader missed those, every rule above would pass unread.
        Types().That().Are(typeof(Notebooks.CheckResultHtml)).Should().DependOnAnyTypesThat().ResideInAssembly(Parts.Exercises).Check(Parts.All);
        Types().That().Are(typeof(Exercises.LessonImage)).Should().DependOnAnyTypesThat().ResideInAssembly(Parts.Core).Check(Parts.All);
        Assert.Contains(Parts.OpenCv.GetReferencedAssemblies(), r => r.Name == "OpenCvSharp");
    }

    public static TheoryData<string, string> ForbiddenPackages() => new()
    {
        { "Core", "OpenCvSharp" }, { "Core", "Plotly.NET" }, { "Core", "Microsoft.Data.Analysis" },
        { "Core", "Microsoft.DotNet.Interactive" }, { "Core", "Spectre.Console" }, { "Core", "FSharp.Core" },
        { "Exercises", "OpenCvSharp" }, { "Exercises", "Plotly.NET" }, { "Exercises", "Microsoft.DotNet.Interactive" }, { "Exercises", "Spectre.Console" },
        { "OpenCv", "Plotly.NET" }, { "OpenCv", "Microsoft.DotNet.Interactive" }, { "OpenCv", "Spectre.Console" },
        { "Notebooks", "OpenCvSharp" }, { "Notebooks", "Spectre.Console" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenPackages))]
    public void A_part_neither_references_nor_loads_a_package_it_may_not_use(string part, string package)
    {
        Assembly assembly = Assembly(part);
        AssemblyName[] referenced = assembly.GetReferencedAssemblies();
        Assert.DoesNotContain(referenced, r => r.Name is { } n && (n == package || n.StartsWith(package + ".", StringComparison.Ordinal)));

        // The compiler drops a reference nobody calls; the project file is where a package would still be restored.
        string project = Path.Combine(Parts.RepoRoot, "lib", assembly.GetName().Name!, assembly.GetName().Name + ".csproj");
        IEnumerable<string> packages = XDocument.Load(project).Descendants("PackageReference").Select(e => (string?)e.Attribute("Include") ?? "");
        Assert.DoesNotContain(packages, p => p == package || p.StartsWith(package + ".", StringComparison.Ordinal) || p.StartsWith(package + "4", StringComparison.Ordinal));
    }

    [Fact]
    public void The_core_project_references_only_the_image_file_packages()
    {
        string project = Path.Combine(Parts.RepoRoot, "lib", "Convolution.Teaching", "Convolution.Teaching.csproj");
        var document = XDocument.Load(project);

        Assert.Equal(["StbImageSharp", "StbImageWriteSharp"], document.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include")).Order());
        Assert.Empty(document.Descendants("ProjectReference"));
    }

    [Fact]
    public void No_exercise_checker_lives_in_the_core()
    {
        Assert.False(Directory.Exists(Path.Combine(Parts.RepoRoot, "lib", "Convolution.Teaching", "Exercises")));
        Assert.DoesNotContain(Parts.Core.GetTypes(), t => t.Name.Contains("Exercise", StringComparison.Ordinal) || t.Name.StartsWith("Check", StringComparison.Ordinal));
    }

    private static Assembly Assembly(string part) => part switch
    {
        "Core" => Parts.Core,
        "OpenCv" => Parts.OpenCv,
        "Exercises" => Parts.Exercises,
        "Notebooks" => Parts.Notebooks,
        "Course" => Parts.Course,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "not a part"),
    };
}
