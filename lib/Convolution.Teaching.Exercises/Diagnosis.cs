namespace Convolution.Teaching.Exercises;

/// <summary>
/// What a check says is wrong, as data: the words a first failure shows (<see cref="Text"/>), and the exact lines of the
/// fix (<see cref="FixLines"/>), which a check holds back to a repeated failure (or to Tutor.Hint), so a student looks
/// for the mistake before being handed the fix. The two never share a string: a diagnosis is put together with
/// <c>+</c>, which joins the words and keeps every fix line once, in the order the words name them.
/// </summary>
/// <param name="Text">The words, without any fix line.</param>
/// <param name="FixLines">The exact lines of the fix, each once; empty when the words are all there is.</param>
internal sealed record Diagnosis(string Text, IReadOnlyList<string> FixLines)
{
    /// <summary>Words with no fix line.</summary>
    public static implicit operator Diagnosis(string text) => new(text, []);

    /// <summary>The diagnosis's words followed by more words.</summary>
    public static Diagnosis operator +(Diagnosis diagnosis, string text) => diagnosis with { Text = diagnosis.Text + text };

    /// <summary>Words followed by the diagnosis's words.</summary>
    public static Diagnosis operator +(string text, Diagnosis diagnosis) => diagnosis with { Text = text + diagnosis.Text };

    /// <summary>Two diagnoses in a row: the words of both, the fix lines of both (each once).</summary>
    public static Diagnosis operator +(Diagnosis first, Diagnosis second) =>
        new(first.Text + second.Text, [.. first.FixLines.Concat(second.FixLines).Distinct(StringComparer.Ordinal)]);

    /// <summary>The diagnoses one after another, <paramref name="separator"/> between them, with all their fix lines.</summary>
    public static Diagnosis Join(string separator, IEnumerable<Diagnosis> parts)
    {
        Diagnosis joined = string.Empty;
        bool first = true;
        foreach (Diagnosis part in parts)
        {
            joined = first ? part : joined + separator + part;
            first = false;
        }

        return joined;
    }

    /// <summary>The words only: a diagnosis is shown through <see cref="Text"/> and <see cref="FixLines"/>, never by formatting it.</summary>
    public override string ToString() => Text;

    /// <summary>Equal when the words and the fix lines are.</summary>
    public bool Equals(Diagnosis? other) => other is not null && Text == other.Text && FixLines.SequenceEqual(other.FixLines);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, FixLines.Count);
}

/// <summary>One exact line of a fix (<c>"sum += im[r + i, c + j] * kernel[i, j];"</c>), added to words with <c>+</c> to make a <see cref="Diagnosis"/>.</summary>
/// <param name="Code">The line.</param>
internal readonly record struct FixLine(string Code)
{
    /// <summary>The words, then a fix line held back from them.</summary>
    public static Diagnosis operator +(string text, FixLine fix) => new(text, [fix.Code]);
}
