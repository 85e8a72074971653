namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    private const int RightSubimageOption = 2;

    /// <summary>
    /// The poll of Task 1: which of the five slices gives the right subimages? Option 2,
    /// <c>im[r : r + kH, c : c + kW]</c>. Each wrong option gets its own diagnosis, shown on a tiny
    /// image: what the option gives at the first position (0, 0) and at the last one, in numpy and in C#.
    /// </summary>
    /// <param name="option">The number of the chosen option, 1 to 5; 0 (or any other number) means not answered yet.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckSubimageOption(int option) => Graded("subimage-option", [option], () => SubimageOptionVerdict(option));

    private static CheckResult SubimageOptionVerdict(int option)
    {
        var feedback = new Feedback("Subimage poll");
        if (option is < 1 or > 5)
        {
            string what = option == 0 ? "You have not answered yet." : $"{option} is not one of the options.";
            return feedback.Fail(
                $"{what} Put the number of your option (1 to 5) in `int subimageOption = ...;`, run that cell, then run this check again.");
        }

        var demo = new OptionDemo();
        string setting = $"On the {NumberText.Shape(demo.Image)} image {NumberText.Inline(demo.Image)} with a {demo.KRows} x {demo.KCols} kernel, " +
            $"valid mode has {demo.OutRows} x {demo.OutCols} positions, from (0, 0) to the last one {demo.Last}.";
        if (option == RightSubimageOption)
        {
            feedback.Note(setting);
            feedback.Ok($"at (0, 0) it gives {demo.Numpy(2, 0, 0)}, at {demo.Last} it gives {demo.Numpy(2, demo.OutRows - 1, demo.OutCols - 1)}: both {demo.KRows} x {demo.KCols}, both inside the image.");
            return feedback.Pass(
                "Right: option 2, im[r : r + kH, c : c + kW], starts the window at (r, c) itself and makes it exactly the kernel's size.");
        }

        string diagnosis = option switch
        {
            1 => "Option 1 starts the window one pixel up and one pixel left of (r, c).",
            3 => $"Option 3 makes the window one pixel too big in each direction: {demo.KRows + 1} x {demo.KCols + 1} for a {demo.KRows} x {demo.KCols} kernel.",
            4 => "Option 4 shifts the window one pixel down and one pixel right, so the last windows run off the bottom and right edges.",
            _ => "Option 5 swaps rows and columns: it slices the rows with c and the columns with r, so the key (r, c) gets the window whose top-left is (c, r). " +
                "On a square image it runs without an error, which hides that every window off the diagonal is filed under the swapped key.",
        };
        string first = $"At (0, 0): numpy's {demo.NumpyText(option, 0, 0)} gives {demo.Numpy(option, 0, 0)}; in C#, {demo.CSharp(option, 0, 0)}.";
        string last = $"At the last position {demo.Last}: numpy's {demo.NumpyText(option, demo.OutRows - 1, demo.OutCols - 1)} gives " +
            $"{demo.Numpy(option, demo.OutRows - 1, demo.OutCols - 1)}; in C#, {demo.CSharp(option, demo.OutRows - 1, demo.OutCols - 1)}.";
        string lesson = option switch
        {
            1 => "In numpy, -1 wraps round to the end, so the first window is empty or wrong without any error; in C# a negative index throws. The window's top-left must be (r, c) itself.",
            3 => "numpy quietly cuts a slice at the edge, so the size error can hide at the last window; C# throws. The end of the slice is r + kH (excluded), not r + kH + 1.",
            4 => "The window of position (r, c) starts at (r, c), not (r + 1, c + 1): at (0, 0) you get the window of (1, 1), and at the end numpy cuts the window short while C# throws.",
            _ => $"On a square image with a square kernel every slice fits, and each window is filed under the wrong key: the window at (r, c) is the one of (c, r). Rows go with r and kH, columns with c and kW.",
        };
        return feedback.Fail($"Option {option} is not right. {diagnosis}", setting, first, last, lesson);
    }

    /// <summary>The tiny image of the poll's demonstration, and what each option makes of it.</summary>
    private sealed class OptionDemo
    {
        public double[,] Image { get; } = Arrays.FromRows<double>([0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13, 14], [15, 16, 17, 18, 19]);

        public int KRows => 3;

        public int KCols => 3;

        public int OutRows => Image.GetLength(0) - KRows + 1;

        public int OutCols => Image.GetLength(1) - KCols + 1;

        public string Last => $"({OutRows - 1}, {OutCols - 1})";

        /// <summary>The slice bounds (rows start, rows stop, cols start, cols stop) of an option at (r, c).</summary>
        public (int R0, int R1, int C0, int C1) Bounds(int option, int r, int c) => option switch
        {
            1 => (r - 1, r + KRows - 1, c - 1, c + KCols - 1),
            2 => (r, r + KRows, c, c + KCols),
            3 => (r, r + KRows + 1, c, c + KCols + 1),
            4 => (r + 1, r + KRows + 1, c + 1, c + KCols + 1),
            _ => (c, c + KCols, r, r + KRows),
        };

        public string NumpyText(int option, int r, int c)
        {
            var (r0, r1, c0, c1) = Bounds(option, r, c);
            return $"im[{r0}:{r1}, {c0}:{c1}]";
        }

        /// <summary>What numpy returns: a negative bound counts from the end, and a slice is cut at the edge.</summary>
        public string Numpy(int option, int r, int c)
        {
            var (r0, r1, c0, c1) = Bounds(option, r, c);
            var (rs, rn) = PythonSlice(r0, r1, Image.GetLength(0));
            var (cs, cn) = PythonSlice(c0, c1, Image.GetLength(1));
            var result = new double[rn, cn];
            for (int i = 0; i < rn; i++)
            {
                for (int j = 0; j < cn; j++)
                {
                    result[i, j] = Image[rs + i, cs + j];
                }
            }

            bool cut = rn != r1 - r0 || cn != c1 - c0;
            return NumberText.Inline(result) + Annotate(option, result, r, c, cut);
        }

        /// <summary>What a window is: its size when it is not the kernel's, or which position's window it really is.</summary>
        private string Annotate(int option, double[,] window, int r, int c, bool cut)
        {
            int rows = window.GetLength(0), cols = window.GetLength(1);
            if (rows == 0 || cols == 0)
            {
                return string.Empty; // NumberText.Inline already says "an empty r x c array"
            }

            if (rows != KRows || cols != KCols)
            {
                return $" ({rows} x {cols})";
            }

            if (option == RightSubimageOption)
            {
                return string.Empty;
            }

            if (NumberText.Same(window, Arrays.Slice(Image, r..(r + KRows), c..(c + KCols))))
            {
                return cut ? " (numpy cut it at the edge, and by luck that is the right window here)" : " (the right window here, by luck)";
            }

            for (int pr = 0; pr < OutRows; pr++)
            {
                for (int pc = 0; pc < OutCols; pc++)
                {
                    if (NumberText.Same(window, Arrays.Slice(Image, pr..(pr + KRows), pc..(pc + KCols))))
                    {
                        return $" (the window of ({pr}, {pc}))";
                    }
                }
            }

            return string.Empty;
        }

        /// <summary>What the C# slice of the lesson does: the window, or the exception it throws.</summary>
        public string CSharp(int option, int r, int c)
        {
            var (r0, r1, c0, c1) = Bounds(option, r, c);
            string code = $"Arrays.Slice(im, {r0}..{r1}, {c0}..{c1})";
            if (r0 < 0 || c0 < 0)
            {
                return $"{code} throws ArgumentOutOfRangeException: an index cannot be negative";
            }

            try
            {
                return $"{code} gives {NumberText.Inline(Arrays.Slice(Image, r0..r1, c0..c1))}";
            }
            catch (ArgumentOutOfRangeException)
            {
                string axis = r1 > Image.GetLength(0) ? $"row {r1 - 1}" : $"column {c1 - 1}";
                return $"{code} throws ArgumentOutOfRangeException: there is no {axis} in a {NumberText.Shape(Image)} image";
            }
        }

        private static (int Start, int Length) PythonSlice(int start, int stop, int length)
        {
            int s = start < 0 ? Math.Max(start + length, 0) : Math.Min(start, length);
            int e = stop < 0 ? Math.Max(stop + length, 0) : Math.Min(stop, length);
            return (s, Math.Max(0, e - s));
        }
    }
}
