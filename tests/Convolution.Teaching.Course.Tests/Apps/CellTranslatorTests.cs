using Convolution.Teaching.Course.Apps;

namespace Convolution.Teaching.Course.Tests.Apps;

public class CellTranslatorTests
{
    [Fact]
    public void A_bare_last_expression_is_shown_through_Display_and_the_rest_is_kept_as_written()
    {
        TranslatedCell cell = CellTranslator.Translate("var cat = Load();\n// the picture\nShow.Image(cat, \"a; b\")", isCheck: false, "nb cell 3");

        Assert.Equal("var cat = Load();\n// the picture\nDisplay.Value(Show.Image(cat, \"a; b\"));", cell.Body);
    }

    [Fact]
    public void A_last_statement_with_its_semicolon_is_not_shown_as_a_notebook_does_not_show_it()
    {
        Assert.Equal("Console.WriteLine(1);", CellTranslator.Translate("Console.WriteLine(1);", false, "nb cell 3").Body);
    }

    [Fact]
    public void A_check_cell_runs_its_check_through_Display_Check_so_a_failure_does_not_stop_the_lesson()
    {
        TranslatedCell cell = CellTranslator.Translate("// CHECK: im-conv\nTutor.CheckImConv(ImConv)", isCheck: true, "nb cell 4");

        Assert.Equal("// CHECK: im-conv\nDisplay.Check(() => Tutor.CheckImConv(ImConv));", cell.Body);
    }

    [Fact]
    public void Display_calls_become_the_shim_and_usings_and_types_move_out_of_the_cell()
    {
        TranslatedCell cell = CellTranslator.Translate("using System.Text;\ndisplay(new Sb().Go());\nrecord Sb { public int Go() => 1; }", false, "nb cell 5");

        Assert.Equal("Display.Value(new Sb().Go());", cell.Body);
        Assert.Equal(["using System.Text;"], cell.Usings);
        Assert.Equal(["record Sb { public int Go() => 1; }"], cell.Types);
    }

    [Fact]
    public void Top_level_variables_are_reported_so_a_second_declaration_can_be_named()
    {
        Assert.Equal(["a", "b"], CellTranslator.Translate("int a = 1, b = 2;\nvoid F() { int c = 3; }", false, "nb cell 6").Variables);
    }

    [Theory]
    [InlineData("#r \"nuget: Foo, 1.0\"")]
    [InlineData("#!fsharp\nlet x = 1")]
    public void A_notebook_directive_outside_the_setup_cell_is_refused_with_the_cell_and_the_fix(string source)
    {
        var e = Assert.Throws<FormatException>(() => CellTranslator.Translate(source, false, "05-x.ipynb cell 7"));

        Assert.Contains("05-x.ipynb cell 7", e.Message);
        Assert.Contains("Move package and library references into the setup cell", e.Message);
    }
}
