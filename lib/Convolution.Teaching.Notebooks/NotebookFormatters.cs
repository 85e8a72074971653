using Convolution.Teaching.Exercises;
using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Convolution.Teaching.Notebooks;

/// <summary>
/// The text/html formatters the kernel uses for a cell's value or <c>display(x)</c>. Kept apart from
/// <see cref="Notebook"/> because it mentions Plotly types, which must not load before the
/// FSharp.Core redirect is in place.
/// </summary>
internal static class NotebookFormatters
{
    private const string HtmlMime = "text/html";

    private const string PlainMime = "text/plain";

    /// <summary>Registers every formatter (a later registration for the same type replaces the earlier one).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Register()
    {
        Add<Figure>(figure => figure.Html);
        Add<Panel>(panel => panel.ToHtml());
        Add<GenericChart>(PlotlyHtml.Render);
        Add<DataFrame>(frame => DataFrameHtml.Render(frame, Notebook.MaxTableRows));
        Add<double[,]>(ArrayHtml.Render);
        Add<float[,]>(ArrayHtml.Render);
        Add<byte[,]>(ArrayHtml.Render);
        Add<int[,]>(ArrayHtml.Render);
        Add<CheckResult>(CheckResultHtml.Render);
        // Feedback also as plain text, for a terminal (course check prints it) and for readers of the saved notebook.
        Formatter.Register<CheckResult>((result, writer) => writer.Write(result.ToString()), PlainMime);
        // And as data, for programs (course check, course grade): they read this, never the words or the HTML.
        Formatter.Register<CheckResult>((result, writer) => writer.Write(result.ToJson()), CheckResult.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(CheckResult), HtmlMime, PlainMime, CheckResult.MimeType);
        Add<SetupSummary>(setup => setup.ToHtml());
    }

    private static void Add<T>(Func<T, string> html)
    {
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlMime);
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlMime);
    }
}
