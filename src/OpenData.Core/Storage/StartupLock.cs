using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OpenData.Core.Storage;

/// <summary>
/// Lets one process at a time initialize a shared database, waiting at most <see cref="StorageSettings.StartupTimeout"/>
/// and then failing with an error that says who holds it. Both kinds of lock end with the process that holds them,
/// however it ends: on PostgreSQL a session-level advisory lock, on SQLite an exclusive lock on a file beside the
/// database (<c>opendata.db.startup-lock</c>), which the operating system releases when its process dies.
/// <para>
/// That is what lets a SQLite database survive a kill during a migration: EF Core marks a migration in progress with
/// a row in <c>__EFMigrationsLock</c> that nothing removes if the process dies, and every later start would wait for
/// it forever. Every process of this service migrates only while it holds this lock, so a row found while holding
/// it was left by a process that is gone: it is removed, with a warning. (PostgreSQL's own migration lock is a table
/// lock inside a transaction, which the server releases with the dead session.)
/// </para>
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any fixed number: the lock's name among this database's advisory locks ("OpenData" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x4F70656E44617461;

    /// <summary>EF Core's own name for the table its SQLite provider marks a running migration in.</summary>
    private const string MigrationLockTable = "__EFMigrationsLock";

    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(200);

    private readonly OpenDataContext? _session;
    private readonly FileStream? _file;

    private StartupLock(OpenDataContext? session, FileStream? file)
    {
        _session = session;
        _file = file;
    }

    public static async Task<StartupLock> AcquireAsync(OpenDataContext db, TimeSpan timeout, ILogger logger, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.OpenConnectionAsync(ct);
            await WaitAsync(timeout, logger, "another process holds the database's startup lock (PostgreSQL advisory lock " + AdvisoryLockKey + ")", async () =>
                await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({AdvisoryLockKey}) AS \"Value\"").SingleAsync(ct), ct);
            return new StartupLock(db, null);
        }
        var path = LockFileOf(db.Database.GetConnectionString());
        if (path is null)
        {
            // A database in memory lives and dies with this one process.
            return new StartupLock(null, null);
        }
        FileStream? file = null;
        await WaitAsync(timeout, logger, $"another process holds {path}", () =>
        {
            file = TryLock(path);
            return Task.FromResult(file is not null);
        }, ct);
        var held = new StartupLock(null, file);
        try
        {
            await ClearStaleMigrationLockAsync(db, logger, ct);
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
        return held;
    }

    /// <summary>The file locked beside a SQLite database; null for a database in memory.</summary>
    private static string? LockFileOf(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource) + ".startup-lock";
    }

    /// <summary>The lock file held exclusively (the OS lock of FileShare.None), or null while another process holds it.</summary>
    private static FileStream? TryLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task WaitAsync(TimeSpan timeout, ILogger logger, string holder, Func<Task<bool>> tryTake, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        var said = false;
        while (!await tryTake())
        {
            var waited = TimeProvider.System.GetElapsedTime(started);
            if (waited >= timeout)
            {
                throw new TimeoutException(
                    $"Gave up after {waited.TotalSeconds:0} s waiting to initialize the database: {holder}. That is a live process of this " +
                    "service (a harvester or an API instance) migrating or importing; the lock ends with it. Wait for it, or stop it " +
                    $"(on SQLite `fuser` names the process holding the file). The wait is {StorageSettings.StartupTimeoutKey}.");
            }
            if (!said)
            {
                logger.LogWarning("Waiting for another process to finish initializing the database ({Holder}); giving up after {Timeout}", holder, timeout);
                said = true;
            }
            await Task.Delay(RetryEvery, ct);
        }
    }

    /// <summary>Removes EF Core's migration mark when it was left by a process that died migrating.</summary>
    private static async Task ClearStaleMigrationLockAsync(OpenDataContext db, ILogger logger, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (await ScalarAsync(connection, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{MigrationLockTable}'", ct) is 0L)
            {
                return;
            }
            var since = await ScalarAsync(connection, $"SELECT \"Timestamp\" FROM \"{MigrationLockTable}\" LIMIT 1", ct);
            if (since is null)
            {
                return;
            }
            await using var clear = connection.CreateCommand();
            clear.CommandText = $"DELETE FROM \"{MigrationLockTable}\"";
            await clear.ExecuteNonQueryAsync(ct);
            logger.LogWarning(
                "Removed the migration lock EF Core left in {Table} at {Since}: the process that was migrating then is gone (killed or crashed), " +
                "as no process holds the startup lock. Its migration was rolled back with its transaction and runs again now.", MigrationLockTable, since);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({AdvisoryLockKey})");
            await _session.Database.CloseConnectionAsync();
        }
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }
    }
}
