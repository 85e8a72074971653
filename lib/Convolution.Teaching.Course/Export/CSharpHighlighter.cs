using System.Text;

namespace Convolution.Teaching.Course.Export;

/// <summary>
/// Light syntax highlighting for C# notebook cells, done at export time so a page reads well without
/// JavaScript: comments, strings (regular, verbatim, interpolated, raw), character literals, numbers,
/// keywords and directive lines (<c>#r</c>, <c>#load</c>) become <c>&lt;span class="tok-…"&gt;</c>;
/// everything else is HTML-escaped as it is. It is a tokenizer, not a parser: good enough for colour.
/// </summary>
public static class CSharpHighlighter
{
    /// <summary>CSS class of comments.</summary>
    public const string Comment = "tok-com";

    /// <summary>CSS class of string and character literals.</summary>
    public const string String = "tok-str";

    /// <summary>CSS class of keywords.</summary>
    public const string Keyword = "tok-kw";

    /// <summary>CSS class of numbers.</summary>
    public const string Number = "tok-num";

    /// <summary>CSS class of directive lines (<c>#r</c>, <c>#load</c>, <c>#!</c>).</summary>
    public const string Directive = "tok-dir";

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "async", "await", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class",
        "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
        "extern", "false", "finally", "fixed", "float", "for", "foreach", "get", "goto", "if", "implicit", "in", "init",
        "int", "interface", "internal", "is", "lock", "long", "nameof", "namespace", "new", "null", "object", "operator",
        "out", "override", "params", "private", "protected", "public", "readonly", "record", "ref", "required", "return",
        "sbyte", "sealed", "set", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this",
        "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "var", "virtual",
        "void", "volatile", "when", "where", "while", "with", "yield", "and", "or", "not", "let", "from", "select",
    };

    /// <summary>The code as HTML (no surrounding element): escaped text with highlighted tokens.</summary>
    /// <param name="code">C# source of one cell.</param>
    public static string ToHtml(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var html = new StringBuilder(code.Length * 2);
        int i = 0;
        bool lineStart = true;
        while (i < code.Length)
        {
            char c = code[i];
            int end;
            string? css;
            if (lineStart && c == '#' )
            {
                (end, css) = (LineEnd(code, i), Directive);
            }
            else if (c == '/' && Peek(code, i + 1) == '/')
            {
                (end, css) = (LineEnd(code, i), Comment);
            }
            else if (c == '/' && Peek(code, i + 1) == '*')
            {
                int close = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                (end, css) = (close < 0 ? code.Length : close + 2, Comment);
            }
            else if (StringStart(code, i) is int quote and >= 0)
            {
                (end, css) = (StringEnd(code, i, quote), String);
            }
            else if (c == '\'')
            {
                (end, css) = (CharEnd(code, i), String);
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(code, i + 1)) && !IsWordChar(Peek(code, i - 1))))
            {
                end = i + 1;
                while (end < code.Length && (char.IsLetterOrDigit(code[end]) || code[end] == '_' || (code[end] == '.' && char.IsDigit(Peek(code, end + 1)))))
                {
                    end++;
                }

                css = IsWordChar(Peek(code, i - 1)) ? null : Number;
            }
            else if (char.IsLetter(c) || c == '_' || c == '@')
            {
                end = i + 1;
                while (end < code.Length && IsWordChar(code[end]))
                {
                    end++;
                }

                css = Keywords.Contains(code[i..end]) ? Keyword : null;
            }
            else
            {
                (end, css) = (i + 1, null);
            }

            Append(html, code[i..end], css);
            for (int k = i; k < end; k++)
            {
                lineStart = code[k] == '\n' || (lineStart && code[k] is ' ' or '\t');
            }

            i = end;
        }

        return html.ToString();
    }

    private static void Append(StringBuilder html, string text, string? css)
    {
        string escaped = HtmlText.Escape(text);
        if (css is null)
        {
            html.Append(escaped);
        }
        else
        {
            html.Append("<span class=\"").Append(css).Append("\">").Append(escaped).Append("</span>");
        }
    }

    private static char Peek(string code, int i) => i >= 0 && i < code.Length ? code[i] : '\0';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int LineEnd(string code, int i)
    {
        int newline = code.IndexOf('\n', i);
        return newline < 0 ? code.Length : newline;
    }

    /// <summary>Where the opening quote of a string literal starting at <paramref name="i"/> is, or -1: "…", @"…", $"…", $@"…", @$"…", """…""".</summary>
    private static int StringStart(string code, int i)
    {
        int j = i;
        while (j < code.Length && j - i < 3 && code[j] is '$' or '@')
        {
            j++;
        }

        if (Peek(code, j) != '"')
        {
            return -1;
        }

        // '$' or '@' glued to an identifier (a@"x" does not occur in C#) is still a prefix; a word before it is not.
        return j > i && IsWordChar(Peek(code, i - 1)) ? -1 : j;
    }

    private static int StringEnd(string code, int start, int quote)
    {
        bool verbatim = code.AsSpan(start, quote - start).Contains('@');
        int quotes = 0;
        while (quote + quotes < code.Length && code[quote + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            // Raw string literal: ends at the same run of quotes.
            int close = code.IndexOf(new string('"', quotes), quote + quotes, StringComparison.Ordinal);
            return close < 0 ? code.Length : close + quotes;
        }

        int k = quote + 1;
        while (k < code.Length)
        {
            char ch = code[k];
            if (!verbatim && ch == '\\')
            {
                k += 2;
                continue;
            }

            if (ch == '"')
            {
                if (verbatim && Peek(code, k + 1) == '"')
                {
                    k += 2;
                    continue;
                }

                return k + 1;
            }

            if (ch == '\n' && !verbatim)
            {
                return k; // An unterminated regular string stops at the line's end.
            }

            k++;
        }

        return code.Length;
    }

    private static int CharEnd(string code, int i)
    {
        int k = i + 1;
        while (k < code.Length && code[k] != '\'' && code[k] != '\n')
        {
            k += code[k] == '\\' ? 2 : 1;
        }

        return Math.Min(code.Length, k + 1);
    }
}
