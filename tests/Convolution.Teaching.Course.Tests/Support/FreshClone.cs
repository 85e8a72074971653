namespace Convolution.Teaching.Course.Tests.Support;

/// A `git clone` of this repository into a temporary folder, the way a new user gets it: nothing built, no
/// artifacts/. The working tree's uncommitted changes to tracked files are applied and its untracked (not
/// ignored) files copied, so the clone holds exactly what the next commit would (in CI the two are the same).
internal sealed class FreshClone : IDisposable
{
    private readonly TempFolder folder = new();

    public FreshClone()
    {
        Root = Path.Combine(folder.Path, "Convolution.Teaching");
        Git(Repo.Root, "clone", "--quiet", "--no-hardlinks", Repo.Root, Root);
        string patch = Git(Repo.Root, "diff", "HEAD", "--binary");
        if (patch.Length > 0)
        {
            string patchFile = Path.Combine(folder.Path, "working-tree.patch");
            File.WriteAllText(patchFile, patch);
            Git(Root, "apply", "--whitespace=nowarn", patchFile);
        }

        foreach (string file in Git(Repo.Root, "ls-files", "--others", "--exclude-standard", "-z").Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            string target = Path.Combine(Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Repo.Root, file), target, overwrite: true);
        }

        if (Directory.Exists(Path.Combine(Root, "artifacts")))
        {
            throw new InvalidOperationException($"the fresh clone {Root} already has an artifacts/ folder");
        }
    }

    /// The clone's top folder (holding Convolution.Teaching.sln).
    public string Root { get; }

    public string Notebooks => Path.Combine(Root, "notebooks");

    public void Dispose() => folder.Dispose();

    private static string Git(string workingDirectory, params string[] args)
    {
        // A patch of the working tree can be large (binary files): keep it whole.
        ChildResult git = ChildProcess.Run(new ChildStart("git", args) { WorkingDirectory = workingDirectory, OutputCap = int.MaxValue }, TimeSpan.FromMinutes(5));
        if (!git.Succeeded)
        {
            throw new InvalidOperationException($"git {string.Join(" ", args)} failed in {workingDirectory} (exit {git.ExitCode}{(git.TimedOut ? ", timed out" : "")}): {git.StandardError}");
        }

        return git.StandardOutput;
    }
}
