using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest.Offline;
using OpenData.Testing;

namespace OpenData.Ingest.Tests.Offline;

/// <summary>The offline default into a fresh database, on both providers.</summary>
public abstract class OfflineHarvestTests
{
    protected abstract DatabaseProvider Provider { get; }

    private static ServiceProvider Services(TestDatabase database) => IngestServices.Build(database.ConnectionString, database.Provider);

    [Fact]
    public async Task The_archive_imports_into_a_fresh_database()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using var services = Services(database);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var summary = await services.GetRequiredService<OfflineHarvest>().RunAsync();

        Assert.Equal(5, summary.Fetched);
        Assert.Equal(5, summary.New);
        Assert.Equal(0, summary.Failed);

        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        var asele = await db.Loften.Include(l => l.Promises).Include(l => l.Years).SingleAsync(l => l.Kommuner.Any(k => k.KommunCode == "2463"));
        Assert.Equal([2017], asele.Years.Select(y => y.Year));
        Assert.Equal(4, asele.Promises.Count);
        Assert.Equal(5, await db.Snapshots.CountAsync());
        Assert.Equal(5, await db.ArchivedBodies.CountAsync());
        Assert.All(await db.Snapshots.ToListAsync(), s => Assert.False(string.IsNullOrEmpty(s.Attribution)));
        // The Svalöv news announces the 2022-2023 löfte without listing it: the löfte exists, its promises unread.
        var svalov = await db.Loften.Include(l => l.Promises).SingleAsync(l => l.Key == "1214/2022-2023");
        Assert.Empty(svalov.Promises);
    }

    [Fact]
    public async Task Importing_twice_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using var services = Services(database);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var harvest = services.GetRequiredService<OfflineHarvest>();
        await harvest.RunAsync();
        var before = await CountsAsync(services);

        var second = await harvest.RunAsync();

        Assert.Equal(5, second.Unchanged);
        Assert.Equal(0, second.New + second.Changed + second.Failed);
        var after = await CountsAsync(services);
        Assert.Equal(before, after);
    }

    private static async Task<string> CountsAsync(ServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        var promises = await db.Promises.OrderBy(p => p.Id).Select(p => p.Key + p.LastSeen.Ticks).ToListAsync();
        return string.Join(",",
            await db.Sources.CountAsync(), await db.Snapshots.CountAsync(), await db.ArchivedBodies.CountAsync(),
            await db.Documents.CountAsync(), await db.Loften.CountAsync(), await db.Changes.CountAsync(),
            await db.Set<PromiseTheme>().CountAsync(), string.Join(";", promises));
    }
}

public sealed class OfflineHarvestTestsOnSqlite : OfflineHarvestTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class OfflineHarvestTestsOnPostgres : OfflineHarvestTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
