using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Convolution.Teaching.Notebooks;

namespace Convolution.Teaching.Course.Running;

/// <summary>
/// What an exercise check cell's output says: the exercise, whether it passed, and the checker's feedback as
/// text. Read from the CheckResult's HTML attributes (written by <see cref="CheckResultHtml"/>), never from a
/// cell error: a check never throws, so Run All goes on past an unfinished exercise.
/// </summary>
/// <param name="Exercise">The exercise the result names.</param>
/// <param name="Passed">Whether the answer passed.</param>
/// <param name="Feedback">The checker's words (the result's plain text, or its element's text).</param>
public sealed record CheckVerdict(string Exercise, bool Passed, string Feedback)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The last check result among a cell's outputs, or null when the cell showed none.</summary>
    /// <param name="outputs">The cell's outputs.</param>
    public static CheckVerdict? From(IReadOnlyList<CellOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        foreach (CellOutput output in outputs.Reverse())
        {
            if (output.Html is not { } html || !html.Contains(CheckResultHtml.PassedAttribute, StringComparison.Ordinal))
            {
                continue;
            }

            IElement? element = Parser.ParseDocument(html).QuerySelector($"[{CheckResultHtml.PassedAttribute}]");
            if (element is null)
            {
                continue;
            }

            string feedback = output.Text is { Length: > 0 } text ? text : element.TextContent;
            return new CheckVerdict(
                element.GetAttribute(CheckResultHtml.ExerciseAttribute) ?? "",
                element.GetAttribute(CheckResultHtml.PassedAttribute) == "true",
                feedback.Trim());
        }

        return null;
    }
}
