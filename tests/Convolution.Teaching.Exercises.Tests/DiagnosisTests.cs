namespace Convolution.Teaching.Exercises.Tests;

/// A diagnosis is data: its words and its exact fix lines never share a string, however it is put together.
public class DiagnosisTests
{
    [Fact]
    public void Words_and_a_fix_line_make_a_diagnosis_whose_text_holds_no_fix_line()
    {
        Diagnosis d = "Look at the index you read the kernel with." + new FixLine("sum += im[r + i, c + j] * kernel[i, j];");

        Assert.Equal("Look at the index you read the kernel with.", d.Text);
        Assert.Equal(["sum += im[r + i, c + j] * kernel[i, j];"], d.FixLines);
    }

    [Fact]
    public void Joined_and_wrapped_diagnoses_keep_every_fix_line_once_in_the_order_their_words_come()
    {
        Diagnosis a = "first." + new FixLine("line A");
        Diagnosis b = "second." + new FixLine("line B");
        Diagnosis c = "third." + new FixLine("line A");

        Diagnosis d = "On the case, " + Diagnosis.Join(" Or: ", [a, b, c]) + " (evidence.)";

        Assert.Equal("On the case, first. Or: second. Or: third. (evidence.)", d.Text);
        Assert.Equal(["line A", "line B"], d.FixLines);
    }

    [Fact]
    public void Words_alone_are_a_diagnosis_without_fix_lines()
    {
        Diagnosis d = "ImConv is not done yet.";

        Assert.Empty(d.FixLines);
        Assert.Equal(d, (Diagnosis)"ImConv is not done yet.");
    }

    [Fact]
    public void No_known_mistakes_words_hold_a_marker_character_or_their_own_fix_line()
    {
        Assert.All(ImConvMistakes.All, m =>
        {
            Assert.DoesNotContain('\u27E6', m.Diagnosis.Text);
            Assert.DoesNotContain('\u27E7', m.Diagnosis.Text);
            Assert.NotEmpty(m.Diagnosis.FixLines);
            Assert.All(m.Diagnosis.FixLines, line => Assert.DoesNotContain(line, m.Diagnosis.Text, StringComparison.Ordinal));
        });
    }
}
