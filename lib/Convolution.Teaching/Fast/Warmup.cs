namespace Convolution.Teaching.Fast;

/// <summary>
/// Compiles the fast path's loops for this processor before anyone times them. The loops are generic over
/// the vector type and the block shape, and every copy the JIT makes is compiled fully optimised on its first
/// call (30 to 60 ms for a direct correlation's set, measured on the AVX-512 machine of RESULTS.md). Running
/// tiny correlations that reach each copy moves that cost to a background thread at setup, so a lesson's first
/// call costs what its later calls cost.
/// </summary>
internal static class Warmup
{
    private static readonly Lazy<Task> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The warm-up, started on the first call and shared by every later one.</summary>
    public static Task Task => Started.Value;

    private static Task Start()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // A thread of its own, not the pool's: the pool's threads are what Parallel.For will want. The execution
        // context is not passed on, so an exercise's library-call watch never sees these calls.
        using (ExecutionContext.SuppressFlow())
        {
            var thread = new Thread(() =>
            {
                try
                {
                    Run();
                    done.SetResult();
                }
                catch (Exception e)
                {
                    done.SetException(e);
                }
            })
            {
                IsBackground = true,
                Name = "FastFilters warm-up",
            };
            thread.Start();
        }

        return done.Task;
    }

    /// <summary>
    /// Correlations shaped to reach every compiled copy the default options use: image widths that leave strips
    /// of four, two and one vectors and a narrower one, heights that leave rows outside a block, the padded, interior and
    /// side parts of a Same result, a separable kernel, the FFT and the parallel path.
    /// </summary>
    private static void Run()
    {
        int w = Job.Width(Job.NativePath);
        var random = new Random(19);
        float[,] image = Filled(random, (4 * Job.Resolve(FastOptions.Default).BlockRows) + 3, (7 * w) + 7);
        float[,] narrow = Filled(random, 9, Math.Max(1, w - 1));
        FastOptions oneThread = FastOptions.SingleThread;
        foreach (int k in new[] { 3, 5 })
        {
            float[,] dense = Filled(random, k, k);
            foreach (float[,] source in new[] { image, narrow })
            {
                FastFilters.Correlate(source, dense, OutputMode.Same, BorderMode.Reflect101, options: oneThread);
                FastFilters.Correlate(source, dense, OutputMode.Full, BorderMode.Constant, options: oneThread);
            }

            FastFilters.Correlate(image, dense, OutputMode.Valid, options: oneThread);
            FastFilters.Correlate(image, dense, OutputMode.Same, options: FastOptions.Default with { MinWorkPerThread = 1 });
        }

        // Rank 1 and large enough that every path runs it as two passes; then the FFT, forced.
        float[] factor = [1, 8, 28, 56, 70, 56, 28, 8, 1];
        float[,] separable = new float[factor.Length, factor.Length];
        for (int i = 0; i < factor.Length; i++)
        {
            for (int j = 0; j < factor.Length; j++)
            {
                separable[i, j] = factor[i] * factor[j] / 65536f;
            }
        }

        FastFilters.Correlate(image, separable, OutputMode.Same, options: oneThread);
        FastFilters.CorrelateSeparable(image, factor, factor, OutputMode.Same, options: oneThread);
        FastFilters.Correlate(image, Filled(random, 15, 15), OutputMode.Same, options: oneThread with { Method = FastMethod.Fft });
    }

    private static float[,] Filled(Random random, int rows, int cols)
    {
        var a = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                a[r, c] = random.NextSingle();
            }
        }

        return a;
    }
}
