namespace OpenData.Testing;

/// <summary>A folder of its own for one test, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string? prefix = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"opendata-{prefix ?? "test"}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A connection string to a SQLite file in this folder (it need not exist yet).</summary>
    public string SqliteConnectionString(string name = "opendata.db") => $"Data Source={System.IO.Path.Combine(Path, name)}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a process under test; the OS temp cleaner will take it.
        }
    }
}
