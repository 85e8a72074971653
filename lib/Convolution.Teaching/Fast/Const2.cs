namespace Convolution.Teaching.Fast;

/// <summary>The constant 2 as a type (see <see cref="IConstant"/>).</summary>
internal readonly struct Const2 : IConstant
{
    public static int Value => 2;
}
