using StbImageSharp;
using StbImageWriteSharp;

namespace Convolution.Teaching;

/// <summary>The three colour channels of an image, each indexed [row, col].</summary>
/// <param name="Red">The red channel.</param>
/// <param name="Green">The green channel.</param>
/// <param name="Blue">The blue channel.</param>
public sealed record ColorChannels(byte[,] Red, byte[,] Green, byte[,] Blue);

/// <summary>
/// Reading and writing image files in managed code (no OpenCV needed), so everything before the
/// OpenCV part of the lesson works even where OpenCV's native library does not load.
/// </summary>
public static class Images
{
    /// <summary>
    /// The lesson's <c>cv2.imread(path, 0)</c>: the image as 8-bit grayscale, indexed [row, col].
    /// Colour is mixed to gray with the weights 0.299 R + 0.587 G + 0.114 B in the fixed point that
    /// <c>cv2.imread</c> uses for PNG files, so a PNG gives the same pixels as <c>cv2.imread(path, 0)</c>.
    /// </summary>
    /// <param name="path">A PNG, JPEG, BMP, GIF or TGA file; a relative path starts at the current directory.</param>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>, or it is a folder.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read with this user's permissions.</exception>
    /// <exception cref="InvalidDataException">The file is not an image that can be decoded.</exception>
    public static byte[,] LoadGray(string path) => Gray(LoadChannels(path));

