namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>The kinds of output a lesson app's page shows, as the site shows a notebook's.</summary>
internal enum AppOutputKind
{
    /// <summary>What the cell wrote to the terminal.</summary>
    Text,

    /// <summary>A displayed value's HTML (image, chart, table, array, feedback).</summary>
    Html,

    /// <summary>A failed check or an exception, in an error box.</summary>
    Error,
}
