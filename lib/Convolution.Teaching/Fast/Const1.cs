namespace Convolution.Teaching.Fast;

/// <summary>The constant 1 as a type (see <see cref="IConstant"/>).</summary>
internal readonly struct Const1 : IConstant
{
    public static int Value => 1;
}
