using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;
using OpenData.Ingest.Offline;
using OpenData.Testing;

namespace OpenData.Ingest.Tests.Fixtures;

/// <summary>Reading and storing over a SQLite file in a test's folder, the recorded archive imported into it.</summary>
internal static class HarvestedArchive
{
    public static async Task<ServiceProvider> StartAsync(TempFolder folder)
    {
        var services = IngestServices.Build(folder.SqliteConnectionString());
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await services.GetRequiredService<OfflineHarvest>().RunAsync();
        return services;
    }

    public static OpenDataContext Db(this IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContext();
}
