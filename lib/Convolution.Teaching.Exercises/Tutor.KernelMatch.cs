namespace Convolution.Teaching.Exercises;

public static partial class Tutor
{
    /// <summary>The kernel names <see cref="CheckKernelMatch"/> accepts.</summary>
    public static IReadOnlyList<string> KernelMatchNames { get; } = ["identity", "blur", "sharpen", "edge", "sobel x"];

    /// <summary>The labels of the pictures, in the order they are shown.</summary>
    private static readonly string[] PictureLabels = ["A", "B", "C", "D", "E"];

    /// <summary>
    /// "Recognise common kernels": five pictures of the cat, labelled A to E, each made with one of the kernels
    /// identity (3 x 3), box blur (5 x 5), sharpen (3 x 3), edge (3 x 3) and Sobel x (3 x 3), in an order shuffled
    /// by <paramref name="yourName"/>: each student gets their own order, and the same name always gives the same
    /// order, so an instructor can reproduce a student's pictures and <see cref="CheckKernelMatch"/> knows them.
    /// Each is a valid-mode result cropped to the same size (so the size gives nothing away) and clipped to
    /// 0..255 like OpenCV's 8-bit output: show them on one fixed 0..255 scale, so no picture is stretched on its own.
    /// </summary>
    /// <param name="yourName">Any text, usually the student's name; case and spaces around it do not matter.</param>
    /// <returns>The labelled pictures A to E.</returns>
    /// <exception cref="FileNotFoundException">The cat picture embedded in the library could not be read.</exception>
    public static (string Label, double[,] Image)[] KernelMatchPictures(string yourName)
    {
        byte[,] cat = LessonImage.Cat(out string whyNot)
            ?? throw new FileNotFoundException($"The kernel-matching pictures are made from the cat, but {whyNot}.");
        return KernelMatchPictures(cat, yourName);
    }

