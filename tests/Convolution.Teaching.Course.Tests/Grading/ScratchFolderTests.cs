using Convolution.Teaching.Course.Grading;
using Convolution.Teaching.Course.Tests.Support;

namespace Convolution.Teaching.Course.Tests.Grading;

// chmod and symbolic links as a submission would make them: what grading meets on Linux, the only system it sandboxes.
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class ScratchFolderTests
{
    [Fact]
    public void A_work_folder_a_submission_locked_with_chmod_000_is_still_deleted()
    {
        using var temp = new TempFolder();
        string work = Path.Combine(temp.Path, "007");
        string locked = Path.Combine(work, "locked", "deeper");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "x.txt"), "x");
        File.SetUnixFileMode(Path.Combine(work, "locked"), UnixFileMode.None);

        Assert.True(ScratchFolder.Delete(work));
        Assert.False(Directory.Exists(work));
    }

    [Fact]
    public void A_link_out_of_the_work_folder_is_removed_without_touching_its_target()
    {
        using var temp = new TempFolder();
        string outside = Path.Combine(temp.Path, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "keep");
        string work = Path.Combine(temp.Path, "001");
        Directory.CreateDirectory(work);
        Directory.CreateSymbolicLink(Path.Combine(work, "link"), outside);

        Assert.True(ScratchFolder.Delete(work));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(outside, "keep.txt")));
    }

    [Fact]
    public void A_path_that_is_not_there_counts_as_deleted()
    {
        Assert.True(ScratchFolder.Delete(Path.Combine(Path.GetTempPath(), "ct-never-" + Guid.NewGuid().ToString("N"))));
        Assert.True(ScratchFolder.Delete(null));
    }
}
