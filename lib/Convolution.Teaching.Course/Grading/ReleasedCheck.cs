namespace Convolution.Teaching.Course.Grading;

/// <summary>One released check cell: its name, its points and its position among the released copy's cells.</summary>
/// <param name="Name">The <c>// CHECK:</c> name.</param>
/// <param name="Points">What it is worth.</param>
/// <param name="Index">Its index among the released cells.</param>
public sealed record ReleasedCheck(string Name, int Points, int Index);
