using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Convolution.Teaching.Exercises.Evidence;

/// <summary>
/// The values a student's function takes and returns, written as JSON and read back exactly (doubles bit for bit, as
/// base64 of their bytes), so a grader can replay a check on what the function really returned. Only the shapes the
/// exercises use: numbers, characters, strings, 2D double and byte arrays, windows by position, and size pairs.
/// </summary>
internal static class EvidenceValues
{
    /// <summary>The JSON of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">A type no exercise uses.</exception>
    public static JsonNode? Write(object? value) => value switch
    {
        null => null,
        double d => new JsonObject { ["double"] = Base64([d]) },
        int i => new JsonObject { ["int"] = i },
        char c => new JsonObject { ["char"] = c.ToString() },
        string s => new JsonObject { ["string"] = s },
        double[] v => new JsonObject { ["double[]"] = Base64(v) },
        double[,] a => new JsonObject { ["rows"] = a.GetLength(0), ["cols"] = a.GetLength(1), ["double[,]"] = Base64(Flatten(a)) },
        byte[,] b => new JsonObject { ["rows"] = b.GetLength(0), ["cols"] = b.GetLength(1), ["byte[,]"] = Convert.ToBase64String(Flatten(b)) },
        (int Rows, int Cols)[] sizes => new JsonObject { ["sizes"] = new JsonArray([.. sizes.Select(s => (JsonNode)new JsonArray(s.Rows, s.Cols))]) },
        Dictionary<(int Row, int Col), double[,]> windows => new JsonObject
        {
            ["windows"] = new JsonArray([.. windows.Select(w => (JsonNode)new JsonObject { ["at"] = new JsonArray(w.Key.Row, w.Key.Col), ["value"] = Write(w.Value) })]),
        },
        _ => throw new ArgumentException($"an exercise value of type {value.GetType().Name} cannot be recorded as evidence", nameof(value)),
    };

    /// <summary>The value <see cref="Write"/> wrote, as a <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a value of that type.</exception>
    public static T? Read<T>(JsonNode? node) => node is null ? default : (T?)Read(node, typeof(T));

    /// <summary>A fingerprint of the values a function was given: equal inputs, equal prints.</summary>
    public static string Fingerprint(IEnumerable<object?> inputs) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(new JsonArray([.. inputs.Select(Write)]).ToJsonString())));

    private static object? Read(JsonNode node, Type type)
    {
        try
        {
            JsonObject o = node.AsObject();
            return type switch
            {
                _ when type == typeof(double) => Doubles((string)o["double"]!)[0],
                _ when type == typeof(int) => (int)o["int"]!,
                _ when type == typeof(char) => ((string)o["char"]!)[0],
                _ when type == typeof(string) => (string)o["string"]!,
                _ when type == typeof(double[]) => Doubles((string)o["double[]"]!),
                _ when type == typeof(double[,]) => Shape(Doubles((string)o["double[,]"]!), (int)o["rows"]!, (int)o["cols"]!),
                _ when type == typeof(byte[,]) => Shape(Convert.FromBase64String((string)o["byte[,]"]!), (int)o["rows"]!, (int)o["cols"]!),
                _ when type == typeof((int, int)[]) => o["sizes"]!.AsArray().Select(s => ((int)s![0]!, (int)s[1]!)).ToArray(),
                _ when type == typeof(Dictionary<(int, int), double[,]>) => o["windows"]!.AsArray()
                    .ToDictionary(w => ((int)w!["at"]![0]!, (int)w["at"]![1]!), w => (double[,])Read(w!["value"]!, typeof(double[,]))!),
                _ => throw new InvalidDataException($"no exercise records a {type.Name}"),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException($"the evidence does not hold a {type.Name} where the check expects one ({e.Message})", e);
        }
    }

    /// <summary>Copies <paramref name="after"/> into <paramref name="input"/>, as the student's function left it (its changes in place).</summary>
    public static void CopyInto(object? input, JsonNode? after)
    {
        switch (input)
        {
            case double[,] a when Read<double[,]>(after) is { } v && v.GetLength(0) == a.GetLength(0) && v.GetLength(1) == a.GetLength(1):
                Array.Copy(v, a, v.Length);
                break;
            case byte[,] b when Read<byte[,]>(after) is { } v && v.GetLength(0) == b.GetLength(0) && v.GetLength(1) == b.GetLength(1):
                Array.Copy(v, b, v.Length);
                break;
            default:
                throw new InvalidDataException("the evidence says an input changed in a way its type cannot");
        }
    }

    private static string Base64(double[] values)
    {
        var bytes = new byte[values.Length * sizeof(double)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        return Convert.ToBase64String(bytes);
    }

    private static double[] Doubles(string base64)
    {
        byte[] bytes = Convert.FromBase64String(base64);
        if (bytes.Length % sizeof(double) != 0)
        {
            throw new FormatException("a list of doubles whose length is not a multiple of 8 bytes");
        }

        var values = new double[bytes.Length / sizeof(double)];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static T[] Flatten<T>(T[,] a)
    {
        var flat = new T[a.Length];
        int i = 0;
        foreach (T v in a)
        {
            flat[i++] = v;
        }

        return flat;
    }

    private static T[,] Shape<T>(T[] flat, int rows, int cols)
    {
        if (rows < 0 || cols < 0 || (long)rows * cols != flat.Length)
        {
            throw new FormatException($"{flat.Length} values do not make a {rows} x {cols} array");
        }

        var a = new T[rows, cols];
        Buffer.BlockCopy(flat, 0, a, 0, flat.Length * System.Runtime.InteropServices.Marshal.SizeOf<T>());
        return a;
    }
}
