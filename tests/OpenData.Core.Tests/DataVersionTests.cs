using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Core.Tests;

public class DataVersionTests
{
    private static ServiceProvider Services(TestDatabase database) =>
        new ServiceCollection()
            .AddLogging()
            .AddOpenDataStorage(TestConfiguration.For(database.ConnectionString, new Dictionary<string, string?>
            {
                [StorageSettings.ProviderKey] = database.Provider.ToString(),
            }))
            .BuildServiceProvider();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Every_save_that_writes_moves_the_version_and_a_save_that_writes_nothing_does_not(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var versions = services.GetRequiredService<DataVersionReader>();
        var contexts = services.GetRequiredService<IDbContextFactory<OpenDataContext>>();

        var seeded = (await versions.ReadAsync(default)).Stamp;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.SaveChangesAsync();
            _ = await db.Themes.ToListAsync();
            await db.SaveChangesAsync();
        }
        Assert.Equal(seeded, (await versions.ReadAsync(default)).Stamp);

        long added;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.HarvestRuns.Add(new HarvestRun { Mode = "offline", StartedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            added = (await versions.ReadAsync(default)).Stamp;
            Assert.NotEqual(seeded, added);

            // A second save on the same context, editing a tracked row, moves it again.
            (await db.HarvestRuns.SingleAsync()).Fetched = 3;
            await db.SaveChangesAsync();
        }
        var edited = (await versions.ReadAsync(default)).Stamp;
        Assert.NotEqual(added, edited);

        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.HarvestRuns.Remove(await db.HarvestRuns.SingleAsync());
            await db.SaveChangesAsync();
        }
        Assert.NotEqual(edited, (await versions.ReadAsync(default)).Stamp);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_version_moves_when_the_transaction_commits_and_not_when_it_rolls_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var versions = services.GetRequiredService<DataVersionReader>();
        var contexts = services.GetRequiredService<IDbContextFactory<OpenDataContext>>();
        var before = (await versions.ReadAsync(default)).Stamp;

        await using (var db = await contexts.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.HarvestRuns.Add(new HarvestRun { Mode = "offline", StartedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.Equal(before, (await versions.ReadAsync(default)).Stamp);

        await using (var db = await contexts.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.HarvestRuns.Add(new HarvestRun { Mode = "offline", StartedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            // Others read the committed version: nothing of this transaction yet.
            Assert.Equal(before, (await versions.ReadAsync(default)).Stamp);
            await transaction.CommitAsync();
        }
        Assert.NotEqual(before, (await versions.ReadAsync(default)).Stamp);
    }
}
