namespace Convolution.Teaching.Fast;

/// <summary>The constant 4 as a type (see <see cref="IConstant"/>).</summary>
internal readonly struct Const4 : IConstant
{
    public static int Value => 4;
}
