using Microsoft.EntityFrameworkCore;

namespace OpenData.Core.Storage;

/// <summary>
/// Lets one process at a time initialize a shared database: a session-level advisory lock on PostgreSQL, held on the
/// given context's connection until disposed. SQLite serves one machine's processes through one file and needs none.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any fixed number: the lock's name among this database's advisory locks ("OpenData" in ASCII).</summary>
    private const long Key = 0x4F70656E44617461;

    private readonly OpenDataContext? _holder;

    private StartupLock(OpenDataContext? holder) => _holder = holder;

    public static async Task<StartupLock> AcquireAsync(OpenDataContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return new StartupLock(null);
        }
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", ct);
        return new StartupLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_holder is null)
        {
            return;
        }
        await _holder.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
        await _holder.Database.CloseConnectionAsync();
    }
}
