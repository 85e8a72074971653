using Convolution.Teaching.Course.Export;

namespace Convolution.Teaching.Course.Tests.Export;

public class CSharpHighlighterTests
{
    [Fact]
    public void Keywords_comments_strings_numbers_and_directives_get_their_classes()
    {
        string html = CSharpHighlighter.ToHtml("#r \"nuget: X, 1.0\"\nint n = 42; // answer\nvar s = \"hi\";");

        Assert.Contains("<span class=\"tok-dir\">#r &quot;nuget: X, 1.0&quot;</span>", html);
        Assert.Contains("<span class=\"tok-kw\">int</span>", html);
        Assert.Contains("<span class=\"tok-num\">42</span>", html);
        Assert.Contains("<span class=\"tok-com\">// answer</span>", html);
        Assert.Contains("<span class=\"tok-kw\">var</span>", html);
        Assert.Contains("<span class=\"tok-str\">&quot;hi&quot;</span>", html);
    }

    [Fact]
    public void Html_in_code_is_escaped_and_the_text_survives_unchanged()
    {
        string code = "if (a < b && c > d) { x = \"<b>\"; } /* <i> */";

        string html = CSharpHighlighter.ToHtml(code);

        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<i>", html);
        Assert.Equal(code, System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")));
    }

    [Fact]
    public void Digits_inside_identifiers_and_keywords_inside_strings_or_comments_are_not_highlighted()
    {
        string html = CSharpHighlighter.ToHtml("double[,] kernel5x5 = Make(\"int for\"); // if else");

        Assert.Contains("kernel5x5", html);
        Assert.DoesNotContain("<span class=\"tok-num\">5", html);
        Assert.Contains("<span class=\"tok-str\">&quot;int for&quot;</span>", html);
        Assert.Contains("<span class=\"tok-com\">// if else</span>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "tok-kw"));
    }

    [Fact]
    public void Verbatim_interpolated_and_raw_strings_end_at_their_own_closing_quotes()
    {
        string html = CSharpHighlighter.ToHtml("var a = @\"C:\\x \"\"q\"\"\"; var b = $\"{n}\\\"\"; var c = \"\"\"raw \"quoted\" \"\"\"; int d;");

        Assert.Contains("<span class=\"tok-str\">@&quot;C:\\x &quot;&quot;q&quot;&quot;&quot;</span>", html);
        // The hole of an interpolated string is code, not text: only the text around it is string-coloured.
        Assert.Contains("<span class=\"tok-str\">$&quot;</span>{n}<span class=\"tok-str\">\\&quot;&quot;</span>", html);
        Assert.Contains("<span class=\"tok-str\">&quot;&quot;&quot;raw &quot;quoted&quot; &quot;&quot;&quot;</span>", html);
        Assert.EndsWith("<span class=\"tok-kw\">int</span> d;", html);
    }

    [Fact]
    public void A_hash_inside_a_line_is_not_a_directive()
    {
        string html = CSharpHighlighter.ToHtml("  #load \"setup.csx\"\nvar x = y # z;");

        Assert.Contains("<span class=\"tok-dir\">#load &quot;setup.csx&quot;</span>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "tok-dir"));
    }

    [Fact]
    public void Kernel_directives_and_magic_commands_are_directive_lines_wherever_they_stand()
    {
        string html = CSharpHighlighter.ToHtml("#!csharp\n#i \"nuget: https://x/index.json\"\nusing System;\n#!time\nConsole.WriteLine(1);");

        Assert.StartsWith("<span class=\"tok-dir\">#!csharp</span>\n<span class=\"tok-dir\">#i &quot;nuget: https://x/index.json&quot;</span>\n", html);
        Assert.Contains("\n<span class=\"tok-dir\">#!time</span>\n", html);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "tok-dir").Count);
    }

    [Fact]
    public void A_hash_line_inside_a_multi_line_string_is_text_of_the_string()
    {
        string html = CSharpHighlighter.ToHtml("var s = @\"a\n#r not a directive\";");

        Assert.DoesNotContain("tok-dir", html);
        Assert.Contains("<span class=\"tok-str\">@&quot;a\n#r not a directive&quot;</span>", html);
    }

    [Fact]
    public void Contextual_keywords_and_character_literals_get_their_classes()
    {
        string html = CSharpHighlighter.ToHtml("var q = from x in xs where x > 'a' select x; record R(int A);");

        Assert.Contains("<span class=\"tok-kw\">from</span>", html);
        Assert.Contains("<span class=\"tok-kw\">select</span>", html);
        Assert.Contains("<span class=\"tok-kw\">record</span>", html);
        Assert.Contains("<span class=\"tok-str\">'a'</span>", html);
    }

    [Fact]
    public void Empty_code_is_empty_html()
    {
        Assert.Equal("", CSharpHighlighter.ToHtml(""));
    }
}
