namespace Convolution.Teaching.Exercises;

public static partial class Exercises
{
    /// <summary>The kernel names <see cref="CheckKernelMatch"/> accepts.</summary>
    public static IReadOnlyList<string> KernelMatchNames { get; } = ["identity", "blur", "sharpen", "edge"];

    // The fixed shuffled order of the pictures: A, B, C, D.
    private static readonly string[] PictureKernels = ["sharpen", "edge", "identity", "blur"];

    /// <summary>
    /// "Recognise common kernels": four pictures of the cat, labelled A to D, each made with one of
    /// the kernels identity (3 x 3), box blur (5 x 5), sharpen (3 x 3) and edge (3 x 3), in a fixed
    /// shuffled order. Each is a valid-mode result cropped to the same size (so the size gives nothing
    /// away) and clipped to 0..255 like OpenCV's 8-bit output, ready to show with
    /// <c>Conversions.ToByte</c>. Match them with <see cref="CheckKernelMatch"/>.
    /// </summary>
    /// <returns>The labelled pictures A, B, C, D.</returns>
    /// <exception cref="FileNotFoundException">assets/chelsea.png was not found above the current directory.</exception>
    public static (string Label, double[,] Image)[] KernelMatchPictures()
    {
        byte[,] cat = LessonImage.Cat(out string whyNot)
            ?? throw new FileNotFoundException($"The kernel-matching pictures are made from the cat, but {whyNot}. Open the notebook from the repository's notebooks/ folder.");
        return KernelMatchPictures(cat);
    }

    /// <summary>The same four labelled pictures as <see cref="KernelMatchPictures()"/>, made from another 8-bit gray image.</summary>
    /// <param name="image">An 8-bit gray image, at least 5 x 5.</param>
    /// <returns>The labelled pictures A, B, C, D.</returns>
    public static (string Label, double[,] Image)[] KernelMatchPictures(byte[,] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.GetLength(0) < 5 || image.GetLength(1) < 5)
        {
            throw new ArgumentException($"image is {Words.Shape(image)}: the 5 x 5 blur needs an image of at least 5 x 5.", nameof(image));
        }

        double[,] values = Conversions.ToDouble(image);
        return PictureKernels.Select((name, i) => (((char)('A' + i)).ToString(), Picture(values, name))).ToArray();
    }

    /// <summary>
    /// Checks which kernel made each picture of <see cref="KernelMatchPictures()"/>. Give a kernel name
    /// for each picture: "identity", "blur", "sharpen" or "edge". A wrong match gets a clue for that
    /// picture, not the answer.
    /// </summary>
    /// <param name="a">The kernel you think made picture A.</param>
    /// <param name="b">The kernel you think made picture B.</param>
    /// <param name="c">The kernel you think made picture C.</param>
    /// <param name="d">The kernel you think made picture D.</param>
    /// <returns>The result, passed or not: shown as the check cell's value (it never throws, so Run All goes on).</returns>
    public static CheckResult CheckKernelMatch(string a, string b, string c, string d)
    {
        var feedback = new Feedback("Kernel matching");
        string?[] answers = [a, b, c, d];
        var problems = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            string label = ((char)('A' + i)).ToString(), actual = PictureKernels[i];
            string? guess = NormaliseKernelName(answers[i]);
            if (string.IsNullOrWhiteSpace(answers[i]) || answers[i]!.Trim() == "?")
            {
                problems.Add($"{label}: not answered yet. Put one of {string.Join(", ", KernelMatchNames)}.");
            }
            else if (guess is null)
            {
                problems.Add($"{label}: \"{answers[i]}\" is not one of the names: use {string.Join(", ", KernelMatchNames)}.");
            }
            else if (guess != actual)
            {
                problems.Add($"{label} is not the {guess}: {LooksLike(guess)}. Look again: {Clue(actual)}");
            }
            else
            {
                feedback.Ok($"{label} is the {actual}: {LooksLike(actual)}.");
            }
        }

        if (problems.Count > 0)
        {
            return feedback.Fail($"{4 - problems.Count} of 4 pictures matched. The clues below are for the ones that do not match yet.", problems.ToArray());
        }

        return feedback.Pass("Right: all four kernels recognised from what they do to the picture.");
    }

    private static double[,] Picture(double[,] image, string kernelName)
    {
        double[,] kernel = kernelName switch
        {
            "identity" => Kernels.Identity(3),
            "blur" => Kernels.BoxBlur(5),
            "sharpen" => Kernels.Sharpen(3),
            _ => Kernels.Edge(),
        };
        double[,] result = Filters.CorrelateValid(image, kernel);
        int crop = (5 - kernel.GetLength(0)) / 2; // every picture ends up the size of the 5 x 5 result
        double[,] cropped = crop == 0 ? result : Arrays.Slice(result, crop..^crop, crop..^crop);
        return Arrays.Map(cropped, (r, c, _, _) => Math.Clamp(cropped[r, c], 0, 255));
    }

    private static string? NormaliseKernelName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "identity" or "id" or "identity kernel" => "identity",
        "blur" or "box blur" or "box" or "blur 5x5" or "5x5 blur" or "box blur 5x5" or "average" or "mean" => "blur",
        "sharpen" or "sharpening" or "sharp" => "sharpen",
        "edge" or "edges" or "edge detection" or "edge detector" or "outline" => "edge",
        _ => null,
    };

    private static string LooksLike(string kernel) => kernel switch
    {
        "identity" => "the identity kernel gives back the original picture unchanged, every whisker as it was",
        "blur" => "a blur makes the fur and whiskers soft and smeared",
        "sharpen" => "a sharpen kernel keeps the picture but makes edges crisper, with bright and dark fringes along them",
        _ => "the edge kernel turns flat regions black and leaves only thin bright outlines",
    };

    private static string Clue(string actual) => actual switch
    {
        "identity" => "put it next to the original cat: can you find any difference at all, in the whiskers or in the fur?",
        "blur" => "look at the whiskers: are they crisp, or soft and smeared?",
        "sharpen" => "look along the whiskers and the edge of the ear: are they crisper than in the original, with bright and dark fringes?",
        _ => "is most of the picture dark, with only outlines left?",
    };
}
