using OpenData.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.Core.Storage;
using OpenData.Ingest;

namespace OpenData.Testing;

/// <summary>Reading and storing as the API and the harvester compose them, over a test's own database: no fetcher.</summary>
public static class IngestServices
{
    /// <param name="dataRoot">A data folder other than the repository's (a test's copy, with corrections of its own).</param>
    public static ServiceProvider Build(string connectionString, DatabaseProvider provider = DatabaseProvider.Sqlite, string? dataRoot = null)
    {
        var settings = new Dictionary<string, string?> { [StorageSettings.ProviderKey] = provider.ToString() };
        if (dataRoot is not null)
        {
            settings[DataDirectory.ConfigurationKey] = dataRoot;
        }
        var configuration = TestConfiguration.For(connectionString, settings);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
        services.AddOpenDataStorage(configuration);
        services.AddIngest();
        return services.BuildServiceProvider();
    }
}
