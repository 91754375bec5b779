using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.Core.Storage;
using OpenData.Ingest;

namespace OpenData.Testing;

/// <summary>Reading and storing as the API and the harvester compose them, over a test's own database: no fetcher.</summary>
public static class IngestServices
{
    public static ServiceProvider Build(string connectionString, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var configuration = TestConfiguration.For(connectionString, new Dictionary<string, string?> { [StorageSettings.ProviderKey] = provider.ToString() });
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
        services.AddOpenDataStorage(configuration);
        services.AddIngest();
        return services.BuildServiceProvider();
    }
}
