using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Storage.Sqlite;
using OpenData.Testing;

namespace OpenData.Harvester.Tests.Harvesting;

/// <summary>
/// The harvester killed with SIGKILL while it applies the migrations of a new database, as an upgrade can meet: EF
/// Core's migration lock row stays behind, and before the startup lock cleared it every later start waited for it
/// without end. The next run must clear it, say so, and migrate.
/// </summary>
public class MigrationKillTests
{
    [Fact]
    public async Task A_run_killed_while_migrating_leaves_a_lock_the_next_run_clears_before_it_migrates()
    {
        using var folder = new TempFolder("migration-kill");
        string? database = null;
        // The kill must land while the lock row exists; a run that migrates faster than it is caught is tried again.
        for (var attempt = 1; attempt <= 5 && database is null; attempt++)
        {
            var candidate = Path.Combine(folder.Path, $"attempt-{attempt}.db");
            if (await KillWhileMigratingAsync(candidate))
            {
                database = candidate;
            }
        }
        Assert.True(database is not null, "no attempt caught the harvester while it held the migration lock");
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM \"__EFMigrationsLock\""));

        var rerun = await RunAsync(database, TimeSpan.FromMinutes(2));

        Assert.True(rerun.ExitCode == 0, rerun.Output);
        Assert.Contains("Removed the migration lock EF Core left in __EFMigrationsLock", rerun.Output);
        Assert.Equal(0L, await ScalarAsync(database, "SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
        Assert.Equal("ok", await ScalarAsync(database, "PRAGMA integrity_check;"));
        await using var db = new SqliteOpenDataContext(new DbContextOptionsBuilder<SqliteOpenDataContext>().UseSqlite($"Data Source={database}").Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(290, await db.Kommuner.CountAsync());
    }

    /// <summary>
    /// Starts the harvester on a new database, waits until EF Core's lock row is there, takes the database's write
    /// lock so that the harvester can commit nothing more, and kills it. False when the harvester got through first.
    /// </summary>
    private static async Task<bool> KillWhileMigratingAsync(string database)
    {
        using var process = Start(database);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            // ReadWrite, not ReadWriteCreate: the harvester must be the one to create the file.
            await using var watcher = new SqliteConnection($"Data Source={database};Mode=ReadWrite;Pooling=False;Default Timeout=60");
            while (!process.HasExited)
            {
                limit.Token.ThrowIfCancellationRequested();
                if (await LockRowAsync(watcher))
                {
                    await using var hold = watcher.CreateCommand();
                    hold.CommandText = "BEGIN IMMEDIATE;";
                    await hold.ExecuteNonQueryAsync(limit.Token);
                    var caught = await LockRowAsync(watcher);
                    process.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no lock released
                    await process.WaitForExitAsync(limit.Token);
                    hold.CommandText = "ROLLBACK;";
                    await hold.ExecuteNonQueryAsync(limit.Token);
                    return caught;
                }
                await Task.Delay(1, limit.Token);
            }
            return false;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Whether the lock row is there now; false while the file or the table does not exist yet.</summary>
    private static async Task<bool> LockRowAsync(SqliteConnection watcher)
    {
        try
        {
            if (watcher.State != System.Data.ConnectionState.Open)
            {
                await watcher.OpenAsync();
            }
            await using var count = watcher.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\"";
            return (long)(await count.ExecuteScalarAsync())! > 0;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>`report`: a command that initializes the database (migrations included) and does little else.</summary>
    private static ProcessStartInfo Report(string database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { HarvesterBuild.Dll, "report", "--data", RepositoryPaths.Data.Root, "--database", $"Data Source={database}" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private static Process Start(string database)
    {
        var process = Process.Start(Report(database))!;
        // Drained so that the harvester never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string database, TimeSpan limit)
    {
        using var process = Process.Start(Report(database))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The harvester did not finish within {limit}: the database is wedged.\n{await errors}");
        }
        return (process.ExitCode, new StringBuilder().Append(await output).Append(await errors).ToString());
    }
}
