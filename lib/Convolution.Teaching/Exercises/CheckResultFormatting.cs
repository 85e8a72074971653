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
    public IEnumerable<object> CreateTypeFormatters() => [new Html(), new PlainText()];

    /// <summary>The rich output: a coloured bar, the summary and the details.</summary>
    internal sealed class Html
    {
        /// <summary>The MIME type this formatter writes.</summary>
        public string MimeType => "text/html";

        /// <summary>Writes the result; false for any other object.</summary>
        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not CheckResult result)
            {
                return false;
            }

            writer.Write(result.ToHtml());
            return true;
        }
    }

    /// <summary>The plain output: <see cref="CheckResult.ToString"/>.</summary>
    internal sealed class PlainText
    {
        /// <summary>The MIME type this formatter writes.</summary>
        public string MimeType => "text/plain";

        /// <summary>Writes the result; false for any other object.</summary>
        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not CheckResult result)
            {
                return false;
            }

            writer.Write(result.ToString());
            return true;
        }
    }
}
