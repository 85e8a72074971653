using System.Text.RegularExpressions;

namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>
    /// Task 1: checks <c>GetSubimages(im, kernel)</c>, which must return every kernel-sized window of
    /// <c>im</c> in valid mode, keyed by the (row, col) of its top-left pixel. Runs small non-square
    /// cases you can check by hand, then a 50 x 50 crop of the cat when assets/chelsea.png is found.
    /// Names the mistake: not done yet, wrong number of windows (and which mode's count it is), window
    /// too big or too small, shifted up-left or down-right, rows and columns swapped, keys (col, row)
    /// instead of (row, col), an index out of range, a loop that never ends.
    /// </summary>
    /// <param name="getSubimages">Your function, e.g. <c>GetSubimages</c>.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckGetSubimages(Func<double[,], double[,], Dictionary<(int Row, int Col), double[,]>> getSubimages) =>
        Graded("get-subimages", [], () => CheckGetSubimages(getSubimages, StudentCode.SmallCaseLimit));

    /// <summary><see cref="CheckGetSubimages(Func{double[,], double[,], Dictionary{ValueTuple{int, int}, double[,]}})"/> with a chosen time limit per case.</summary>
    internal static CheckResult CheckGetSubimages(Func<double[,], double[,], Dictionary<(int Row, int Col), double[,]>> getSubimages, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(getSubimages);
        var feedback = new Feedback("GetSubimages");
        var cases = new List<(string Name, double[,] Image, double[,] Kernel)>
        {
            ("the square 4 x 4 image 0..15 with a wide 2 x 3 kernel", Counting(4, 4), Arrays.Full(2, 3, 1.0 / 6)),
            ("the 4 x 5 image 0..19 with a 2 x 3 kernel", Counting(4, 5), Arrays.Full(2, 3, 1.0 / 6)),
            ("the 5 x 4 image 0..19 with a 3 x 2 kernel", Counting(5, 4), Arrays.Full(3, 2, 1.0 / 6)),
        };
        byte[,]? cat = LessonImage.Cat(out string whyNoCat);
        if (cat is not null)
        {
            cases.Add(("the 50 x 50 crop of the cat, cat[50:100, 300:350], with the 3 x 3 box blur",
                Conversions.ToDouble(Arrays.Slice(cat, 50..100, 300..350)), Kernels.BoxBlur(3)));
        }

        for (int i = 0; i < cases.Count; i++)
        {
            var (name, image, kernel) = cases[i];
            Diagnosis? problem = DiagnoseSubimages(getSubimages, name, image, kernel, limit, squareCasesPassed: i > 0);
            if (problem is not null)
            {
                return FailWithLineHeldBack(feedback, "get-subimages", problem);
            }

            var (outRows, outCols) = Filters.OutputShape(image.GetLength(0), image.GetLength(1), kernel.GetLength(0), kernel.GetLength(1), OutputMode.Valid);
            feedback.Ok($"{name}: all {outRows} x {outCols} = {outRows * outCols} windows right.");
        }

        if (cat is null)
        {
            feedback.Note($"The real-image part was skipped: {whyNoCat}.");
        }

        HintBook.Current.Passed("get-subimages");
        return feedback.Pass("Right: every window is the kernel-sized patch im[r : r + kH, c : c + kW], filed under its top-left (r, c), on square and non-square images.");
    }

    /// <summary>The one line of Task 1, given only on a repeated failure (or by Tutor.Hint("get-subimages")).</summary>
    private const string SliceLine = "subimages[(r, c)] = Arrays.Slice(im, r..(r + kRows), c..(c + kCols));";

    /// <summary>The image 0, 1, 2, ... filled row by row, so every pixel says where it is.</summary>
    private static double[,] Counting(int rows, int cols)
    {
        var image = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                image[r, c] = (r * cols) + c;
            }
        }

        return image;
    }

    /// <summary>Null when the function is right on this case, else the diagnosis in a student's words.</summary>
    private static Diagnosis? DiagnoseSubimages(Func<double[,], double[,], Dictionary<(int Row, int Col), double[,]>> f,
        string name, double[,] image, double[,] kernel, TimeSpan limit, bool squareCasesPassed)
    {
        double[,] im = NumberText.Copy(image), k = NumberText.Copy(kernel);
        Outcome<Dictionary<(int Row, int Col), double[,]>> outcome = StudentCode.Run(() => f(im, k), limit, im, k);
        if (StudentCode.HandedToLibrary(outcome, "GetSubimages", "Subimages.") is { } handed)
        {
            return handed;
        }

        if (ModelVerdict.Unfinished(outcome, "GetSubimages", limit, name) is { } unfinished)
        {
            return unfinished;
        }

        if (outcome.Error is { } error)
        {
            return SubimageException(f, error, name, kernel, limit, squareCasesPassed);
        }

        if (!NumberText.Same(im, image))
        {
            return $"On {name}, GetSubimages changed its input im (for example im{FirstChange(image, im)}). " +
                "It must only read im: copy each window into a new array (Arrays.Slice makes a copy).";
        }

        Dictionary<(int Row, int Col), double[,]>? windows = outcome.Value;
        if (windows is null)
        {
            return $"On {name}, GetSubimages returned null: return the dictionary you filled.";
        }

        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1), rows = image.GetLength(0), cols = image.GetLength(1);
        Dictionary<(int Row, int Col), double[,]> expected = Subimages.Get(image, kRows, kCols);
        int outRows = rows - kRows + 1, outCols = cols - kCols + 1;
        string where = $"On {name}";
        if (windows.Count == 0)
        {
            return $"{where}, GetSubimages returned an empty dictionary: look inside both loops, where each position must add its window." + new FixLine(SliceLine);
        }

        if (windows.Values.Any(w => w is null))
        {
            return $"{where}, some windows are null: store a kernel-sized array at every key.";
        }

        if (!windows.Keys.ToHashSet().SetEquals(expected.Keys))
        {
            return SubimageKeys(windows, expected, where, rows, cols, kRows, kCols, outRows, outCols);
        }

        if (windows.Count > 1 && windows.Values.Distinct(ReferenceEqualityComparer.Instance).Count() == 1)
        {
            return $"{where}, every key holds the very same array object, so all windows show the last one you wrote. " +
                "Make a new array for each window (Arrays.Slice does), instead of refilling one array.";
        }

        return SubimageContents(windows, expected, image, where, kRows, kCols);
    }

    private static Diagnosis SubimageKeys(Dictionary<(int Row, int Col), double[,]> windows, Dictionary<(int Row, int Col), double[,]> expected,
        string where, int rows, int cols, int kRows, int kCols, int outRows, int outCols)
    {
        string validCount = $"valid mode has ({rows} - {kRows} + 1) x ({cols} - {kCols} + 1) = {outRows} x {outCols} = {outRows * outCols} positions, " +
            $"keys (0, 0) to ({outRows - 1}, {outCols - 1})";
        bool keysSwapped = windows.Count == expected.Count
            && windows.All(w => expected.TryGetValue((w.Key.Col, w.Key.Row), out double[,]? e) && NumberText.Same(w.Value, e));
        if (keysSwapped)
        {
            return $"{where}, your keys are (col, row) instead of (row, col): the window whose top-left is (0, 1) is filed under (1, 0). " +
                "Look at the key you file each window under: the row comes first, as in im[row, col]." + new FixLine(SliceLine);
        }

        int n = windows.Count;
        int maxRow = windows.Keys.Max(key => key.Row), maxCol = windows.Keys.Max(key => key.Col);
        string yours = $"you made {n} windows (keys up to row {maxRow} and column {maxCol}), but {validCount}";
        if (n == rows * cols)
        {
            return $"{where}, {yours}. One window per pixel, {rows} x {cols}, is the count of SAME mode; Task 1 is valid mode: the loops run to iH - kH + 1 and iW - kW + 1.";
        }

        if (n == (rows + kRows - 1) * (cols + kCols - 1))
        {
            return $"{where}, {yours}. ({rows} + {kRows} - 1) x ({cols} + {kCols} - 1) is the count of FULL mode; Task 1 is valid mode: the loops run to iH - kH + 1 and iW - kW + 1.";
        }

        if (n == (outRows - 1) * (outCols - 1) || (maxRow == outRows - 2 && maxCol == outCols - 2))
        {
            return $"{where}, {yours}. You are one row and one column of positions short: the last window starts at row iH - kH = {rows - kRows}, " +
                "so the loops need r < iH - kH + 1 (did you leave out the + 1?).";
        }

        if (maxRow > outRows - 1 || maxCol > outCols - 1)
        {
            return $"{where}, {yours}. Your loops go too far: a window that starts at row {maxRow} or column {maxCol} does not fit inside the image. " +
                "Run r from 0 while r < iH - kH + 1, and c while c < iW - kW + 1.";
        }

        var missing = expected.Keys.Where(key => !windows.ContainsKey(key)).Take(3).ToList();
        return $"{where}, {yours}. Missing keys include {string.Join(", ", missing)}: every position of valid mode needs a window.";
    }

    private static Diagnosis? SubimageContents(Dictionary<(int Row, int Col), double[,]> windows, Dictionary<(int Row, int Col), double[,]> expected,
        double[,] image, string where, int kRows, int kCols)
    {
        var keys = expected.Keys.OrderBy(key => key.Row).ThenBy(key => key.Col).ToList();
        (int Row, int Col) bad = keys.FirstOrDefault(key => !NumberText.Same(windows[key], expected[key]), (-1, -1));
        if (bad == (-1, -1))
        {
            return null;
        }

        double[,] got = windows[bad], want = expected[bad];
        string shown = $"at key {bad} you have {NumberText.Inline(got)} where im[{bad.Row}:{bad.Row + kRows}, {bad.Col}:{bad.Col + kCols}] is {NumberText.Inline(want)}";
        var shapes = windows.Values.Select(w => (w.GetLength(0), w.GetLength(1))).Distinct().ToList();
        if (shapes.Count == 1)
        {
            var (gotRows, gotCols) = shapes[0];
            if (gotRows == image.GetLength(0) && gotCols == image.GetLength(1) && windows.Values.All(w => NumberText.Same(w, image)))
            {
                return $"{where}, every window is the whole image: each position needs its own {kRows} x {kCols} window. Look at what you store under each key." + new FixLine(SliceLine);
            }

            if (gotRows == kRows + 1 && gotCols == kCols + 1)
            {
                return $"{where}, your windows are {gotRows} x {gotCols} for a {kRows} x {kCols} kernel: one pixel too big in each direction (like option 3). " +
                    "Look at where your slice ends: r + kRows + 1 is one past the window (the end is excluded)." + new FixLine(SliceLine);
            }

            if (kRows != kCols && gotRows == kCols && gotCols == kRows)
            {
                return $"{where}, your windows are {gotRows} x {gotCols} for a {kRows} x {kCols} kernel: rows and columns are swapped (like option 5). " +
                    "Look at which of r and c your slice uses for the rows." + new FixLine(SliceLine + "   (rows with r and kRows, columns with c and kCols)");
            }

            if (gotRows <= kRows && gotCols <= kCols && (gotRows < kRows || gotCols < kCols))
            {
                return $"{where}, your windows are {gotRows} x {gotCols} for a {kRows} x {kCols} kernel: too small. " +
                    "A window has as many rows and columns as the kernel. Look at where your slice ends." + new FixLine(SliceLine + "   (r..(r + kRows) holds kRows rows, because the end is excluded)");
            }
        }

        if (got.GetLength(0) != kRows || got.GetLength(1) != kCols)
        {
            return $"{where}, the window at key {bad} is {NumberText.Shape(got)} but the kernel is {kRows} x {kCols}: every window must have the kernel's size.";
        }

        if (windows.Values.All(w => w.Cast<double>().All(v => v == 0)))
        {
            return $"{where}, every window is all zeros: a new array starts at zero, so copy the pixels im[r + i, c + j] into it (or use Arrays.Slice).";
        }

        if (AllShifted(windows, image, kRows, kCols, -1))
        {
            return $"{where}, your windows are shifted one pixel up and left (like option 1): {shown}. The window of (r, c) starts at (r, c) itself: look at where your slice starts." + new FixLine(SliceLine);
        }

        if (AllShifted(windows, image, kRows, kCols, +1))
        {
            return $"{where}, your windows are shifted one pixel down and right (like option 4): {shown}. The window of (r, c) starts at (r, c) itself: look at where your slice starts." + new FixLine(SliceLine);
        }

        if (windows.All(w => expected.TryGetValue((w.Key.Col, w.Key.Row), out double[,]? e) && NumberText.Same(w.Value, e)))
        {
            return $"{where}, rows and columns are swapped (like option 5, or keys written (col, row)): the window at key (r, c) is the one that starts at (c, r). " +
                "Look at which of r and c your slice uses for the rows, and at the key." + new FixLine(SliceLine);
        }

        return $"{where}, {shown}. Look at where your slice starts and ends, for the rows and for the columns." + new FixLine(SliceLine);
    }

    /// <summary>True when every window that the shift keeps inside the image equals the patch moved by <paramref name="shift"/>.</summary>
    private static bool AllShifted(Dictionary<(int Row, int Col), double[,]> windows, double[,] image, int kRows, int kCols, int shift)
    {
        int compared = 0;
        foreach (var ((r, c), w) in windows)
        {
            int r0 = r + shift, c0 = c + shift;
            if (r0 < 0 || c0 < 0 || r0 + kRows > image.GetLength(0) || c0 + kCols > image.GetLength(1))
            {
                continue;
            }

            if (!NumberText.Same(w, Arrays.Slice(image, r0..(r0 + kRows), c0..(c0 + kCols))))
            {
                return false;
            }

            compared++;
        }

        return compared > 0;
    }

    /// <summary>Words for an exception thrown by GetSubimages, with the option it suggests.</summary>
    private static Diagnosis SubimageException(Func<double[,], double[,], Dictionary<(int Row, int Col), double[,]>> f, Exception e,
        string name, double[,] kernel, TimeSpan limit, bool squareCasesPassed)
    {
        int kRows = kernel.GetLength(0), kCols = kernel.GetLength(1);
        string threw = $"On {name}, GetSubimages threw {e.GetType().Name}{StudentCode.Where(e)}";
        if (e is ArgumentOutOfRangeException { ParamName: "value" })
        {
            return $"{threw}: an index cannot be negative. At the first position (0, 0) your window starts at row -1 or column -1, " +
                "so it is shifted one pixel up and left (option 1). numpy would silently wrap -1 round to the last row and give an empty or wrong window; C# stops. " +
                "The window of (r, c) starts at (r, c): look at where your slice starts." + new FixLine(SliceLine);
        }

        if (e is ArgumentOutOfRangeException { ParamName: "rows" or "cols" } slice && SliceMessage().Match(slice.Message) is { Success: true } m)
        {
            bool rowsAxis = slice.ParamName == "rows";
            int start = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            int end = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            int length = int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            int size = end - start, own = rowsAxis ? kRows : kCols, other = rowsAxis ? kCols : kRows;
            string axis = rowsAxis ? "rows" : "columns", start0 = rowsAxis ? "r" : "c", k = rowsAxis ? "kRows" : "kCols";
            string asked = $"{threw}: a window asked for {axis} {start}..{end} (end excluded) of an image with {length} {axis}";
            if (size == own + 1)
            {
                return $"{asked}. That window is {size} {axis} long for a kernel with {own}: one pixel too big (option 3). Look at where your slice ends: {start0} + {k} + 1 is one past the window (the end is excluded)." + new FixLine(SliceLine);
            }

            if (size == other && other != own)
            {
                return $"{asked}. That is {size} {axis} where the kernel has {own}: rows and columns are swapped (option 5). Look at which of r and c your slice uses for the rows." + new FixLine(SliceLine);
            }

            if (size == own && end > length)
            {
                return $"{asked}. The window has the right size but runs off the {(rowsAxis ? "bottom" : "right")} edge: it is shifted one pixel down and right (option 4), " +
                    "or the loops run too far. The window of (r, c) starts at (r, c), and the loops stop before iH - kH + 1 and iW - kW + 1: look at where your slice starts." + new FixLine(SliceLine);
            }

            return $"{asked}. Look at where your slice starts and ends." + new FixLine(SliceLine);
        }

        if (e is IndexOutOfRangeException)
        {
            string swapped = SquareProbeSwapped(f, limit)
                ? " It gives transposed windows on a square image with a square kernel, so rows and columns are swapped somewhere (option 5): rows go with r and kRows, columns with c and kCols."
                : squareCasesPassed
                    ? " It worked on the square image but not on this one, which usually means rows and columns are swapped somewhere (option 5)."
                    : string.Empty;
            return $"{threw}: your code read outside the image.{swapped} Where a window leaves the image tells the option: starting at r - 1 (option 1) " +
                "fails at the very first position (0, 0); a window one pixel too big (option 3) or starting at r + 1 (option 4) fails at the last position " +
                $"(iH - kH, iW - kW); swapping rows and columns (option 5) fails on non-square images. The window of (r, c) is im[r + i, c + j] for i < {kRows}, j < {kCols} here.";
        }

        return $"{threw}: {e.Message}";
    }

    /// <summary>True when the function, run on a square image with a square kernel, files each window under (col, row).</summary>
    private static bool SquareProbeSwapped(Func<double[,], double[,], Dictionary<(int Row, int Col), double[,]>> f, TimeSpan limit)
    {
        double[,] image = Counting(4, 4);
        double[,] im = NumberText.Copy(image), k = Arrays.Full(2, 2, 0.25);
        var outcome = StudentCode.Run(() => f(im, k), limit, im, k);
        if (!outcome.Returned || outcome.Value is not { Count: > 0 } windows)
        {
            return false;
        }

        var expected = Subimages.Get(image, 2, 2);
        return windows.Count == expected.Count
            && windows.Any(w => w.Key.Row != w.Key.Col)
            && windows.All(w => expected.TryGetValue((w.Key.Col, w.Key.Row), out double[,]? e) && NumberText.Same(w.Value, e));
    }

    /// <summary>"[2, 3] was 17, now 0": the first pixel of an input that the student's code changed.</summary>
    private static string FirstChange(double[,] before, double[,] after)
    {
        if (before.GetLength(0) != after.GetLength(0) || before.GetLength(1) != after.GetLength(1))
        {
            return $" changed shape from {NumberText.Shape(before)} to {NumberText.Shape(after)}";
        }

        var (r, c) = NumberText.FirstDifference(after, before) ?? (0, 0);
        return $"[{r}, {c}] was {NumberText.Num(before[r, c])}, now {NumberText.Num(after[r, c])}";
    }

    // Arrays.Slice's message: "rows 2..5 selects 2..5 of an axis with 4 elements: ...".
    [GeneratedRegex(@"selects (-?\d+)\.\.(-?\d+) of an axis with (\d+) elements")]
    private static partial Regex SliceMessage();
}
