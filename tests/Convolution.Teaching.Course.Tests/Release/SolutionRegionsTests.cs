using Convolution.Teaching.Course.Release;

namespace Convolution.Teaching.Course.Tests.Release;

public class SolutionRegionsTests
{
    [Fact]
    public void Region_without_stub_becomes_a_throw_that_names_the_exercise_at_the_same_indentation()
    {
        string source = "for (int i = 0; i < 3; i++)\n{\n    // BEGIN SOLUTION ImConv\n    sum += i;\n    // END SOLUTION\n}";

        string student = SolutionRegions.ToStudent(source, "nb cell 1");

        Assert.Equal(
            "for (int i = 0; i < 3; i++)\n{\n    throw new NotImplementedException(\"ImConv is not written yet: replace this line with your code, then run the check cell below.\");\n}",
            student);
    }

    [Fact]
    public void Stub_lines_replace_the_region_and_are_not_part_of_the_solution()
    {
        string source = "// BEGIN SOLUTION option\n// STUB: int option = 0;\nint option = 2;\n// END SOLUTION\nConsole.WriteLine(option);";

        Assert.Equal("int option = 0;\nConsole.WriteLine(option);", SolutionRegions.ToStudent(source, "nb cell 1"));
    }

    [Fact]
    public void The_solution_reading_keeps_the_solution_and_drops_every_marker_and_stub_line()
    {
        string source = "x();\n    // BEGIN SOLUTION option\n    // STUB: int option = 0;\n    int option = 2;\n    // END SOLUTION\nConsole.WriteLine(option);";

        Assert.Equal("x();\n    int option = 2;\nConsole.WriteLine(option);", SolutionRegions.ToSolution(source, "nb cell 1"));
    }

    [Fact]
    public void Text_outside_regions_is_kept_exactly_including_blank_lines()
    {
        string source = "\nvar a = 1;\n\n// BEGIN SOLUTION x\na++;\n// END SOLUTION\n\n";

        Assert.Equal("\nvar a = 1;\n\nthrow new NotImplementedException(\"x is not written yet: replace this line with your code, then run the check cell below.\");\n\n",
            SolutionRegions.ToStudent(source, "nb cell 1"));
    }

    [Theory]
    [InlineData("// BEGIN SOLUTION a\nx();", "not closed")]
    [InlineData("x();\n// END SOLUTION", "without a // BEGIN SOLUTION")]
    [InlineData("// BEGIN SOLUTION a\n// BEGIN SOLUTION b\n// END SOLUTION", "inside another solution region")]
    public void Malformed_regions_are_refused_with_a_message_naming_the_cell(string source, string problem)
    {
        var e = Assert.Throws<FormatException>(() => SolutionRegions.ToStudent(source, "04-task.ipynb cell 9"));

        Assert.Contains("04-task.ipynb cell 9", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Has_region_sees_a_region_on_any_line()
    {
        Assert.True(SolutionRegions.HasRegion("var a = 1;\n    // BEGIN SOLUTION a\n// END SOLUTION"));
        Assert.False(SolutionRegions.HasRegion("var a = 1; // no region here"));
    }
}
