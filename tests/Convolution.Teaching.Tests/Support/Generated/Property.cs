using System.Globalization;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Convolution.Teaching.Tests.Support;

/// <summary>
/// The one place the generated suite's seed and size are decided. In CI every property runs the same inputs: input i of a
/// property is generated from <c>new PCG(Seed, i)</c>, one CsCheck sample each, so a run is the same on every machine
/// (CsCheck's own <c>Sample</c> draws all but its first input at random). A failing input is then handed to CsCheck as
/// its seed, and CsCheck's shrinking looks for the smallest input that still fails, which is what the test reports.
/// Run longer with <c>CT_PROPERTY_ITER=N</c> (N inputs a property instead of each property's CI count) and another
/// set of inputs with <c>CT_PROPERTY_SEED=S</c> (a number).
/// </summary>
internal static class Property
{
    /// <summary>The CI seed: a constant, so the suite tries the same inputs on every run.</summary>
    public const uint CiSeed = 22;

    /// <summary>How many more samples CsCheck may try while shrinking a failure to its smallest input.</summary>
    private const int ShrinkIterations = 2_000;

    /// <summary>The seed in force: <c>CT_PROPERTY_SEED</c> when set, else <see cref="CiSeed"/>.</summary>
    public static uint Seed { get; } = ReadEnvironment("CT_PROPERTY_SEED", CiSeed, uint.Parse);

    /// <summary>The inputs a property tries: <c>CT_PROPERTY_ITER</c> when set, else its own CI count.</summary>
    public static int Iterations(int ciIterations) => ReadEnvironment("CT_PROPERTY_ITER", ciIterations, int.Parse);

    /// <summary>
    /// Checks <paramref name="property"/> on <see cref="Iterations"/>(<paramref name="ciIterations"/>) inputs of
    /// <paramref name="gen"/>, and writes to <paramref name="output"/> how many inputs <paramref name="entryPoint"/> was given.
    /// On a failure, throws CsCheck's report of the smallest failing input it found (with the seed that reproduces it).
    /// </summary>
    public static void Check<T>(ITestOutputHelper output, string entryPoint, Gen<T> gen, Action<T> property, int ciIterations)
    {
        int iterations = Iterations(ciIterations);
        for (int i = 0; i < iterations; i++)
        {
            string seed = new PCG(Seed, (ulong)i).ToString();
            try
            {
                gen.Sample(property, seed: seed, iter: 1, threads: 1);
            }
            catch (Exception first)
            {
                output.WriteLine($"{entryPoint}: input {i} of {iterations} (CsCheck seed {seed}) failed; shrinking.");
                Shrink(gen, property, seed, entryPoint, i, first);
                throw;
            }
        }

        string line = string.Create(CultureInfo.InvariantCulture, $"{entryPoint}: {iterations} generated inputs, seed {Seed}, all passed.");
        output.WriteLine(line);
        Report.Enqueue(line);
    }

    /// <summary>Every passed property's line, for a look at the counts from outside the test output.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentQueue<string> Report = new();

    private static void Shrink<T>(Gen<T> gen, Action<T> property, string seed, string entryPoint, int index, Exception first)
    {
        try
        {
            // Starts at the failing input (the seed), then keeps any smaller input that fails too.
            gen.Sample(property, seed: seed, iter: ShrinkIterations, threads: 1);
        }
        catch (Exception shrunk)
        {
            throw new XunitException($"{entryPoint}, input {index} (CsCheck seed {seed}): {shrunk.Message}", shrunk);
        }

        throw new XunitException($"{entryPoint}, input {index} (CsCheck seed {seed}) failed once but not again (flaky?): {first.Message}", first);
    }

    private static TValue ReadEnvironment<TValue>(string name, TValue fallback, Func<string, IFormatProvider, TValue> parse)
    {
        string? text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        try
        {
            return parse(text.Trim(), CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{name} is '{text}': set it to a whole number, or unset it for the CI default.", e);
        }
    }
}
