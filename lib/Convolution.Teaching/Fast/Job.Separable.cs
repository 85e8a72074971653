namespace Convolution.Teaching.Fast;

/// <summary>The separable bands of a <see cref="Job"/>: column sums into a row buffer, then the row kernel along it.</summary>
internal sealed partial class Job
{
    /// <summary>
    /// Output rows r0..r1, two at a time where their kH + 1 image rows are all real (each image vector
    /// then feeds both rows' column sums), one at a time elsewhere. Rows outside the image with a
    /// constant border add a constant; invented columns are copied from the column sums.
    /// </summary>
    private void SeparableBand<TOps, TV>(ReadOnlySpan<float> image, Span<float> destination, int r0, int r1, Scratch scratch)
        where TOps : ISimd<TV>
        where TV : struct
    {
        Span<float> floats = scratch.Floats((2 * InCols) + KRows);
        Span<float> tmp0 = floats[..InCols];
        Span<float> tmp1 = floats.Slice(InCols, InCols);
        Span<float> weights = floats.Slice(2 * InCols, KRows);
        Span<int> starts = scratch.Ints(KRows + 1);
        int r = r0;
        while (r < r1)
        {
            if (r + 1 < r1 && AllRowsReal(r, KRows + 1, starts))
            {
                SeparableKernel.ColumnSumsPair<TOps, TV>(image, starts, Column, tmp0.Slice(Left, Cols), tmp1.Slice(Left, Cols));
                RowPass<TOps, TV>(tmp0, destination, r);
                RowPass<TOps, TV>(tmp1, destination, r + 1);
                r += 2;
                continue;
            }

            int count = 0;
            float constant = 0;
            for (int i = 0; i < KRows; i++)
            {
                int sr = SourceRow(r + i);
                if (sr < 0)
                {
                    constant += Column[i] * Value;
                    continue;
                }

                starts[count] = sr * ImageStride;
                weights[count] = Column[i];
                count++;
            }

            SeparableKernel.ColumnSums<TOps, TV>(image, starts[..count], weights[..count], constant, tmp0.Slice(Left, Cols));
            RowPass<TOps, TV>(tmp0, destination, r);
            r++;
        }
    }

    /// <summary>True when padded rows first .. first + count - 1 are all image rows; their starts go into <paramref name="starts"/>.</summary>
    private bool AllRowsReal(int first, int count, Span<int> starts)
    {
        for (int i = 0; i < count; i++)
        {
            int sr = SourceRow(first + i);
            if (sr < 0)
            {
                return false;
            }

            starts[i] = sr * ImageStride;
        }

        return true;
    }

    /// <summary>Fills the invented columns of a row of column sums, then runs the row kernel along it into output row r.</summary>
    private void RowPass<TOps, TV>(Span<float> tmp, Span<float> destination, int r)
        where TOps : ISimd<TV>
        where TV : struct
    {
        // An invented column is the same image column in every row (or the constant all the way down).
        FillInventedColumns(tmp, Value * ColumnSum);
        SeparableKernel.RowPass<TOps, TV>(tmp, Row, destination.Slice(r * DstStride, OutCols), OutCols);
    }
}
