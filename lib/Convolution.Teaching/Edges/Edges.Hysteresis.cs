namespace Convolution.Teaching;

public static partial class Edges
{
    /// <summary>
    /// Stage 5: hysteresis. Every <see cref="Strong"/> pixel is an edge, and so is every <see cref="Weak"/> pixel
    /// joined to a strong one through a chain of weak pixels, each touching the next in any of its 8 neighbours
    /// (diagonals included, as in <c>cv2.Canny</c>). The chain grows until nothing changes, so a weak pixel far
    /// along an edge is kept as well as one right beside the strong pixel. Isolated weak pixels (noise) are dropped.
    /// </summary>
    /// <remarks>
    /// The order pixels are visited in does not change the result: the edges are the 8-connected groups of weak and
    /// strong pixels that hold at least one strong pixel. OpenCV follows them with a stack, as this does.
    /// </remarks>
    /// <param name="classes">The output of <see cref="DoubleThreshold"/>: 0, <see cref="Weak"/> or <see cref="Strong"/>.</param>
    /// <returns>The edge map: <see cref="Strong"/> (255) on edges, 0 elsewhere.</returns>
    public static byte[,] Hysteresis(byte[,] classes)
    {
        LibraryCalls.Note("Edges.Hysteresis");
        Guard.NotEmpty(classes, nameof(classes));
        int rows = classes.GetLength(0), cols = classes.GetLength(1);
        var edges = new byte[rows, cols];
        var stack = new Stack<(int R, int C)>();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                if (classes[r, c] is not (0 or Weak or Strong))
                {
                    throw new ArgumentException($"classes[{r}, {c}] is {classes[r, c]}: give 0, Edges.Weak (128) or Edges.Strong (255), as DoubleThreshold makes them.", nameof(classes));
                }

                if (classes[r, c] == Strong)
                {
                    edges[r, c] = Strong;
                    stack.Push((r, c));
                }
            }
        }

        while (stack.Count > 0)
        {
            var (r, c) = stack.Pop();
            for (int dr = -1; dr <= 1; dr++)
            {
                for (int dc = -1; dc <= 1; dc++)
                {
                    int rr = r + dr, cc = c + dc;
                    if (rr >= 0 && rr < rows && cc >= 0 && cc < cols && classes[rr, cc] == Weak && edges[rr, cc] == 0)
                    {
                        edges[rr, cc] = Strong;
                        stack.Push((rr, cc));
                    }
                }
            }
        }

        return edges;
    }
}
