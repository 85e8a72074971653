namespace Convolution.Teaching.Exercises.Tests;

/// <summary>Matching kernels to pictures: the pictures are what they say, and every wrong match gets a clue.</summary>
public class CheckKernelMatchTests
{
    [Fact]
    public void TheRightMatchPasses()
    {
        ExerciseAssert.Passes(() => Exercises.CheckKernelMatch("sharpen", "edge", "identity", "blur"));
    }

    [Fact]
    public void SynonymsAndCaseAreAccepted()
    {
        ExerciseAssert.Passes(() => Exercises.CheckKernelMatch(" Sharpening", "edge detection", "IDENTITY", "box blur"));
    }

    [Fact]
    public void EachWrongPictureGetsItsOwnClueAndTheRightOnesAreConfirmed()
    {
        string feedback = ExerciseAssert.Fails(() => Exercises.CheckKernelMatch("identity", "edge", "sharpen", "blur"));

        ExerciseAssert.MentionsAll(feedback, "2 of 4 pictures matched", "A is not the identity", "C is not the sharpen",
            "B is the edge", "D is the blur");
        Assert.DoesNotContain("A is the sharpen", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAndMissingNamesAreSaidSo()
    {
        string feedback = ExerciseAssert.Fails(() => Exercises.CheckKernelMatch("?", "", "gaussian", "blur"));

        ExerciseAssert.MentionsAll(feedback, "A: not answered yet", "B: not answered yet", "\"gaussian\" is not one of the names");
    }

    [Fact]
    public void ThePicturesAreLabelledAToDAndAllTheSameSize()
    {
        var pictures = Exercises.KernelMatchPictures();

        Assert.Equal(["A", "B", "C", "D"], pictures.Select(p => p.Label));
        Assert.All(pictures, p => Assert.Equal((296, 447), Arrays.Shape(p.Image)));
    }

    [Fact]
    public void EachPictureIsMadeByTheKernelTheCheckExpectsForIt()
    {
        // On a random image: C (identity) is the image itself, cropped by 2; D is the 5 x 5 box blur; both within 0..255.
        byte[,] image = Conversions.ToByte(Arrays.Scale(255.0, Arrays.Random(12, 15, seed: 3)));
        var pictures = Exercises.KernelMatchPictures(image);
        double[,] values = Conversions.ToDouble(image);

        Assert.Equal(Arrays.Slice(values, 2..^2, 2..^2), pictures[2].Image);
        Assert.True(Arrays.AllClose(Filters.CorrelateValid(values, Kernels.BoxBlur(5)), pictures[3].Image));
        double[,] sharpen = Filters.CorrelateValid(values, Kernels.Sharpen(3));
        Assert.Equal(Math.Clamp(sharpen[1, 1], 0, 255), pictures[0].Image[0, 0], 9);
        double[,] edge = Filters.CorrelateValid(values, Kernels.Edge());
        Assert.Equal(Math.Clamp(edge[1, 1], 0, 255), pictures[1].Image[0, 0], 9);
    }

    [Fact]
    public void ATooSmallImageIsRefusedWithTheReason()
    {
        var e = Assert.Throws<ArgumentException>(() => Exercises.KernelMatchPictures(new byte[4, 9]));

        Assert.Contains("at least 5 x 5", e.Message, StringComparison.Ordinal);
    }
}
