using Microsoft.EntityFrameworkCore;
using OpenData.Core.Storage;
using OpenData.Ingest.Offline;

namespace OpenData.Api.Startup;

/// <summary>
/// Before the API serves: the database is brought to the current schema and, when it holds no snapshot yet (a fresh
/// clone), filled from the recorded pages of data/archive, so that a new user sees real löften at once. Several
/// instances starting together on one PostgreSQL database take turns, so the archive is imported once.
/// </summary>
public static class DatabaseStartup
{
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(async token =>
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync(token);
            if (await db.Snapshots.AnyAsync(token))
            {
                return;
            }
            logger.LogInformation("The database is empty: importing the recorded pages of data/archive");
            var summary = await scope.ServiceProvider.GetRequiredService<OfflineHarvest>().RunAsync(token);
            logger.LogInformation("Imported: {Summary}", summary);
        }, ct);
    }
}
