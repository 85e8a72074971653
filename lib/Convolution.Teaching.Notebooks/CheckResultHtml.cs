using Convolution.Teaching.Notebooks.Pages;
using System.Net;
using System.Text;
using Convolution.Teaching.Exercises;

namespace Convolution.Teaching.Notebooks;

/// <summary>How an exercise check's result looks in a notebook: a coloured bar, the headline, the summary and the details.</summary>
public static class CheckResultHtml
{
    /// <summary>The class of the result's element.</summary>
    public const string CssClass = "check-result";

    /// <summary>The attribute that names the exercise.</summary>
    public const string ExerciseAttribute = "data-check-exercise";

    /// <summary>The attribute that says whether it passed: <c>true</c> or <c>false</c>.</summary>
    public const string PassedAttribute = "data-check-passed";

    /// <summary>The result as HTML (its text, escaped; green when passed, orange when not yet).</summary>
    /// <param name="result">The checker's result.</param>
    public static string Render(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string colour = result.Passed ? "#1a7f37" : "#b35900";
        var html = new StringBuilder();
        html.Append($"<div class=\"{CssClass}\" {ExerciseAttribute}=\"{HtmlText.Escape(result.ExerciseName)}\" {PassedAttribute}=\"{(result.Passed ? "true" : "false")}\" ");
        html.Append($"style=\"border-left:4px solid {colour};padding-left:0.6em\">");
        html.Append($"<b style=\"color:{colour}\">{(result.Passed ? "PASSED" : "NOT YET")}: {HtmlText.Escape(result.ExerciseName)}</b><br/>");
        html.Append($"<span>{HtmlText.Escape(result.Summary)}</span>");
        if (result.Details.Count > 0)
        {
            html.Append("<pre style=\"margin:0.3em 0 0 0;white-space:pre-wrap\">");
            html.Append(HtmlText.Escape(string.Join('\n', result.Details)));
            html.Append("</pre>");
        }

        return html.Append("</div>").ToString();
    }
}
