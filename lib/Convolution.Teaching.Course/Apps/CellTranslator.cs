using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Convolution.Teaching.Course.Apps;

/// <summary>
/// Turns a notebook code cell into the text of a file-based app, changing only what a .cs file cannot say: the cell's bare
/// last expression (the value a notebook shows) becomes <c>Display.Value(...);</c>, or <c>Display.Check(() =&gt; ...);</c>
/// in a <c>// CHECK:</c> cell; <c>display(x)</c> becomes <c>Display.Value(x)</c>; usings and type declarations are handed
/// back to be moved where C# wants them. The cell is read as the kernel reads it, as C# script, by the compiler's parser.
/// </summary>
public static partial class CellTranslator
{
    private static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>Translates one cell.</summary>
    /// <param name="source">The cell's source.</param>
    /// <param name="isCheck">True for an exercise check cell (first line <c>// CHECK: name</c>).</param>
    /// <param name="where">Names the notebook and cell in error messages.</param>
    /// <exception cref="FormatException">The cell uses a notebook-only directive (<c>#r</c>, <c>#load</c>, <c>#!</c> magic), which no .cs file can hold.</exception>
    public static TranslatedCell Translate(string source, bool isCheck, string where)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Magic().Match(source) is { Success: true } magic)
        {
            throw new FormatException(
                $"{where}: \"{magic.Value.Trim()}\" is a notebook directive, which a file-based app cannot run. Move package and library references into the setup cell (its #r lines), and leave other magic commands out of lessons.");
        }

        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(source, Script).GetRoot();
        var edits = new List<(TextSpan Span, string Text)>();
        var usings = root.Usings.Select(u => u.ToString().Trim()).ToList();
        edits.AddRange(root.Usings.Select(u => (u.FullSpan, "")));
        var types = new List<string>();
        foreach (MemberDeclarationSyntax member in root.Members.Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax))
        {
            types.Add(member.ToFullString().Trim('\n', '\r'));
            edits.Add((member.FullSpan, ""));
        }

        foreach (InvocationExpressionSyntax call in root.DescendantNodes().OfType<InvocationExpressionSyntax>()
                     .Where(c => c.Expression is IdentifierNameSyntax { Identifier.ValueText: "display" }))
        {
            edits.Add((call.Expression.Span, "Display.Value"));
        }

        if (root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax last })
        {
            string expression = Rewrite(last.Expression.ToString(), last.Expression.SpanStart, edits);
            edits.RemoveAll(e => last.Expression.Span.Contains(e.Span));
            if (isCheck)
            {
                edits.Add((last.Span, $"Display.Check(() => {expression});"));
            }
            else if (last.SemicolonToken.IsMissing)
            {
                // A void last call (Console.WriteLine(...) without its semicolon) shows nothing in a notebook: keep it a statement.
                bool prints = last.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Console" } } };
                edits.Add((last.Span, prints ? $"{expression};" : $"Display.Value({expression});"));
            }
        }

        var variables = root.Members.OfType<FieldDeclarationSyntax>()
            .SelectMany(f => f.Declaration.Variables.Select(v => v.Identifier.ValueText)).ToList();
        string body = Apply(source, edits).Trim('\n', '\r');
        return new TranslatedCell(body, usings, types, variables);
    }

    /// <summary>The text of a node with the edits that fall inside it applied.</summary>
    private static string Rewrite(string text, int start, List<(TextSpan Span, string Text)> edits)
    {
        var inner = edits.Where(e => e.Span.Start >= start && e.Span.End <= start + text.Length)
            .Select(e => (new TextSpan(e.Span.Start - start, e.Span.Length), e.Text)).ToList();
        return Apply(text, inner);
    }

    private static string Apply(string text, List<(TextSpan Span, string Text)> edits)
    {
        foreach (var (span, replacement) in edits.OrderByDescending(e => e.Span.Start))
        {
            text = text[..span.Start] + replacement + text[span.End..];
        }

        return text;
    }

    [GeneratedRegex(@"^[ \t]*#(?:r\b|load\b|i\b|!).*$", RegexOptions.Multiline)]
    private static partial Regex Magic();
}
