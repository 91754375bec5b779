namespace OpenData.Core;

/// <summary>
/// The project's data/ folder: reference data, the theme taxonomy, the source registry and the recorded archive.
/// Configured by <c>OpenData:DataDirectory</c>; otherwise found by walking up from the working directory and then
/// from the program's own folder, so that <c>dotnet run</c>, the tests and a published binary all find it.
/// </summary>
public sealed class DataDirectory
{
    public const string ConfigurationKey = "OpenData:DataDirectory";

    private DataDirectory(string root) => Root = Path.GetFullPath(root);

    public string Root { get; }

    public string Reference => Path.Combine(Root, "reference");

    public string Archive => Path.Combine(Root, "archive");

    public string ThemesFile => Path.Combine(Root, "themes.json");

    public string SourcesFile => Path.Combine(Root, "sources.json");

    /// <summary>Reviewed hand corrections of readings, one file per archived body: corrections/&lt;sha256&gt;.json.</summary>
    public string Corrections => Path.Combine(Root, "corrections");

    public static DataDirectory At(string root)
    {
        var dir = new DataDirectory(root);
        if (!File.Exists(Path.Combine(dir.Reference, "kommuner.csv")))
        {
            throw new DirectoryNotFoundException(
                $"'{dir.Root}' is not a data directory: it has no reference/kommuner.csv.");
        }
        return dir;
    }

    /// <summary>The configured directory, or the nearest data/ above the working directory or the program.</summary>
    public static DataDirectory Locate(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return At(configured);
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, "reference", "kommuner.csv")))
                {
                    return new DataDirectory(candidate);
                }
            }
        }
        throw new DirectoryNotFoundException(
            $"No data directory found above '{Directory.GetCurrentDirectory()}' or '{AppContext.BaseDirectory}'. " +
            $"Set {ConfigurationKey} to the project's data/ folder.");
    }
}
