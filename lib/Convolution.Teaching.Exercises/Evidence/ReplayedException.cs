namespace Convolution.Teaching.Exercises.Evidence;

/// <summary>
/// An exception the student's function threw in the graded kernel, rebuilt in the grader's process: of the same type
/// where that is one of .NET's own exceptions (so the checker names it as it would), otherwise this type, named as the original.
/// </summary>
internal sealed class ReplayedException(string typeName, string message) : Exception(message)
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Exception, string> Places = new();

    /// <summary>The original exception's type name.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>
    /// The exception as it was recorded: an instance of <paramref name="typeName"/> when it is a .NET exception type
    /// with a (string message) constructor, else a <see cref="ReplayedException"/>; <paramref name="where"/> is kept for
    /// <see cref="WhereOf"/>, since a rebuilt exception has no stack of its own.
    /// </summary>
    public static Exception Rebuild(string typeName, string? message, string? where)
    {
        Exception rebuilt = new ReplayedException(typeName, message ?? "");
        Type? type = typeof(Exception).Assembly.GetType(typeName, throwOnError: false);
        if (type is not null && typeof(Exception).IsAssignableFrom(type) && type.GetConstructor([typeof(string)]) is { } make)
        {
            rebuilt = (Exception)make.Invoke([message]);
        }

        Places.AddOrUpdate(rebuilt, where ?? "");
        return rebuilt;
    }

    /// <summary>Where a rebuilt exception was thrown, in words, or null for an exception that was not rebuilt.</summary>
    public static string? WhereOf(Exception e) => Places.TryGetValue(e, out string? where) ? where : null;
}
