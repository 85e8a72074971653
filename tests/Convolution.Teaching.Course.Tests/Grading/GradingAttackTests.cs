using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Grading;

/// <summary>
/// The instructor's door pushed back on: `course grade` over a class in which students try to forge a pass, reach beyond
/// their sandbox, print or allocate without end, and hand in files with the folder's usual quirks (see <see cref="AttackedClass"/>).
/// </summary>
[Collection(FreshCloneCollection.Name)]
[Trait(Tier.Name, Tier.EndToEnd)]
public class GradingAttackTests(AttackedClass graded, ITestOutputHelper output) : IClassFixture<AttackedClass>
{
    [Fact]
    public void Grading_the_class_succeeds_and_an_honest_answer_still_passes_every_exercise()
    {
        output.WriteLine(graded.Output);
        output.WriteLine($"graded in {graded.Seconds:0.0} s");
        Assert.Equal((int)ExitCode.Success, graded.ExitCode);
        IReadOnlyDictionary<string, string> alice = graded.Book.Row("alice.ipynb");
        Assert.Equal("1", alice["im-conv"]);
        Assert.Equal("1", alice["bigger-blur"]);
    }

    [Theory]
    [InlineData("forge-shadow.ipynb")]
    [InlineData("forge-alias.ipynb")]
    [InlineData("forge-formatter.ipynb")]
    [InlineData("forge-reflection.ipynb")]
    [InlineData("forge-second-check.ipynb")]
    [InlineData("forge-metadata.ipynb")]
    public void A_submission_that_forges_a_pass_without_writing_ImConv_scores_zero_for_it(string submission)
    {
        IReadOnlyDictionary<string, string> row = graded.Book.Row(submission);
        output.WriteLine(string.Join("\n", row.Select(kv => $"{kv.Key}: {kv.Value}")));
        Assert.Equal("05-task2-im-conv.ipynb", row["lesson"]);
        Assert.Equal("0", row["im-conv"]);
    }

    [Fact]
    public void A_second_check_cell_for_one_exercise_is_removed_with_a_note()
    {
        Assert.Contains("more than one check cell for 'im-conv'", graded.Book.Row("forge-second-check.ipynb")["notes"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_that_claims_to_be_another_lesson_is_graded_as_the_lesson_its_cells_come_from_with_a_note()
    {
        Assert.Contains("says it comes from 01-images-as-arrays.ipynb", graded.Book.Row("forge-metadata.ipynb")["notes"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_submission_writes_nothing_outside_its_work_folder()
    {
        string root = graded.Root;
        string[] written = [.. Directory.EnumerateFiles(root, "ATTACK-*", SearchOption.AllDirectories)];
        output.WriteLine(string.Join("\n", written));
        Assert.Empty(written);
        Assert.Empty(Directory.EnumerateFiles(graded.Folder, "ATTACK-*", SearchOption.AllDirectories));
        Assert.Equal(graded.SetupBefore, File.ReadAllText(Path.Combine(root, "notebooks", "setup.csx")));
        Assert.Equal(graded.Before, AttackedClass.Hashes(graded.Folder));
        Assert.Equal("1", graded.Book.Row("reach-out.ipynb")["im-conv"]);
    }

    [Fact]
    public void A_submission_cannot_read_a_classmate_the_solutions_the_instructors_home_or_the_systems_secrets()
    {
        // The outputs only: the attacking cell's own source names every path it tries.
        string executed = graded.ExecutedOutputs("reach-out.ipynb");
        output.WriteLine(executed.Length > 20000 ? executed[..20000] : executed);
        Assert.Contains("read-classmate: refused", executed, StringComparison.Ordinal);
        Assert.Contains("read-solution: refused", executed, StringComparison.Ordinal);
        Assert.Contains("read-system-secrets: refused", executed, StringComparison.Ordinal);
        Assert.DoesNotContain(graded.Secret, executed, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileName(graded.HomeCanary), executed, StringComparison.Ordinal);
        // The classmate's file name, not the bare word: plotly.js, which lessons embed, names the colour "aliceblue".
        Assert.DoesNotContain("alice.ipynb", executed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_submission_reaches_no_network()
    {
        Assert.Equal(0, graded.Connections);
        Assert.Contains("network: refused", graded.Executed("reach-out.ipynb"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_process_a_submission_started_outlives_its_grading()
    {
        string[] left = [.. Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "cmdline")).Select(ReadOrEmpty)
            .Where(c => c.Contains(AttackedClass.LeftBehind, StringComparison.Ordinal) || c.Contains("echo forged", StringComparison.Ordinal))];
        Assert.Empty(left);
    }

    [Fact]
    public void Fifty_megabytes_of_output_are_capped_and_the_correct_answer_still_counts()
    {
        IReadOnlyDictionary<string, string> row = graded.Book.Row("print-50mb.ipynb");
        Assert.Equal("1", row["im-conv"]);
        Assert.Contains("output was cut", row["notes"], StringComparison.Ordinal);
        // Not a speed target: a guard against collecting output in quadratic time again (13 minutes before the fix). The bound
        // leaves room for a machine under load (139 s was seen at load 20 on 2 cores) and still catches the quadratic case.
        Assert.True(double.Parse(row["seconds"], System.Globalization.CultureInfo.InvariantCulture) < 300, $"graded in {row["seconds"]} s");
    }

    [Fact]
    public void Eight_gigabytes_meet_the_memory_limit_and_the_row_says_so()
    {
        IReadOnlyDictionary<string, string> row = graded.Book.Row("hoard-8gb.ipynb");
        Assert.Contains("memory limit", row["notes"], StringComparison.Ordinal);
        Assert.Equal("1", row["im-conv"]);
    }

    [Fact]
    public void Same_named_files_in_two_subfolders_keep_their_own_rows_pages_and_executed_copies()
    {
        Assert.Equal("1", graded.Book.Row("group-a/05-task2-im-conv.ipynb")["im-conv"]);
        Assert.Equal("0", graded.Book.Row("group-b/05-task2-im-conv.ipynb")["im-conv"]);
        Assert.NotEqual(graded.Executed("group-a/05-task2-im-conv.ipynb"), graded.Executed("group-b/05-task2-im-conv.ipynb"));
        Assert.True(File.Exists(Path.Combine(graded.GradesFolder, "group-a", "05-task2-im-conv.feedback.html")));
        Assert.True(File.Exists(Path.Combine(graded.GradesFolder, "group-b", "05-task2-im-conv.feedback.html")));
    }

    [Fact]
    public void An_upper_case_extension_is_graded_and_every_skipped_file_is_listed_with_why()
    {
        Assert.Equal("1", graded.Book.Row("SHOUTING.IPYNB")["im-conv"]);
        Assert.Contains("notes.txt: skipped, not a notebook (.ipynb)", graded.Output, StringComparison.Ordinal);
        Assert.Contains("linked-out.ipynb: skipped, a link to a file outside the folder", graded.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_is_an_error_that_leaves_the_last_gradebook_in_place()
    {
        string csv = Path.Combine(graded.GradesFolder, "gradebook.csv");
        string before = File.ReadAllText(csv);
        using var empty = new TempFolder();
        var (code, text) = CourseProcess.Run(output, graded.Root, "grade", empty.Path);
        Assert.Equal((int)ExitCode.UsageError, code);
        Assert.Contains("no notebook", text, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(csv));
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
