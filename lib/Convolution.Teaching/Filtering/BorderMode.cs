namespace Convolution.Teaching;

/// <summary>
/// How pixels outside the image are invented when the kernel hangs over the edge
/// (Full and Same modes). Names and behaviour follow OpenCV's <c>BorderTypes</c>.
/// Each pictogram shows a row <c>abcd</c> with three invented pixels on each side.
/// </summary>
public enum BorderMode
{
    /// <summary>
    /// A fixed value, zero unless given: <c>iii|abcd|iii</c>. OpenCV's <c>BORDER_CONSTANT</c>;
    /// what numpy's and scipy's "full"/"same" modes use with 0.
    /// </summary>
    Constant,

    /// <summary>The edge pixel repeated: <c>aaa|abcd|ddd</c>. OpenCV's <c>BORDER_REPLICATE</c>.</summary>
    Replicate,

    /// <summary>Mirrored, the edge pixel included: <c>cba|abcd|dcb</c>. OpenCV's <c>BORDER_REFLECT</c>.</summary>
    Reflect,

    /// <summary>
    /// Mirrored about the edge pixel, which is not repeated: <c>dcb|abcd|cba</c>.
    /// OpenCV's <c>BORDER_REFLECT_101</c>, the default of <c>filter2D</c>.
    /// </summary>
    Reflect101,

    /// <summary>
    /// The image tiled periodically: <c>bcd|abcd|abc</c>. OpenCV's <c>BORDER_WRAP</c>
    /// (which <c>filter2D</c> itself refuses; <c>copyMakeBorder</c> supports it).
    /// </summary>
    Wrap,
}
