using System.Buffers.Binary;
using Convolution.Teaching.Tests.Support;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Convolution.Teaching.Tests;

/// <summary>
/// Image loading on generated damaged files: a small PNG cut at any length, its signature broken, empty, its header
/// declaring a huge size, bytes flipped, or random bytes. Each load either gives the image's pixels or throws an
/// exception that names the file and says what to do, in a sentence free of control characters: never a crash or a hang.
/// </summary>
public sealed class ImagesPropertyTests(ITestOutputHelper output) : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("convolution-teaching-images-generated-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    /// <summary>How a generated file is damaged.</summary>
    public enum Damage
    {
        None,
        Truncated,
        WrongMagic,
        Empty,
        HugeDeclaredSize,
        FlippedBytes,
        RandomBytes,
    }

    [Fact]
    public void Any_damaged_file_loads_as_its_image_or_throws_naming_the_file_and_the_fix()
    {
        var gen =
            from shape in Gen.Select(Gen.Int[1, 9], Gen.Int[1, 9])
            from pixels in Generated.Array2D(Gen.Byte, shape.Item1, shape.Item2)
            from damage in Gen.Enum<Damage>()
            from at in Gen.Int[0, 10_000]
            from width in Gen.OneOf(0u, 1u, 1u << 16, 1u << 24, 0x7FFF_FFFFu, 0xFFFF_FFFFu)
            from height in Gen.OneOf(0u, 1u, 1u << 16, 1u << 24, 0x7FFF_FFFFu, 0xFFFF_FFFFu)
            from random in Gen.Byte.Array[0, 200]
            select (pixels, damage, at, width, height, random);
        int index = 0;
        Property.Check(output, "Images.LoadGray (damaged files)", gen, t =>
        {
            var (pixels, damage, at, width, height, random) = t;
            byte[] png = Images.EncodePng(pixels);
            byte[] file = damage switch
            {
                Damage.Truncated => png[..(at % png.Length)],
                Damage.WrongMagic => [(byte)(png[0] ^ 0xFF), .. png[1..]],
                Damage.Empty => [],
                Damage.HugeDeclaredSize => WithDeclaredSize(png, width, height),
                Damage.FlippedBytes => Flipped(png, at),
                Damage.RandomBytes => random,
                _ => png,
            };
            string path = Path.Combine(temp, $"generated-{Interlocked.Increment(ref index)}.png");
            File.WriteAllBytes(path, file);
            string what = $"LoadGray of a {pixels.GetLength(0)} x {pixels.GetLength(1)} PNG, {damage} ({file.Length} of {png.Length} bytes)";
            byte[,] loaded;
            try
            {
                loaded = TimeBound.Run(what, file.Length * 100.0, () => Images.LoadGray(path));
            }
            catch (InvalidDataException e)
            {
                Explains(what, e, path);
                return;
            }
            catch (Exception e) when (e is not TimeoutException)
            {
                throw new XunitException($"{what} threw {e.GetType().Name}, not InvalidDataException: {e.Message}");
            }

            // Decoded: an intact file gives its pixels back; damage the decoder read past must still give an image
            // of the shape its header declares, never an empty or impossible one.
            if (damage == Damage.None)
            {
                Assert.Equal(pixels, loaded);
            }
            else if (loaded.Length == 0)
            {
                throw new XunitException($"{what} gave an empty image.");
            }
        }, ciIterations: 300);
    }

    [Fact]
    public void A_png_cut_at_every_length_loads_whole_or_says_it_is_cut_short()
    {
        byte[] png = Images.EncodePng(TestData.ByteImage(5, 7, seed: 22));
        string path = Path.Combine(temp, "cut.png");
        for (int length = 0; length < png.Length; length++)
        {
            File.WriteAllBytes(path, png[..length]);
            string what = $"LoadGray of a PNG cut to {length} of {png.Length} bytes";
            try
            {
                byte[,] loaded = TimeBound.Run(what, 1e4, () => Images.LoadGray(path));
                Assert.Equal((5, 7), Arrays.Shape(loaded));
            }
            catch (InvalidDataException e)
            {
                Explains(what, e, path);
            }
        }

        output.WriteLine($"Images.LoadGray (every truncation): {png.Length} lengths tried.");
    }

    [Fact]
    public void A_file_without_read_permission_names_the_file_and_the_fix()
    {
        if (OperatingSystem.IsWindows())
        {
            output.WriteLine("Skipped: Unix file modes only.");
            return;
        }

        if (Environment.UserName == "root" || (OperatingSystem.IsLinux() && File.ReadAllText("/proc/self/status").Contains("Uid:\t0\t")))
        {
            // Root reads any file whatever its mode, so no permission bit can stop this test's own process.
            output.WriteLine("Skipped: running as root, for whom chmod 000 does not stop reading.");
            return;
        }

        string path = Path.Combine(temp, "locked.png");
        File.WriteAllBytes(path, Images.EncodePng(new byte[2, 2]));
        File.SetUnixFileMode(path, UnixFileMode.None);

        var e = Assert.Throws<UnauthorizedAccessException>(() => Images.LoadGray(path));

        Assert.Contains(path, e.Message);
        Assert.True(Outcome.SaysWhatToDo(e.Message), e.Message);
    }

    private static void Explains(string what, Exception e, string path)
    {
        if (!e.Message.Contains(path, StringComparison.Ordinal) || e.Message.Any(char.IsControl) || !Outcome.SaysWhatToDo(e.Message))
        {
            throw new XunitException($"{what}: the message must name '{path}', say what to do and hold no control characters: \"{e.Message}\"");
        }
    }

    /// <summary>The PNG with its IHDR's width and height (bytes 16 to 23, big-endian) replaced; the CRC is left stale.</summary>
    private static byte[] WithDeclaredSize(byte[] png, uint width, uint height)
    {
        byte[] copy = (byte[])png.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(20), height);
        return copy;
    }

    private static byte[] Flipped(byte[] png, int at)
    {
        byte[] copy = (byte[])png.Clone();
        for (int i = at % 7; i < copy.Length; i += 7 + (at % 13))
        {
            copy[i] ^= (byte)(1 + (at % 255));
        }

        return copy;
    }
}
