using Convolution.Teaching;

namespace Convolution.Teaching.Benchmarks;

/// <summary>The inputs every benchmark shares: float32 images and kernels with fixed seeds.</summary>
public static class BenchData
{
    /// <summary>The kernel names used as a benchmark parameter, in the order of the tables.</summary>
    public static readonly string[] KernelNames = ["3x3", "5x5", "5x5 Gaussian", "11x11", "31x31"];

    /// <summary>A square float32 image of random values in [0, 1).</summary>
    public static float[,] Image(int size) => Conversions.ToFloat(Arrays.Random(size, size, seed: size));

    /// <summary>"KxK": random values in [0, 1); "5x5 Gaussian": the binomial outer([1,4,6,4,1]) / 256.</summary>
    public static float[,] Kernel(string name) => name switch
    {
        "5x5 Gaussian" => Conversions.ToFloat(Kernels.Binomial5x5()),
        _ => Conversions.ToFloat(Arrays.Random(Size(name), Size(name), seed: 100 + Size(name))),
    };

    /// <summary>The side of a named kernel ("11x11" is 11).</summary>
    public static int Size(string name) => int.Parse(name.Split('x')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The repository root: the folder with Convolution.Teaching.sln above the running program.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Convolution.Teaching.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Convolution.Teaching.sln above {AppContext.BaseDirectory}: run the benchmarks from the repository's build output.");
    }
}
