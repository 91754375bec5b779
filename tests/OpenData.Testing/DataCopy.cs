namespace OpenData.Testing;

/// <summary>A copy of the repository's data/ in a test's folder, for a test that adds files to it (corrections).</summary>
public static class DataCopy
{
    /// <summary>Copies data/ into <paramref name="folder"/>/data and returns the copy's path.</summary>
    public static string Into(TempFolder folder)
    {
        var source = RepositoryPaths.Data.Root;
        var target = System.IO.Path.Combine(folder.Path, "data");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }

    /// <summary>Writes one correction file of <paramref name="dataRoot"/> (corrections/&lt;sha256&gt;.json).</summary>
    public static string WriteCorrection(string dataRoot, string sha256, string json)
    {
        var dir = System.IO.Path.Combine(dataRoot, "corrections");
        Directory.CreateDirectory(dir);
        var path = System.IO.Path.Combine(dir, sha256 + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
