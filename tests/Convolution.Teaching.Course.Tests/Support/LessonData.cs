using Convolution.Teaching.Course.Commands;
using Convolution.Teaching.Course.Notebooks;

namespace Convolution.Teaching.Course.Tests.Support;

/// The lesson notebooks: notebooks/*.ipynb at the top level only (student copies in subfolders such as
/// notebooks/student/ are generated from these and tested by their own tests).
public static class LessonData
{
    /// Stands in for "no lessons yet", so the theory reports 0 lessons instead of not running at all.
    public const string NoLessons = "(no lesson notebooks yet)";

    public static IReadOnlyList<string> LessonPaths() => NotebookDiscovery.InFolder(Repo.Notebooks, recursive: false);

    /// Theory rows: each lesson's file name, or the single NoLessons row.
    public static TheoryData<string> Lessons()
    {
        var data = new TheoryData<string>();
        IReadOnlyList<string> lessons = LessonPaths();
        if (lessons.Count == 0)
        {
            data.Add(NoLessons);
        }

        foreach (string path in lessons)
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }
}
