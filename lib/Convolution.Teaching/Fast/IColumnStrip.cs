namespace Convolution.Teaching.Fast;

/// <summary>
/// One strip of output columns of a fast loop, for <see cref="Columns.Sweep"/>: the arguments it
/// needs are fields, so the sweep across a row is written once for every loop. Implemented by
/// ref structs and passed as a generic struct parameter, so each call is compiled for its exact
/// strip and inlined (no interface call, no boxing).
/// </summary>
internal interface IColumnStrip
{
    /// <summary>Computes <c>TC</c> vectors of <c>TOps</c> output columns, the first at column <paramref name="c"/>.</summary>
    /// <typeparam name="TOps">The vector operations (any width, including <see cref="ScalarOps"/>).</typeparam>
    /// <typeparam name="TV">The vector type of <typeparamref name="TOps"/>.</typeparam>
    /// <typeparam name="TC">How many vectors side by side: 1 or the loop's wide strip.</typeparam>
    /// <param name="c">The first output column.</param>
    void Run<TOps, TV, TC>(int c)
        where TOps : ISimd<TV>
        where TV : struct
        where TC : IConstant;
}
