namespace Convolution.Teaching.Notebooks;

/// <summary>The speed lesson's picture of the convolution theorem, drawn as SVG.</summary>
public static class FourierDiagrams
{
    /// <summary>
    /// Two roads from an image and a kernel to the same result: the direct one (slide the kernel,
    /// k^2 multiply-adds a pixel) along the top, and the Fourier one along the bottom (transform both,
    /// multiply the spectra pixel by pixel, transform back).
    /// </summary>
    public static Figure ConvolutionTheorem()
    {
        var canvas = new SvgCanvas(640, 250);
        void Box(double x, double y, string text, string fill)
        {
            canvas.Rect(x, y, 130, 44, fill);
            canvas.Text(x + 65, y + 27, text, 13);
        }

        Box(20, 30, "image f", SvgCanvas.Paper);
        Box(20, 110, "kernel g", SvgCanvas.Paper);
        Box(490, 30, "result f * g", SvgCanvas.Paper);
        Box(200, 170, "F(f), F(g)", "#dbe9f6");
        Box(350, 170, "F(f) · F(g)", "#dbe9f6");
        canvas.Arrow(150, 52, 490, 52);
        canvas.Text(320, 42, "direct: slide g over f, k² multiply-adds a pixel", 12);
        canvas.Arrow(85, 154, 200, 192);
        canvas.Text(120, 200, "FFT", 12, bold: true);
        canvas.Arrow(330, 192, 350, 192);
        canvas.Text(340, 235, "multiply pixel by pixel", 12);
        canvas.Arrow(480, 192, 555, 74);
        canvas.Text(560, 150, "inverse FFT", 12, bold: true);
        const string alt = "Two roads from an image f and a kernel g to the same result f * g. Top: the direct road, sliding g over f with " +
            "k squared multiply-adds a pixel. Bottom: the Fourier road: transform f and g with the FFT, multiply the two spectra pixel by pixel, " +
            "and transform the product back with the inverse FFT.";
        return Show.Svg(canvas.ToSvg("The convolution theorem", alt), alt, "The convolution theorem: F(f * g) = F(f) · F(g).");
    }
}
