namespace Convolution.Teaching.Course.Notebooks;

/// <summary>
/// The lessons' setup cell: the first code cell, which builds and loads the helper library, starts with <see cref="Prefix"/>.
/// The site (Export) folds it away and a lesson's app (Apps) turns it into directives: both read the prefix from here,
/// the folder below them both, so the two cannot disagree on which cell it is.
/// </summary>
public static class SetupCellMarker
{
    /// <summary>How a setup cell starts.</summary>
    public const string Prefix = "// Setup";
}
