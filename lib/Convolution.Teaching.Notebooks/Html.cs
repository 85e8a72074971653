using System.Globalization;

namespace Convolution.Teaching.Notebooks;

/// <summary>Number-text helpers shared by the renderers (escaping is <see cref="Pages.HtmlText"/>).</summary>
internal static class Html
{
    /// <summary>A number as a student would write it: integers without decimals, others to 4 decimals, tiny or huge ones in E notation.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        double abs = Math.Abs(value);
        if (value == Math.Round(value) && abs < 1e15)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        return abs >= 1e-3 && abs < 1e7
            ? value.ToString("0.####", CultureInfo.InvariantCulture)
            : value.ToString("0.###E+0", CultureInfo.InvariantCulture);
    }

    /// <summary>A number for a data attribute or JSON: round-trip exact.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Base64 of UTF-8 text, for <c>data:</c> URLs.</summary>
    public static string Base64(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));
}
