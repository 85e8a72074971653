namespace Convolution.Teaching.Fast;

/// <summary>The constant 0 as a type (see <see cref="IConstant"/>).</summary>
internal readonly struct Const0 : IConstant
{
    public static int Value => 0;
}
