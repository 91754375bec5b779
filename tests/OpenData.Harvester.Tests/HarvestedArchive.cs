using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenData.Core.Storage;
using OpenData.Harvester.Storage;
using OpenData.Testing;

namespace OpenData.Harvester.Tests;

/// <summary>The harvester's services over a SQLite file in a test's folder, the recorded archive harvested into it.</summary>
internal static class HarvestedArchive
{
    public static async Task<IHost> StartAsync(TempFolder folder)
    {
        var host = HarvesterHost.Build(new GlobalOptions(RepositoryPaths.Data.Root, folder.SqliteConnectionString(), Verbose: false));
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await host.Services.GetRequiredService<OfflineHarvest>().RunAsync();
        return host;
    }

    public static OpenDataContext Db(this IHost host) =>
        host.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContext();
}
