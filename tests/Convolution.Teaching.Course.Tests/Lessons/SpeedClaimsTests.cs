namespace Convolution.Teaching.Course.Tests.Lessons;

/// The checker of the speed lesson's claims, on sentences written the way Timings writes them: each kind of
/// contradiction is caught, and true sentences pass.
public class SpeedClaimsTests
{
    private static readonly List<Dictionary<string, double>> NoTables = [];

    [Theory]
    [InlineData("fast, 1 thread is 2.0 times faster than OpenCV, 1 thread (0.300 vs 0.600 ms).")]
    [InlineData("lesson loop is 13 times slower than fast, 1 thread (40 vs 3.1 ms).")]
    [InlineData(" 7 x 7 : FFT and direct are within noise of each other (5.0 vs 5.4 ms): the runs themselves vary by 10%.")]
    [InlineData("By median, fastest first: fast, 1 thread (0.370 ms), OpenCV, 1 thread (0.590 ms), lesson loop (40 ms).")]
    [InlineData("Fast path: 13 x 13 took 1.5 times as long as 11 x 11 for 1.4 times the taps: in step with the work, within the runs' noise (noise 10%).")]
    [InlineData("OpenCV: 13 x 13 took 3.2 times as long as 11 x 11 for 1.4 times the taps: more than the work grew (noise 12%).")]
    public void A_sentence_its_numbers_support_passes(string sentence) =>
        Assert.Empty(SpeedClaims.Contradictions(sentence, NoTables));

    [Theory]
    [InlineData("fast, 1 thread is 2.0 times faster than OpenCV, 1 thread (0.600 vs 0.300 ms).", "says faster")]
    [InlineData("fast, 1 thread is 5.0 times faster than OpenCV, 1 thread (0.300 vs 0.600 ms).", "says 5 times")]
    [InlineData("FFT and direct are within noise of each other (5.0 vs 9.0 ms): the runs themselves vary by 10%.", "within noise")]
    [InlineData("By median, fastest first: lesson loop (40 ms), fast, 1 thread (0.370 ms).", "ranks lesson loop")]
    [InlineData("13 x 13 took 3.2 times as long as 11 x 11 for 1.4 times the taps: in step with the work, within the runs' noise (noise 10%).", "is not")]
    public void A_sentence_its_numbers_contradict_is_caught(string sentence, string expected)
    {
        List<string> found = SpeedClaims.Contradictions(sentence, NoTables);

        Assert.Single(found);
        Assert.Contains(expected, found[0]);
    }

    [Fact]
    public void A_time_quoted_unlike_the_table_beside_it_is_caught()
    {
        var tables = SpeedClaims.Tables("<table><thead><tr><th>method</th><th>median ms</th><th>fastest ms</th></tr></thead>" +
            "<tbody><tr><td>fast, 1 thread</td><td>0.31</td><td>0.3</td></tr><tr><td>lesson loop</td><td>40.2</td><td>39</td></tr></tbody></table>");

        Assert.Equal(0.31, tables.Single()["fast, 1 thread"]);
        Assert.Empty(SpeedClaims.Contradictions("By median, fastest first: fast, 1 thread (0.310 ms), lesson loop (40 ms).", tables));
        Assert.Contains("where the table says 0.31 ms", Assert.Single(
            SpeedClaims.Contradictions("By median, fastest first: fast, 1 thread (0.900 ms), lesson loop (40 ms).", tables)));
    }
}
