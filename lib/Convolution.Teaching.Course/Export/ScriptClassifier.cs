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
    // One workspace and project for the whole export: each cell becomes a document of a new, immutable
    // solution snapshot, so nothing is applied to the workspace and calls do not disturb one another.
    private static readonly Lazy<Project> Project = new(CreateProject);

    /// <summary>One entry per character of <paramref name="code"/>: its tok-… class, or null for plain text.</summary>
    public static string?[] CssClasses(string code)
    {
        var classes = new string?[code.Length];
        if (code.Length == 0)
        {
            return classes;
        }

        DocumentId id = DocumentId.CreateNewId(Project.Value.Id);
        var text = SourceText.From(code);
        Document document = Project.Value.Solution
            .AddDocument(DocumentInfo.Create(id, "cell.csx", sourceCodeKind: SourceCodeKind.Script, loader: TextLoader.From(TextAndVersion.Create(text, VersionStamp.Default))))
            .GetDocument(id)!;

        // No sync context in the course command; the classifier's async API is the non-obsolete one.
        IEnumerable<ClassifiedSpan> spans = Classifier.GetClassifiedSpansAsync(document, new TextSpan(0, code.Length)).GetAwaiter().GetResult();
        foreach (ClassifiedSpan span in spans)
        {
            // Additive classifications (static symbol, escape character inside a string) map to null and leave
            // the class of the span they refine as it is.
            if (CssClass(span.ClassificationType) is string css)
            {
                Array.Fill(classes, css, span.TextSpan.Start, span.TextSpan.Length);
            }
        }

        SyntaxNode root = document.GetSyntaxRootAsync().GetAwaiter().GetResult()!;
        foreach (SyntaxTrivia directive in root.DescendantTrivia().Where(t => t.IsDirective))
        {
            // The whole directive line is one colour, as in the editors: #r "nuget: X, 1.0", #!csharp, #i "…".
            TextSpan line = directive.Span;
            int length = code.AsSpan(line.Start, line.Length).TrimEnd().Length;
            Array.Fill(classes, CSharpHighlighter.Directive, line.Start, length);
        }

        return classes;
    }

    private static string? CssClass(string classification) => classification switch
    {
        ClassificationTypeNames.Comment => CSharpHighlighter.Comment,
        _ when classification.StartsWith("xml doc comment", StringComparison.Ordinal) => CSharpHighlighter.Comment,
        ClassificationTypeNames.StringLiteral or ClassificationTypeNames.VerbatimStringLiteral => CSharpHighlighter.String,
        ClassificationTypeNames.Keyword or ClassificationTypeNames.ControlKeyword => CSharpHighlighter.Keyword,
        ClassificationTypeNames.NumericLiteral => CSharpHighlighter.Number,
        _ => null,
    };

    private static Project CreateProject()
    {
        var workspace = new AdhocWorkspace();
        var options = new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script);
        ProjectInfo info = ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "cells", "cells", LanguageNames.CSharp, parseOptions: options);
        return workspace.AddProject(info);
    }
}
