namespace Convolution.Teaching.Exercises;

/// <summary>
/// What a student's Hysteresis returns when it makes one known mistake, computed from the same inputs, so the checker
/// recognises a mistake by comparing results on every case rather than by guessing. Each model is named by the words
/// the student sees; several models may share a diagnosis (three ways of making one pass).
/// </summary>
internal static class HysteresisMistakes
{
    /// <summary>One mistake: its diagnosis, and the edge map it gives for (thin magnitude, low, high).</summary>
    internal sealed record Model(string Diagnosis, Func<double[,], double, double, byte[,]> Result);

    private const byte W = Edges.Weak, S = Edges.Strong;

    private const string OnePass =
        "you look at the neighbours in one pass only, so a chain of weak pixels is cut off: a weak pixel is kept when it touches a strong pixel " +
        "(or one the same pass has just kept), but not when it is two or more steps along the chain. Grow the edge until nothing changes: " +
        "repeat the pass while it still adds pixels, or push every pixel you keep on a stack and look at its neighbours in turn.";

    /// <summary>The known mistakes, most common first.</summary>
    public static IReadOnlyList<Model> All { get; } =
    [
        new("you only look at 4 neighbours (up, down, left, right), so a weak pixel that touches the edge only at a corner is dropped. " +
            "Hysteresis in cv2.Canny is 8-connected: look at all 8 neighbours, dr and dc each from -1 to 1, diagonals included.",
            (m, low, high) => GrowFourConnected(Classes(m, low, high, strictLow: true, strictHigh: true))),
        new(OnePass, (m, low, high) => OneRing(Classes(m, low, high, true, true))),
        new(OnePass, (m, low, high) => OneScan(Classes(m, low, high, true, true), forward: true)),
        new(OnePass, (m, low, high) => OneScan(Classes(m, low, high, true, true), forward: false)),
        new("every weak pixel is kept, even one with no strong pixel anywhere near it: that is a single threshold at low, and it keeps the noise " +
            "hysteresis is there to remove. Keep a weak pixel only when a chain of weak pixels joins it to a strong one (magnitude > high).",
            (m, low, high) => Map(Classes(m, low, high, true, true), v => v != 0 ? S : (byte)0)),
        new("only the strong pixels (magnitude > high) are kept: no weak pixel ever joins the edge. Start from the strong pixels, then add every " +
            "weak pixel (low < magnitude <= high) that touches an edge pixel, and repeat.",
            (m, low, high) => Map(Classes(m, low, high, true, true), v => v == S ? S : (byte)0)),
        new("the low threshold is not strict: you keep a magnitude equal to low (>= low). In cv2.Canny a pixel is weak only when its magnitude is > low; " +
            "a magnitude equal to low is not above it.",
            (m, low, high) => Edges.Hysteresis(Classes(m, low, high, strictLow: false, strictHigh: true))),
        new("the high threshold is not strict: a magnitude equal to high counts as strong (>= high). In cv2.Canny a pixel is strong only when its " +
            "magnitude is > high; one equal to high is weak, kept only when it joins a strong pixel.",
            (m, low, high) => Edges.Hysteresis(Classes(m, low, high, strictLow: true, strictHigh: false))),
        new("neither threshold is strict: you compare with >= where cv2.Canny uses >. A magnitude equal to low is not weak, and one equal to high is " +
            "not strong.",
            (m, low, high) => Edges.Hysteresis(Classes(m, low, high, strictLow: false, strictHigh: false))),
        new("your edge pixels are 1, but an edge map marks them 255 (Edges.Strong), as cv2.Canny does: write edges[r, c] = 255.",
            (m, low, high) => Map(Edges.Hysteresis(Classes(m, low, high, true, true)), v => v == S ? (byte)1 : (byte)0)),
        new("you return the double threshold itself (strong pixels 255, weak ones 128): the weak pixels still need deciding. Make each weak pixel " +
            "that a chain of weak pixels joins to a strong one 255, and every other pixel 0.",
            (m, low, high) => Classes(m, low, high, true, true)),
    ];

    /// <summary>0, Weak or Strong at each pixel, with either threshold strict (&gt;) or not (&gt;=).</summary>
    internal static byte[,] Classes(double[,] m, double low, double high, bool strictLow, bool strictHigh) =>
        Arrays.Map(m, (r, c, _, _) =>
            (strictHigh ? m[r, c] > high : m[r, c] >= high) ? S : (strictLow ? m[r, c] > low : m[r, c] >= low) ? W : (byte)0);

    /// <summary>
    /// Hysteresis with 4 neighbours instead of 8: grows from every strong pixel over weak ones until nothing changes.
    /// (The 8-neighbour models use the library's own <see cref="Edges.Hysteresis"/>, the right answer's growth.)
    /// </summary>
    private static byte[,] GrowFourConnected(byte[,] classes)
    {
        byte[,] edges = Map(classes, v => v == S ? S : (byte)0);
        bool changed = true;
        while (changed)
        {
            changed = false;
            ForEach(classes, (r, c) =>
            {
                if (classes[r, c] == W && edges[r, c] == 0 && Touches(edges, r, c, eight: false))
                {
                    edges[r, c] = S;
                    changed = true;
                }
            });
        }

        return edges;
    }

    /// <summary>One pass that reads the strong pixels as they were before it: only direct neighbours of a strong pixel join.</summary>
    private static byte[,] OneRing(byte[,] classes)
    {
        byte[,] strong = Map(classes, v => v == S ? S : (byte)0);
        return Arrays.Map(classes, (r, c, _, _) => classes[r, c] == S || (classes[r, c] == W && Touches(strong, r, c, true)) ? S : (byte)0);
    }

    /// <summary>One raster scan that writes as it goes: growth follows the scan direction only.</summary>
    private static byte[,] OneScan(byte[,] classes, bool forward)
    {
        byte[,] edges = Map(classes, v => v == S ? S : (byte)0);
        int rows = classes.GetLength(0), cols = classes.GetLength(1);
        for (int i = 0; i < rows * cols; i++)
        {
            int k = forward ? i : (rows * cols) - 1 - i;
            int r = k / cols, c = k % cols;
            if (classes[r, c] == W && Touches(edges, r, c, true))
            {
                edges[r, c] = S;
            }
        }

        return edges;
    }

    private static bool Touches(byte[,] edges, int r, int c, bool eight)
    {
        for (int dr = -1; dr <= 1; dr++)
        {
            for (int dc = -1; dc <= 1; dc++)
            {
                int rr = r + dr, cc = c + dc;
                bool neighbour = (dr, dc) != (0, 0) && (eight || dr == 0 || dc == 0);
                if (neighbour && rr >= 0 && rr < edges.GetLength(0) && cc >= 0 && cc < edges.GetLength(1) && edges[rr, cc] == S)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static byte[,] Map(byte[,] a, Func<byte, byte> f) => Arrays.Map(a, (r, c, _, _) => f(a[r, c]));

    private static void ForEach(byte[,] a, Action<int, int> act)
    {
        for (int r = 0; r < a.GetLength(0); r++)
        {
            for (int c = 0; c < a.GetLength(1); c++)
            {
                act(r, c);
            }
        }
    }
}
