using OpenData.Core;

namespace OpenData.Testing;

/// <summary>Where the repository's own files are, seen from a test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static DataDirectory Data { get; } = DataDirectory.At(Path.Combine(Root, "data"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("OpenData.sln not found above " + AppContext.BaseDirectory);
    }
}
