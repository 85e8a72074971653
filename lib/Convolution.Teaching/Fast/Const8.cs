namespace Convolution.Teaching.Fast;

/// <summary>The constant 8 as a type (see <see cref="IConstant"/>).</summary>
internal readonly struct Const8 : IConstant
{
    public static int Value => 8;
}
