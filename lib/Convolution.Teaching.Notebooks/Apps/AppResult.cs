using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Convolution.Teaching.Notebooks.Apps;

/// <summary>
/// How one run of a lesson app went, as data: the file the app's library writes at its end (<see cref="Display.End"/>, or
/// when a cell's exception stops it), which the course reads instead of anything the app printed. Printed lines are the
/// reader's; a program that judges a run reads this, so nothing a lesson's (or a student's) code prints can change it.
/// </summary>
/// <param name="App">The app's source file.</param>
/// <param name="Notebook">The notebook it was generated from, relative to the app's folder.</param>
/// <param name="Page">The page the app wrote.</param>
/// <param name="Completed">True when the app reached <see cref="Display.End"/>; false when an exception stopped it.</param>
/// <param name="Cells">Every code cell that started, in order.</param>
public sealed record AppResult(string App, string Notebook, string Page, bool Completed, IReadOnlyList<AppCellResult> Cells)
{
    /// <summary>The environment variable that names where the result goes (the course sets it, a fresh path per run); without it, <see cref="DefaultPath"/>.</summary>
    public const string Variable = "CONVOLUTION_TEACHING_APP_RESULT";

    /// <summary>Where a run writes its result when <see cref="Variable"/> is not set: beside its page, <c>NN-topic.result.json</c>.</summary>
    /// <param name="page">The app's page.</param>
    public static string DefaultPath(string page) => Path.ChangeExtension(page, ".result.json");

    /// <summary>The result as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, AppResultJson.Default.AppResult);

    /// <summary>Reads a result written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The file's text.</param>
    /// <exception cref="JsonException">It is not such a result (not JSON, or a field missing or of the wrong kind).</exception>
    public static AppResult Parse(string json)
    {
        AppResult? result;
        try
        {
            result = JsonSerializer.Deserialize(json, AppResultJson.Default.AppResult);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new JsonException(e.Message, e);
        }

        if (result is null || result.App is null || result.Page is null || result.Cells is null || result.Cells.Any(c => c is null || c.Status is null))
        {
            throw new JsonException("it lacks a field every app result has (app, page, cells, each cell's status)");
        }

        return result;
    }
}

/// <summary>One code cell of a lesson app's run.</summary>
/// <param name="Cell">The cell's number in the notebook.</param>
/// <param name="Status"><see cref="Ok"/>, or <see cref="Threw"/> when an exception left it.</param>
/// <param name="Check">The cell's <c>// CHECK:</c> name when the app declares it an exercise check cell (<c>Display.Cell(N, check: "im-conv")</c>), else null.</param>
/// <param name="Result">The check result the cell showed, as the kernel shows it (<see cref="Exercises.CheckResult.ToJson"/>), or null.</param>
/// <param name="Exception">What the cell threw, or null.</param>
public sealed record AppCellResult(int Cell, string Status, string? Check = null, JsonObject? Result = null, AppException? Exception = null)
{
    /// <summary>The cell ran to its end.</summary>
    public const string Ok = "ok";

    /// <summary>An exception left the cell.</summary>
    public const string Threw = "threw";
}

/// <summary>An exception a cell threw.</summary>
/// <param name="Type">Its type's name, e.g. "IndexOutOfRangeException".</param>
/// <param name="Message">Its message.</param>
public sealed record AppException(string Type, string Message);

/// <summary>The result's JSON, generated at build time: a file-based app runs with reflection-based serialization off.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(AppResult))]
internal sealed partial class AppResultJson : JsonSerializerContext;
