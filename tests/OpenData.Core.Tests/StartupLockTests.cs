using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Core.Tests;

/// <summary>
/// A start never waits without end or without saying why: a migration lock left by a process killed while it
/// migrated is cleared, and a lock a live process holds is waited for only so long.
/// </summary>
public class StartupLockTests
{
    private static ServiceProvider Services(string connectionString, LogCapture log, DatabaseProvider provider = DatabaseProvider.Sqlite, string? timeout = null) =>
        new ServiceCollection()
            .AddLogging(b => b.AddProvider(log))
            .AddOpenDataStorage(TestConfiguration.For(connectionString, new Dictionary<string, string?>
            {
                [StorageSettings.ProviderKey] = provider.ToString(),
                [StorageSettings.StartupTimeoutKey] = timeout,
            }))
            .BuildServiceProvider();

    private static IReadOnlyList<string> Warnings(LogCapture log) => log.Messages(typeof(DatabaseInitializer).FullName!, LogLevel.Warning);

    [Fact]
    public async Task A_migration_lock_left_as_EF_Core_leaves_it_when_killed_is_cleared_and_the_migrations_run()
    {
        using var folder = new TempFolder();
        // What `kill -9` during "Applying 4 migration(s)" leaves in a new database: EF Core's lock table and its row.
        await using (var connection = new SqliteConnection(folder.SqliteConnectionString()))
        {
            await connection.OpenAsync();
            await using var plant = connection.CreateCommand();
            plant.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT OR IGNORE INTO "__EFMigrationsLock"("Id", "Timestamp") VALUES(1, '2026-11-30 02:14:07.5123456+00:00');
                """;
            await plant.ExecuteNonQueryAsync();
        }
        var log = new LogCapture();
        await using var services = Services(folder.SqliteConnectionString(), log);

        // Before, this waited for ever; the bound only turns a regression into a failure rather than a hung run.
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync().WaitAsync(TimeSpan.FromMinutes(1));

        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(290, await db.Kommuner.CountAsync());
        Assert.Contains(Warnings(log), m => m.StartsWith("Removed the migration lock EF Core left in __EFMigrationsLock at 2026-11-30 02:14:07", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_start_while_another_process_holds_the_startup_lock_waits_only_so_long_and_says_who_to_look_for()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "opendata.db");
        var lockFile = database + ".startup-lock";
        var log = new LogCapture();
        await using var services = Services($"Data Source={database}", log, timeout: "00:00:01");
        // The lock as another process of the service holds it while it migrates or imports.
        await using var held = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var refused = await Assert.ThrowsAsync<TimeoutException>(() => services.GetRequiredService<DatabaseInitializer>().InitializeAsync().WaitAsync(TimeSpan.FromMinutes(1)));

        Assert.Contains("another process holds " + lockFile, refused.Message);
        Assert.Contains(StorageSettings.StartupTimeoutKey, refused.Message);
        Assert.Contains(Warnings(log), m => m.StartsWith("Waiting for another process to finish initializing the database", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_PostgreSQL_a_start_while_another_session_holds_the_advisory_lock_waits_only_so_long()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        // Its own session, not a pooled one, so that closing it ends the session and its lock.
        await using var other = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await other.OpenAsync();
        await using (var take = other.CreateCommand())
        {
            take.CommandText = "SELECT pg_advisory_lock(" + StartupLock.AdvisoryLockKey + ")";
            await take.ExecuteNonQueryAsync();
        }
        var log = new LogCapture();
        await using var services = Services(database.ConnectionString, log, DatabaseProvider.Postgres, timeout: "00:00:01");

        var refused = await Assert.ThrowsAsync<TimeoutException>(() => services.GetRequiredService<DatabaseInitializer>().InitializeAsync().WaitAsync(TimeSpan.FromMinutes(1)));

        Assert.Contains("PostgreSQL advisory lock", refused.Message);
        // Once that session ends, its lock ends with it and the start goes through.
        await other.CloseAsync();
        await using var patient = Services(database.ConnectionString, new LogCapture(), DatabaseProvider.Postgres);
        await patient.GetRequiredService<DatabaseInitializer>().InitializeAsync().WaitAsync(TimeSpan.FromMinutes(1));
    }
}