    /// <summary>
    /// <see cref="LoadGray(string)"/> for an image file's bytes already in memory (e.g. an embedded resource).
    /// </summary>
    /// <param name="file">The whole file: PNG, JPEG, BMP, GIF or TGA.</param>
    /// <param name="name">What the bytes are, for the error message.</param>
    /// <exception cref="InvalidDataException">The bytes are not an image that can be decoded.</exception>
    public static byte[,] DecodeGray(byte[] file, string name)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Gray(Channels(DecodeBytes(file, name)));
    }

    private static byte[,] Gray(ColorChannels c) =>
        Arrays.Map(c.Red, (r, col, _, _) => ToGray(c.Red[r, col], c.Green[r, col], c.Blue[r, col]));

    /// <summary>The image's red, green and blue channels (a gray file gives three equal channels).</summary>
    /// <param name="path">A PNG, JPEG, BMP, GIF or TGA file; a relative path starts at the current directory.</param>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>, or it is a folder.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read with this user's permissions.</exception>
    /// <exception cref="InvalidDataException">The file is not an image that can be decoded.</exception>
    public static ColorChannels LoadChannels(string path) => Channels(Decode(path));

    private static ColorChannels Channels(ImageResult image)
    {
        int rows = image.Height, cols = image.Width;
        var red = new byte[rows, cols];
        var green = new byte[rows, cols];
        var blue = new byte[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                int i = ((r * cols) + c) * 3;
                red[r, c] = image.Data[i];
                green[r, c] = image.Data[i + 1];
                blue[r, c] = image.Data[i + 2];
            }
        }

        return new ColorChannels(red, green, blue);
    }

    /// <summary>Encodes an 8-bit grayscale image as PNG bytes.</summary>
    /// <param name="gray">The image, indexed [row, col].</param>
    public static byte[] EncodePng(byte[,] gray)
    {
        Guard.NotEmpty(gray, nameof(gray));
        int rows = gray.GetLength(0), cols = gray.GetLength(1);
        var data = new byte[rows * cols];
        Buffer.BlockCopy(gray, 0, data, 0, data.Length);
        using var stream = new MemoryStream();
        new ImageWriter().WritePng(data, cols, rows, StbImageWriteSharp.ColorComponents.Grey, stream);
        return stream.ToArray();
    }

    /// <summary>Encodes an image's three colour channels as an RGB PNG.</summary>
    /// <param name="image">The channels, all of one size.</param>
    /// <exception cref="ArgumentException">The channels differ in size.</exception>
    public static byte[] EncodeColorPng(ColorChannels image)
    {
        ArgumentNullException.ThrowIfNull(image);
        Guard.NotEmpty(image.Red, nameof(image));
        Guard.SameShape(image.Red, image.Green, "image.Red", "image.Green");
        Guard.SameShape(image.Red, image.Blue, "image.Red", "image.Blue");
        int rows = image.Red.GetLength(0), cols = image.Red.GetLength(1);
        var data = new byte[rows * cols * 3];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                int i = ((r * cols) + c) * 3;
                data[i] = image.Red[r, c];
                data[i + 1] = image.Green[r, c];
                data[i + 2] = image.Blue[r, c];
            }
        }

        using var stream = new MemoryStream();
        new ImageWriter().WritePng(data, cols, rows, StbImageWriteSharp.ColorComponents.RedGreenBlue, stream);
        return stream.ToArray();
    }

    /// <summary>Writes an 8-bit grayscale image to a PNG file (creating its folder) and returns the full path.</summary>
    /// <param name="path">Where to write; an existing file is replaced.</param>
    /// <param name="gray">The image, indexed [row, col].</param>
    public static string SavePng(string path, byte[,] gray)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, EncodePng(gray));
        return full;
    }

    /// <summary>
    /// Stretches any image to 0..255 for display, as matplotlib's <c>imshow(img, cmap="gray")</c> does:
    /// the smallest value becomes black, the largest white. A flat image keeps its value when that lies
    /// in 0..255 (so an all-black image stays black), else it becomes mid-gray.
    /// </summary>
    /// <param name="image">The image, any range.</param>
    public static byte[,] StretchToByte(double[,] image)
    {
        Guard.NotEmpty(image, nameof(image));
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in image)
        {
            if (double.IsFinite(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        if (!(max > min))
        {
            double flat = double.IsFinite(min) && min >= 0 && min <= 255 ? min : 128;
            return Arrays.Full(image.GetLength(0), image.GetLength(1), Conversions.ToByte(flat));
        }

        return Arrays.Map(image, (r, c, _, _) => Conversions.ToByte((image[r, c] - min) * 255.0 / (max - min)));
    }

    /// <summary>
    /// RGB to gray as <c>cv2.imread(path, IMREAD_GRAYSCALE)</c> does it for a PNG: OpenCV 4.13 does not
    /// call its own <c>cvtColor</c> here (14-bit, rounded) but asks libpng for
    /// <c>png_set_rgb_to_gray(0.299, 0.587)</c>. libpng turns the weights into 15-bit integers without
    /// rounding (29900 * 32768 / 100000 = 9797, 58700 * 32768 / 100000 = 19234, blue gets the rest,
    /// 32768 - 9797 - 19234 = 3737) and truncates the sum: (9797 R + 19234 G + 3737 B) >> 15.
    /// Equal channels give the channel back exactly (the weights sum to 32768), so gray files are unchanged.
    /// Checked on chelsea.png: 0 pixels differ, where OpenCV's cvtColor rule differed on 74,013 of 135,300 by 1.
    /// (By libpng's source, a PNG with a gAMA or sRGB chunk goes through gamma tables instead; not checked here,
    /// and the lesson's images have no such chunk.)
    /// </summary>
    internal static byte ToGray(byte r, byte g, byte b) => (byte)(((9797 * r) + (19234 * g) + (3737 * b)) >> 15);

    private static ImageResult Decode(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new FileNotFoundException(
                $"'{full}' is a folder, not an image file (asked for '{path}'). Pass the path of an image file inside it{ExampleIn(full)}.", full);
        }

        if (!File.Exists(full))
        {
            throw new FileNotFoundException(
                $"No image file at '{full}' (asked for '{path}', relative to the current directory '{Environment.CurrentDirectory}'). " +
                "Check the path; the lesson images are in the repository's assets/ folder.", full);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnauthorizedAccessException(
                $"'{full}' cannot be read: this user has no permission to open it ({Clean(e.Message)}). Give yourself read access, or copy the image somewhere you can read.", e);
        }

        return DecodeBytes(bytes, $"'{full}'");
    }

    /// <summary>", e.g. '/x/camera.png'" for the first image file in <paramref name="folder"/>, or "" when it holds none.</summary>
    private static string ExampleIn(string folder)
    {
        string[] extensions = [".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tga"];
        string? example = Directory.EnumerateFiles(folder)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return example is null ? " (it holds no PNG, JPEG, BMP, GIF or TGA file)" : $", e.g. '{example}'";
    }

    private static ImageResult DecodeBytes(byte[] bytes, string name)
    {
        string? format = Format(bytes);
        if (bytes.Length == 0)
        {
            throw new InvalidDataException($"{name} is empty (0 bytes), not an image. Give a PNG, JPEG, BMP, GIF or TGA file; if it should be one, copy it again.");
        }

        // Read the header first: a damaged one can declare billions of pixels, which no array here could hold.
        ImageInfo? info = null;
        try
        {
            info = ImageInfo.FromStream(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The decoder below says why, in the same words as for any other damage.
        }

        if (info is { } header && (long)header.Width * header.Height * 3 > Array.MaxLength)
        {
            throw new InvalidDataException(
                $"{name} ({bytes.Length} bytes) declares an image of {header.Width} x {header.Height} pixels, more than can be loaded here " +
                $"(at most {Array.MaxLength / 3} pixels): its header is damaged, or the image is too large. Give a smaller PNG, JPEG, BMP, GIF or TGA file.");
        }

        try
        {
            return ImageResult.FromMemory(bytes, StbImageSharp.ColorComponents.RedGreenBlue);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            // StbImageSharp's reasons come from a fixed C buffer: often NUL characters only, or a word and NULs.
            string reason = Clean(e.Message);
            string why = reason.Length == 0 ? "the decoder gave no reason" : $"the decoder says: {reason}";
            string fix = format is null
                ? "Its first bytes are not those of a PNG, JPEG, BMP or GIF file (nor is it a TGA the decoder can read): give a PNG, JPEG, BMP, GIF or TGA file."
                : $"It starts like a {format} file, so it is probably cut short or damaged (a download or copy that did not finish): copy it again, or save it again from an image editor.";
            throw new InvalidDataException($"{name} ({bytes.Length} bytes) is not an image that can be decoded ({why}). {fix}", e);
        }
    }

    /// <summary>The file format its first bytes announce (PNG, JPEG, BMP, GIF), or null; TGA has no signature.</summary>
    private static string? Format(byte[] bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "PNG",
        [0xFF, 0xD8, ..] => "JPEG",
        [(byte)'B', (byte)'M', ..] => "BMP",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "GIF",
        _ => null,
    };

    /// <summary>A message fit for a sentence: control characters (NULs, line breaks) dropped, spaces trimmed.</summary>
    private static string Clean(string message) => new string(message.Where(c => !char.IsControl(c)).ToArray()).Trim();
}
