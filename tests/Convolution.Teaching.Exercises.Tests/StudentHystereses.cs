namespace Convolution.Teaching.Exercises.Tests;

/// <summary>Hysteresis written as students write it: right in two ways, and with each known mistake.</summary>
internal static class StudentHystereses
{
    public static byte[,] Correct(double[,] thin, double low, double high) => Grow(thin, low, high, eight: true, passes: int.MaxValue);

    /// <summary>Right with a stack instead of repeated passes.</summary>
    public static byte[,] CorrectWithStack(double[,] thin, double low, double high)
    {
        int rows = thin.GetLength(0), cols = thin.GetLength(1);
        var edges = new byte[rows, cols];
        var stack = new Stack<(int, int)>();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                if (thin[r, c] > high)
                {
                    edges[r, c] = 255;
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
                    if (rr >= 0 && rr < rows && cc >= 0 && cc < cols && edges[rr, cc] == 0 && thin[rr, cc] > low)
                    {
                        edges[rr, cc] = 255;
                        stack.Push((rr, cc));
                    }
                }
            }
        }

        return edges;
    }

    public static byte[,] FourConnected(double[,] thin, double low, double high) => Grow(thin, low, high, eight: false, passes: int.MaxValue);

    /// <summary>One raster pass that writes as it goes.</summary>
    public static byte[,] OnePass(double[,] thin, double low, double high) => Grow(thin, low, high, eight: true, passes: 1);

    /// <summary>One pass that only looks at the pixels strong from the start.</summary>
    public static byte[,] OnlyNextToStrong(double[,] thin, double low, double high) =>
        Arrays.Map(thin, (r, c, rows, cols) =>
        {
            if (thin[r, c] > high)
            {
                return (byte)255;
            }

            bool touches = false;
            for (int dr = -1; dr <= 1; dr++)
            {
                for (int dc = -1; dc <= 1; dc++)
                {
                    int rr = r + dr, cc = c + dc;
                    touches |= rr >= 0 && rr < rows && cc >= 0 && cc < cols && thin[rr, cc] > high;
                }
            }

            return thin[r, c] > low && touches ? (byte)255 : (byte)0;
        });

    public static byte[,] WeakKept(double[,] thin, double low, double high) => Arrays.Map(thin, (r, c, _, _) => thin[r, c] > low ? (byte)255 : (byte)0);

    public static byte[,] StrongOnly(double[,] thin, double low, double high) => Arrays.Map(thin, (r, c, _, _) => thin[r, c] > high ? (byte)255 : (byte)0);

    public static byte[,] LowNotStrict(double[,] thin, double low, double high) => Grow(thin, low - 1e-9, high, eight: true, passes: int.MaxValue);

    public static byte[,] HighNotStrict(double[,] thin, double low, double high) => Grow(thin, low, high - 1e-9, eight: true, passes: int.MaxValue);

    public static byte[,] NeitherStrict(double[,] thin, double low, double high) => Grow(thin, low - 1e-9, high - 1e-9, eight: true, passes: int.MaxValue);

    public static byte[,] EdgesAreOne(double[,] thin, double low, double high)
    {
        byte[,] right = Correct(thin, low, high);
        return Arrays.Map(right, (r, c, _, _) => right[r, c] == 255 ? (byte)1 : (byte)0);
    }

    public static byte[,] ReturnsClasses(double[,] thin, double low, double high) => Edges.DoubleThreshold(thin, low, high);

    /// <summary>A mistake the checker has no model for: the first row is never an edge.</summary>
    public static byte[,] SkipsFirstRow(double[,] thin, double low, double high)
    {
        byte[,] right = Correct(thin, low, high);
        return Arrays.Map(right, (r, c, _, _) => r == 0 ? (byte)0 : right[r, c]);
    }

    public static byte[,] ModifiesInput(double[,] thin, double low, double high)
    {
        byte[,] edges = Correct(thin, low, high);
        thin[0, 0] = 0;
        return edges;
    }

    public static byte[,] ReturnsNull(double[,] thin, double low, double high) => null!;

    public static byte[,] WrongSize(double[,] thin, double low, double high) => new byte[thin.GetLength(1), thin.GetLength(0)];

    public static byte[,] NoBoundsCheck(double[,] thin, double low, double high)
    {
        var edges = new byte[thin.GetLength(0), thin.GetLength(1)];
        edges[0, 0] = thin[-1 + 0, 0] > high ? (byte)255 : (byte)0;
        return edges;
    }

    public static byte[,] NotImplemented(double[,] thin, double low, double high) => throw new NotImplementedException("Hysteresis: your code here");

    /// <summary>Repeats raster passes (writing as it goes) until one adds nothing, or stops after <paramref name="passes"/>.</summary>
    private static byte[,] Grow(double[,] thin, double low, double high, bool eight, int passes)
    {
        int rows = thin.GetLength(0), cols = thin.GetLength(1);
        byte[,] edges = Arrays.Map(thin, (r, c, _, _) => thin[r, c] > high ? (byte)255 : (byte)0);
        bool changed = true;
        for (int pass = 0; changed && pass < passes; pass++)
        {
            changed = false;
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < cols; c++)
                {
                    if (edges[r, c] != 0 || !(thin[r, c] > low))
                    {
                        continue;
                    }

                    for (int dr = -1; dr <= 1; dr++)
                    {
                        for (int dc = -1; dc <= 1; dc++)
                        {
                            int rr = r + dr, cc = c + dc;
                            bool neighbour = eight || dr == 0 || dc == 0;
                            if (neighbour && rr >= 0 && rr < rows && cc >= 0 && cc < cols && edges[rr, cc] == 255 && edges[r, c] == 0)
                            {
                                edges[r, c] = 255;
                                changed = true;
                            }
                        }
                    }
                }
            }
        }

        return edges;
    }
}
