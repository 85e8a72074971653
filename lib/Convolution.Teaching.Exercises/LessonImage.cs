namespace Convolution.Teaching.Exercises;

/// <summary>
/// The lesson's picture (assets/chelsea.png, the cat), which the checkers run a student's answer on after the
/// hand-sized cases. It is embedded in this dll, so a checker never depends on where the notebook or the
/// repository is on disk.
/// </summary>
internal static class LessonImage
{
    private const string Resource = "chelsea.png";
    private static readonly Lazy<(byte[,]? Cat, string WhyNot)> Loaded = new(Load);

    /// <summary>The cat as 8-bit grayscale (as <c>cv2.imread(path, 0)</c> reads it), or null and why not.</summary>
    public static byte[,]? Cat(out string whyNot)
    {
        (byte[,]? cat, string why) = Loaded.Value;
        whyNot = why;
        return cat;
    }

    private static (byte[,]?, string) Load()
    {
        using Stream? stream = typeof(LessonImage).Assembly.GetManifestResourceStream(Resource);
        if (stream is null)
        {
            return (null, $"the picture {Resource} is not embedded in {typeof(LessonImage).Assembly.GetName().Name}.dll (a build problem: rebuild the library)");
        }

        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        try
        {
            return (Images.DecodeGray(bytes.ToArray(), $"the embedded {Resource}"), string.Empty);
        }
        catch (InvalidDataException e)
        {
            return (null, e.Message);
        }
    }
}
