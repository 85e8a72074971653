namespace Convolution.Teaching.Course.Release;

/// <summary>What <see cref="StudentCopies.Write"/> did with one student copy.</summary>
public enum StudentCopyStatus
{
    /// <summary>The student copy did not exist and was written.</summary>
    Created,

    /// <summary>The student copy was regenerated because its solution notebook changed.</summary>
    Updated,

    /// <summary>The student copy already matched its solution notebook; the file was not touched.</summary>
    Unchanged,

    /// <summary>The student copy has edits the generator did not make; it was left alone.</summary>
    RefusedEdited,
}
