namespace Convolution.Teaching;

// .NET Interactive looks for an attribute NAMED TypeFormatterSourceAttribute (any namespace) and
// calls CreateTypeFormatters() on the type it names; the formatters are matched by shape (MimeType,
// Format(object, TextWriter)). This keeps the core library free of any Interactive package, yet a
// CheckResult shows as its text instead of a table of properties.

/// <summary>Names the type that makes the notebook formatters of the class it is put on.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type with a CreateTypeFormatters() method.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;
}

/// <summary>Makes the two formatters of <see cref="CheckResult"/>.</summary>
internal sealed class CheckResultFormatterSource
{
    /// <summary>Called by .NET Interactive the first time it formats a <see cref="CheckResult"/>.</summary>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new CheckResultFormatter("text/html", result => result.ToHtml()),
        new CheckResultFormatter("text/plain", result => result.ToString()),
    ];
}

/// <summary>Writes a <see cref="CheckResult"/> in one MIME type (the shape .NET Interactive looks for).</summary>
internal sealed class CheckResultFormatter(string mimeType, Func<CheckResult, string> render)
{
    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>Writes the result; false for any other object.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not CheckResult result)
        {
            return false;
        }

        writer.Write(render(result));
        return true;
    }
}
