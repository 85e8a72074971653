namespace Convolution.Teaching.Fast;

/// <summary>The constant 3 as a type (see <see cref="IConstant"/>).</summary>
internal readonly struct Const3 : IConstant
{
    public static int Value => 3;
}
