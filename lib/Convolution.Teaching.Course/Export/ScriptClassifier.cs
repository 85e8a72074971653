using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Classification;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// The CSS class of every character of a notebook cell, from Roslyn's classifier. Cells are C# script
/// (<c>#r</c>, <c>#load</c>, top-level statements), so they are parsed as <see cref="SourceCodeKind.Script"/>.
/// </summary>
internal static class ScriptClassifier
{
    // The classes site.css colours (Export/assets/site.css, .tok-*), beside the one place that hands them out:
    // a new colour is a new line here, in the switch below and in the stylesheet.
    private const string Comment = "tok-com";
    private const string StringLiteral = "tok-str"; // string and character literals alike
    private const string Keyword = "tok-kw";
    private const string Number = "tok-num";
    private const string Directive = "tok-dir"; // whole lines: #r, #load, #!csharp

    private static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    // Without references nothing binds to a library type, and nothing needs to: the colours used are keywords,
    // literals and comments. The semantic pass still tells `var` the keyword from a type named var.
    private static readonly CSharpCompilation NoReferences = CSharpCompilation.CreateScriptCompilation("cell");

    // The classifier only reads the workspace's language services; one serves the whole export.
    private static readonly Lazy<AdhocWorkspace> Workspace = new(() => new AdhocWorkspace());

    /// <summary>One entry per character of <paramref name="code"/>: its tok-… class, or null for plain text.</summary>
    public static string?[] CssClasses(string code)
    {
        var classes = new string?[code.Length];
        if (code.Length == 0)
        {
            return classes;
        }

        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, Script);
        SemanticModel model = NoReferences.AddSyntaxTrees(tree).GetSemanticModel(tree);
#pragma warning disable CS0618 // The Document overload would build a solution snapshot and a compilation per cell: several times slower for the same spans.
        IEnumerable<ClassifiedSpan> spans = Classifier.GetClassifiedSpans(model, new TextSpan(0, code.Length), Workspace.Value);
#pragma warning restore CS0618
        foreach (ClassifiedSpan span in spans)
        {
            // Additive classifications (static symbol, escape character inside a string) map to null and leave
            // the class of the span they refine as it is.
            if (CssClass(span.ClassificationType) is string css)
            {
                Array.Fill(classes, css, span.TextSpan.Start, span.TextSpan.Length);
            }
        }

        foreach (SyntaxTrivia directive in tree.GetRoot().DescendantTrivia().Where(t => t.IsDirective))
        {
            // The whole directive line is one colour, as in the editors: #r "nuget: X, 1.0", #!csharp, #i "…".
            TextSpan line = directive.Span;
            int length = code.AsSpan(line.Start, line.Length).TrimEnd().Length;
            Array.Fill(classes, Directive, line.Start, length);
        }

        return classes;
    }

    private static string? CssClass(string classification) => classification switch
    {
        ClassificationTypeNames.Comment => Comment,
        _ when classification.StartsWith("xml doc comment", StringComparison.Ordinal) => Comment,
        ClassificationTypeNames.StringLiteral or ClassificationTypeNames.VerbatimStringLiteral => StringLiteral,
        ClassificationTypeNames.Keyword or ClassificationTypeNames.ControlKeyword => Keyword,
        ClassificationTypeNames.NumericLiteral => Number,
        _ => null,
    };
}
