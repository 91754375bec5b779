using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenData.Core.Model;

namespace OpenData.Core.Storage;

/// <summary>
/// Gives the <see cref="DataVersion"/> row a new stamp in every save that writes anything, as one more row of that
/// same save: it commits with the data or not at all, so a reader that sees the old stamp never sees the new data
/// under it for longer than its own transaction, and one that sees the new stamp sees the new data. Writers need
/// not know that anything caches.
/// </summary>
public sealed class DataVersionInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        DataVersion? version = null;
        var writes = false;
        // Entries() detects changes first, so edits to tracked entities count.
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is DataVersion tracked)
            {
                version = tracked;
            }
            else if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                writes = true;
            }
        }
        if (!writes)
        {
            return;
        }
        if (version is null)
        {
            // Updated without being read: the row is there from the migrations on.
            version = new DataVersion { Id = DataVersion.RowId };
            context.Attach(version);
        }
        version.Stamp = NewStamp(version.Stamp);
        version.ChangedAt = clock.GetUtcNow().UtcDateTime;
        var row = context.Entry(version);
        row.Property(v => v.Stamp).IsModified = true;
        row.Property(v => v.ChangedAt).IsModified = true;
    }

    /// <summary>A stamp no other save will give (random over 63 bits), never the one before nor the seeded 0.</summary>
    private static long NewStamp(long previous)
    {
        long stamp;
        do
        {
            stamp = Random.Shared.NextInt64(1, long.MaxValue);
        }
        while (stamp == previous);
        return stamp;
    }
}
