using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Convolution.Teaching.Architecture.Tests;

/// The course tool's folders form layers without cycles: Commands (the command line) on top; Export on Release
/// (the site shows each exercise's starting code exactly as the release writes it, from the release's own code);
/// Grading on Running and Release; Running on Kernel and Notebooks; Kernel and Notebooks at the bottom.
public class CourseFoldersTests
{
    private const string Course = "Convolution.Teaching.Course.";

    public static TheoryData<string, string> Forbidden() => new()
    {
        { "Export", "Commands" }, { "Export", "Grading" },
        { "Grading", "Commands" }, { "Grading", "Export" }, { "Running", "Grading" }, { "Release", "Grading" },
        { "Release", "Commands" }, { "Release", "Export" }, { "Release", "Running" },
        { "Running", "Commands" }, { "Running", "Export" }, { "Running", "Release" },
        { "Kernel", "Commands" }, { "Kernel", "Export" }, { "Kernel", "Release" }, { "Kernel", "Running" }, { "Kernel", "Notebooks" },
        { "Notebooks", "Commands" }, { "Notebooks", "Export" }, { "Notebooks", "Release" }, { "Notebooks", "Running" }, { "Notebooks", "Kernel" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_course_folder_does_not_use_a_folder_above_or_beside_it(string folder, string forbidden)
    {
        IArchRule rule = Types().That().ResideInNamespace(Course + folder)
            .Should().NotDependOnAnyTypesThat().ResideInNamespace(Course + forbidden)
            .Because($"{folder} sits below or beside {forbidden} in the course tool (no cycles between folders)");

        rule.Check(Parts.All);
    }

    [Fact]
    public void The_folder_rules_see_the_real_dependencies()
    {
        // Commands uses Export (the export command runs the exporter): if the loader missed it, the rules above would pass unread.
        Types().That().Are(typeof(Course.Commands.ExportCommand)).Should().DependOnAnyTypesThat().ResideInNamespace(Course + "Export").Check(Parts.All);
    }
}
