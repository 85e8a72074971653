namespace Convolution.Teaching.Course.Release;

/// <summary>
/// What <see cref="GeneratedFile.Write"/> did with one generated file: a student copy, or a lesson app (the apps
/// share these outcomes, so <c>course release</c> reports both alike).
/// </summary>
public enum StudentCopyStatus
{
    /// <summary>The file did not exist and was written.</summary>
    Created,

    /// <summary>The file was regenerated because what it is made from (its solution notebook) changed.</summary>
    Updated,

    /// <summary>The file already held what the generator writes; it was not touched.</summary>
    Unchanged,

    /// <summary>The file has edits the generator did not make; it was left alone.</summary>
    RefusedEdited,
}
