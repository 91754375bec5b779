using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;

namespace OpenData.Testing;

/// <summary>
/// A database of one test's own on either provider: a SQLite file in a temporary folder, or a fresh database on the
/// test PostgreSQL server. Removed when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TempFolder? _folder;
    private readonly PostgresTestServer? _server;

    private TestDatabase(DatabaseProvider provider, string connectionString, TempFolder? folder, PostgresTestServer? server)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _server = server;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Where the API keeps its dated releases: beside a SQLite file by default, and in the data folder for PostgreSQL,
    /// which in the tests is the repository's; so a PostgreSQL database gets a folder of its own.
    /// </summary>
    public string? ReleasesFolder => Provider == DatabaseProvider.Postgres ? System.IO.Path.Combine(_folder!.Path, "releases") : null;

    /// <summary>The settings that point the service at this database, as command-line pairs.</summary>
    public IEnumerable<string> CommandLine =>
        ReleasesFolder is { } releases
            ? ["--Database:Provider", Provider.ToString(), "--ConnectionStrings:OpenData", ConnectionString, "--OpenData:Releases:Folder", releases]
            : ["--Database:Provider", Provider.ToString(), "--ConnectionStrings:OpenData", ConnectionString];

    /// <summary>The same settings as configuration keys.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [StorageSettings.ProviderKey] = Provider.ToString(),
        [$"ConnectionStrings:{StorageSettings.ConnectionStringName}"] = ConnectionString,
    };

    /// <summary>The service's storage over this database (through the given connection string, if any), its schema made.</summary>
    public async Task<ServiceProvider> StorageAsync(string? connectionString = null)
    {
        var chosen = connectionString ?? ConnectionString;
        var settings = new Dictionary<string, string?>(Settings) { [$"ConnectionStrings:{StorageSettings.ConnectionStringName}"] = chosen };
        var services = new ServiceCollection()
            .AddLogging()
            .AddOpenDataStorage(TestConfiguration.For(chosen, settings))
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return services;
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string name = "test")
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresTestServer.InstanceAsync();
            return new TestDatabase(provider, await server.CreateDatabaseAsync(), new TempFolder(name), server);
        }
        var folder = new TempFolder(name);
        return new TestDatabase(provider, folder.SqliteConnectionString(), folder, null);
    }

    public async ValueTask DisposeAsync()
    {
        _folder?.Dispose();
        if (_server is not null)
        {
            await _server.DropDatabaseAsync(ConnectionString);
        }
    }
}