    /// <summary>The same five labelled pictures as <see cref="KernelMatchPictures(string)"/>, made from another 8-bit gray image.</summary>
    /// <param name="image">An 8-bit gray image, at least 5 x 5.</param>
    /// <param name="yourName">The text that picks the order.</param>
    /// <returns>The labelled pictures A to E.</returns>
    public static (string Label, double[,] Image)[] KernelMatchPictures(byte[,] image, string yourName)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.GetLength(0) < 5 || image.GetLength(1) < 5)
        {
            throw new ArgumentException($"image is {NumberText.Shape(image)}: the 5 x 5 blur needs an image of at least 5 x 5.", nameof(image));
        }

        double[,] values = Conversions.ToDouble(image);
        return KernelMatchOrder(yourName).Select((name, i) => (PictureLabels[i], Picture(values, name))).ToArray();
    }

    /// <summary>
    /// Checks which kernel made each picture of <see cref="KernelMatchPictures(string)"/> for <paramref name="yourName"/>.
    /// Give a kernel name for each picture: "identity", "blur", "sharpen", "edge" or "sobel x". A wrong match gets a
    /// clue about what the kernel you guessed would have made, and where to look; a clue about the right kernel comes
    /// only when the check fails again in the same session (or from <c>Tutor.Hint("kernel-match")</c>).
    /// </summary>
    /// <param name="yourName">The same text you gave <see cref="KernelMatchPictures(string)"/>.</param>
    /// <param name="a">The kernel you think made picture A.</param>
    /// <param name="b">The kernel you think made picture B.</param>
    /// <param name="c">The kernel you think made picture C.</param>
    /// <param name="d">The kernel you think made picture D.</param>
    /// <param name="e">The kernel you think made picture E.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckKernelMatch(string yourName, string a, string b, string c, string d, string e) => Graded("kernel-match", [yourName, a, b, c, d, e], () => KernelMatchVerdict(yourName, a, b, c, d, e));

    private static CheckResult KernelMatchVerdict(string yourName, string a, string b, string c, string d, string e)
    {
        var feedback = new Feedback("Kernel matching");
        string[] order = KernelMatchOrder(yourName);
        string?[] answers = [a, b, c, d, e];
        string names = string.Join(", ", KernelMatchNames.Select(n => $"\"{n}\""));
        var unanswered = new List<string>();
        var wrong = new List<(string Label, string Guess, string Actual)>();
        for (int i = 0; i < order.Length; i++)
        {
            string label = PictureLabels[i], actual = order[i];
            string? guess = NormaliseKernelName(answers[i]);
            if (string.IsNullOrWhiteSpace(answers[i]) || answers[i]!.Trim() == "?")
            {
                unanswered.Add($"{label}: not answered yet. Put one of {names}.");
            }
            else if (guess is null)
            {
                unanswered.Add($"{label}: \"{answers[i]}\" is not one of the names: use {names}.");
            }
            else if (guess != actual)
            {
                wrong.Add((label, guess, actual));
            }
            else
            {
                feedback.Ok($"{label} is the {actual}: {LooksLike(actual)}.");
            }
        }

        int matched = order.Length - unanswered.Count - wrong.Count;
        if (unanswered.Count == 0 && wrong.Count == 0)
        {
            HintBook.Current.Passed("kernel-match");
            return feedback.Pass($"Right: all {order.Length} kernels recognised from what they do to the picture.");
        }

        // One more step on each failure: what the guess would have made; then what to look for in the picture; then the line itself.
        var steps = wrong.Count == 0 ? new List<string[]>() :
        [
            wrong.Select(w => $"{w.Label} is not the {w.Guess}: if it were, {WouldMake(w.Guess, w.Label)}").ToArray(),
            wrong.Select(w => $"{w.Label}: {Clue(w.Actual)}").ToArray(),
            [$"For {wrong[0].Label}: string picture{wrong[0].Label} = \"{wrong[0].Actual}\";"],
        ];
        string summary = $"{matched} of {order.Length} pictures matched" +
            (wrong.Count > 0 ? $"; {wrong.Count} {(wrong.Count == 1 ? "is" : "are")} not the kernel you named (the hints say what yours would look like)" : string.Empty) +
            (unanswered.Count > 0 ? $"; {unanswered.Count} not answered with a kernel name yet" : string.Empty) + ".";
        return FailInSteps(feedback, "kernel-match", summary, steps, shownOnFirst: 1, [.. unanswered]);
    }

    /// <summary>
    /// The kernels of pictures A to E for <paramref name="yourName"/>: a Fisher-Yates shuffle driven by a hash of the
    /// name that is the same on every machine and every run (string.GetHashCode is not: it changes per process).
    /// </summary>
    internal static string[] KernelMatchOrder(string? yourName)
    {
        string key = string.Join(' ', (yourName ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        ulong state = 14695981039346656037UL; // FNV-1a, 64 bit
        foreach (char ch in key)
        {
            state = (state ^ ch) * 1099511628211UL;
        }

        string[] order = [.. KernelMatchNames];
        for (int i = order.Length - 1; i > 0; i--)
        {
            // xorshift64*: small, fixed, and good enough to pick among 5! orders.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            int j = (int)((state * 2685821657736338717UL >> 33) % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    private static double[,] Picture(double[,] image, string kernelName)
    {
        double[,] kernel = kernelName switch
        {
            "identity" => Kernels.Identity(3),
            "blur" => Kernels.BoxBlur(5),
            "sharpen" => Kernels.Sharpen(3),
            "edge" => Kernels.Edge(),
            _ => Kernels.SobelX(),
        };
        double[,] result = Filters.CorrelateValid(image, kernel);
        int crop = (5 - kernel.GetLength(0)) / 2; // every picture ends up the size of the 5 x 5 result
        double[,] cropped = crop == 0 ? result : Arrays.Slice(result, crop..^crop, crop..^crop);
        return Arrays.Map(cropped, (r, c, _, _) => Math.Clamp(cropped[r, c], 0, 255));
    }

    private static string? NormaliseKernelName(string? name) => string.Join(' ', (name ?? string.Empty).Trim().ToLowerInvariant().Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "identity" or "id" or "identity kernel" => "identity",
        "blur" or "box blur" or "box" or "blur 5x5" or "5x5 blur" or "box blur 5x5" or "average" or "mean" => "blur",
        "sharpen" or "sharpening" or "sharp" => "sharpen",
        "edge" or "edges" or "edge detection" or "edge detector" or "outline" => "edge",
        "sobel x" or "sobelx" or "sobel" or "sobel x kernel" or "x sobel" or "gradient x" or "x gradient"
            or "d/dcol" or "sobel d/dcol" or "d/dx" => "sobel x", // the lessons also name it by its direction, d/dcol (brighter to the right)
        _ => null,
    };

    private static string LooksLike(string kernel) => kernel switch
    {
        "identity" => "the identity kernel gives back the original picture unchanged, every whisker as it was",
        "blur" => "a blur makes the fur and whiskers soft and smeared",
        "sharpen" => "a sharpen kernel keeps the picture but makes edges crisper, with bright and dark fringes along them",
        "edge" => "the edge kernel turns flat regions black and leaves bright outlines in every direction",
        _ => "Sobel x turns flat regions black and keeps only edges where brightness rises from left to right",
    };

    // What the kernel the student named would have made, and where in their picture to look: a clue about their guess, not the answer.
    private static string WouldMake(string guess, string label) => guess switch
    {
        "identity" => $"it would be the original cat pixel for pixel. Put {label} beside the original and compare one whisker and the fur around the eye: any difference at all rules the identity out.",
        "blur" => $"every whisker would be soft and several pixels wide and the fine fur smoothed away, on the cat's own gray levels. Look at the whiskers in {label}: are they soft?",
        "sharpen" => $"it would be the cat on its own gray levels with every edge crisper than in the original: thin bright and dark fringes along the whiskers and around the ears. Does {label} keep the cat's gray levels, with fringes?",
        "edge" => $"flat fur would be black and outlines bright whatever their direction, since the kernel weighs all eight neighbours alike: the whiskers that run sideways would be bright too. Look at the sideways whiskers in {label}.",
        _ => $"flat fur would be black and only edges where brightness rises from left to right would be bright (it compares the column to the right with the column to the left): whiskers that run sideways would stay dark. Look at the sideways whiskers in {label}.",
    };

    // The second step: what to look for in the picture to find its kernel, without naming it.
    private static string Clue(string actual) => actual switch
    {
        "identity" => "put it next to the original cat: can you find any difference at all, in the whiskers or in the fur?",
        "blur" => "look at the whiskers: are they crisp, or soft and smeared?",
        "sharpen" => "compare the whiskers and the edge of the ear with the original: crisper, with bright and dark fringes, on the same gray levels?",
        "edge" => "is it mostly black, with bright outlines in every direction, the sideways whiskers included?",
        _ => "is it mostly black, with the up-and-down edges bright on one side only and the sideways whiskers dark?",
    };
}
