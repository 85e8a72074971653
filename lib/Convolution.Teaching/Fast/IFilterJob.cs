namespace Convolution.Teaching.Fast;

/// <summary>A planned correlation, direct (<see cref="Job"/>) or through the FFT (<see cref="FftJob"/>).</summary>
internal interface IFilterJob
{
    /// <summary>Runs on the calling thread or spread over the cores, as the options allow.</summary>
    void Run(Array image, Array destination, FastOptions options);

    /// <summary>Runs on the calling thread only (the span overloads).</summary>
    void RunSerial(ReadOnlySpan<float> image, Span<float> destination);
}
