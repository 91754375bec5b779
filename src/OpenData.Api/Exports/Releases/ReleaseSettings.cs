using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenData.Core.Storage;

namespace OpenData.Api.Exports.Releases;

/// <summary>
/// Where the dated releases are kept and how often the service looks for changed data to release, from
/// <c>OpenData:Releases</c>. The folder is the service's to add to and nobody's to prune: it defaults to
/// <c>releases/</c> beside the SQLite file, or in the data folder for PostgreSQL, where it outlives any one process.
/// Instances that share a database should share this folder too, so that they publish one release per change.
/// <see cref="License"/> is the licence the releases are published under: the catalog's.
/// </summary>
public sealed record ReleaseSettings(string Folder, TimeSpan CheckEvery, string License)
{
    public const string FolderKey = "OpenData:Releases:Folder";

    public const string CheckEveryKey = "OpenData:Releases:CheckEvery";

    public static readonly TimeSpan DefaultCheckEvery = TimeSpan.FromMinutes(5);

    public static ReleaseSettings From(IConfiguration configuration, StorageSettings storage, string license)
    {
        var folder = configuration[FolderKey];
        if (string.IsNullOrWhiteSpace(folder))
        {
            folder = Path.Combine(DatabaseFolder(storage) ?? storage.Data.Root, "releases");
        }
        var every = DefaultCheckEvery;
        var text = configuration[CheckEveryKey];
        if (!string.IsNullOrWhiteSpace(text) && (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out every) || every <= TimeSpan.Zero))
        {
            throw new InvalidOperationException($"{CheckEveryKey} is '{text}'; it must be a positive time span (00:05:00).");
        }
        return new ReleaseSettings(Path.GetFullPath(folder), every, license);
    }

    /// <summary>The folder of the SQLite file; null for PostgreSQL and for a database in memory.</summary>
    private static string? DatabaseFolder(StorageSettings storage)
    {
        if (storage.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }
        var builder = new SqliteConnectionStringBuilder(storage.ConnectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
    }
}
