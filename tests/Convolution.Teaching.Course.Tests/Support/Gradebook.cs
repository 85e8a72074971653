namespace Convolution.Teaching.Course.Tests.Support;

/// gradebook.csv read back by column name (RFC 4180 quoting), one row per submission.
public sealed class Gradebook
{
    private Gradebook(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static Gradebook Read(string path)
    {
        List<string[]> records = Parse(File.ReadAllText(path));
        return new Gradebook(records[0], records.Skip(1).ToList());
    }

    /// The row of the submission whose path (relative to the graded folder) is <paramref name="submission"/>.
    public IReadOnlyDictionary<string, string> Row(string submission)
    {
        string[] row = Rows.SingleOrDefault(r => r[0] == submission)
            ?? throw new Xunit.Sdk.XunitException($"no gradebook row for {submission}; rows: {string.Join(", ", Rows.Select(r => r[0]))}");
        return Header.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        return records;
    }
}
