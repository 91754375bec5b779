using Microsoft.Extensions.Configuration;

namespace OpenData.Core.Storage;

/// <summary>Where the database is. Read from configuration the same way by the harvester, the API and the tests.</summary>
public sealed record StorageSettings(string ConnectionString, DataDirectory Data)
{
    public const string ConnectionStringName = "OpenData";

    /// <summary>The embedded default: a SQLite file in data/, git-ignored.</summary>
    public const string DefaultConnectionString = "Data Source=|DataDirectory|/opendata.db";

    public static StorageSettings FromConfiguration(IConfiguration configuration)
    {
        var data = DataDirectory.Locate(configuration[DataDirectory.ConfigurationKey]);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = DefaultConnectionString;
        }
        // |DataDirectory| is the ADO.NET placeholder for "the application's data folder"; here that is data/.
        return new StorageSettings(connectionString.Replace("|DataDirectory|", data.Root, StringComparison.Ordinal), data);
    }
}
