namespace Convolution.Teaching.Tests;

/// <summary>What a student sees: the feedback text, never a stack trace.</summary>
public class CheckResultTests
{
    [Fact]
    public void AResultReadsAsHeadlineSummaryAndDetails()
    {
        var result = new CheckResult("ImConv", passed: true, "All right.", ["  ✓ case 1"]);

        Assert.Equal("PASSED: ImConv\nAll right.\n  ✓ case 1", result.ToString());
    }

    [Fact]
    public void TheExceptionOfAFailedCheckIsOnlyItsFeedbackEvenAfterBeingThrown()
    {
        var e = Assert.Throws<ExerciseNotPassedException>(() => Exercises.CheckSubimageOption(3));

        Assert.StartsWith("NOT YET: Subimage poll\nOption 3 is not right.", e.Message, StringComparison.Ordinal);
        Assert.Equal(e.Message, e.ToString());
        Assert.Equal(string.Empty, e.StackTrace);
        Assert.False(e.Result.Passed);
        Assert.Equal("Subimage poll", e.Result.ExerciseName);
    }

    [Fact]
    public void TheNotebookFormattersWriteTheFeedbackAsTextAndHtml()
    {
        // .NET Interactive finds these by the attribute's name; here they are called the way it calls them.
        var result = new CheckResult("ImConv", passed: false, "Not <yet>.", ["  detail"]);
        var source = new CheckResultFormatterSource();
        var formatters = source.CreateTypeFormatters().Cast<CheckResultFormatter>().ToDictionary(f => f.MimeType);
        var html = new StringWriter();
        var text = new StringWriter();

        bool wroteHtml = formatters["text/html"].Format(result, html);
        bool wroteText = formatters["text/plain"].Format(result, text);

        Assert.True(wroteHtml && wroteText);
        Assert.Contains("Not &lt;yet&gt;.", html.ToString(), StringComparison.Ordinal);
        Assert.Equal(result.ToString(), text.ToString());
        Assert.False(formatters["text/html"].Format("another object", html));
    }
}
