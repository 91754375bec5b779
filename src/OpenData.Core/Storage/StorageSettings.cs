using Microsoft.Extensions.Configuration;

namespace OpenData.Core.Storage;

/// <summary>
/// Which database, and where. Read from configuration the same way by the harvester, the API and the tests:
/// <c>Database:Provider</c> (Sqlite, the default, or Postgres) and <c>ConnectionStrings:OpenData</c>.
/// </summary>
public sealed record StorageSettings(DatabaseProvider Provider, string ConnectionString, DataDirectory Data)
{
    public const string ConnectionStringName = "OpenData";
    public const string ProviderKey = "Database:Provider";

    public const string StartupTimeoutKey = "Database:StartupTimeout";

    /// <summary>
    /// How long a start waits for another process to finish initializing the database (migrating, importing the
    /// archive) before it fails with an error that says so: long enough for a large migration, short enough that a
    /// start never hangs unseen.
    /// </summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The embedded default: a SQLite file in data/, git-ignored.</summary>
    public const string DefaultConnectionString = "Data Source=|DataDirectory|/opendata.db";

    public static StorageSettings FromConfiguration(IConfiguration configuration)
    {
        var data = DataDirectory.Locate(configuration[DataDirectory.ConfigurationKey]);
        var providerName = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is '{providerName}'; it must be one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultConnectionString
                : throw new InvalidOperationException(
                    $"{ProviderKey} is Postgres, so ConnectionStrings:{ConnectionStringName} must name the server " +
                    "(\"Host=...;Database=...;Username=...\"); only SQLite has a default.");
        }
        var timeout = configuration[StartupTimeoutKey];
        var startupTimeout = TimeSpan.FromMinutes(10);
        if (!string.IsNullOrWhiteSpace(timeout) &&
            (!TimeSpan.TryParse(timeout, System.Globalization.CultureInfo.InvariantCulture, out startupTimeout) || startupTimeout <= TimeSpan.Zero))
        {
            throw new InvalidOperationException($"{StartupTimeoutKey} is '{timeout}'; it must be a positive time span (00:10:00).");
        }
        // |DataDirectory| is the ADO.NET placeholder for "the application's data folder"; here that is data/.
        return new StorageSettings(provider, connectionString.Replace("|DataDirectory|", data.Root, StringComparison.Ordinal), data)
        {
            StartupTimeout = startupTimeout,
        };
    }
}
