using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenData.Core.Model;
using OpenData.Core.Text;

namespace OpenData.Core.Storage;

/// <summary>
/// Keeps <see cref="Promise.SearchText"/> in step with <see cref="Promise.Text"/> on every save, whoever saves:
/// the harvester, a re-classification, a tool. The full-text index follows the column by database triggers, so no
/// writer needs to know that search exists.
/// </summary>
public sealed class PromiseSearchTextInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refresh(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refresh(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Refresh(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries<Promise>())
        {
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && NeedsRefresh(entry)))
            {
                var searchText = SearchText.Of(entry.Entity.Text);
                if (entry.Entity.SearchText != searchText)
                {
                    entry.Entity.SearchText = searchText;
                }
            }
        }
    }

    private static bool NeedsRefresh(EntityEntry<Promise> entry) =>
        entry.Property(p => p.Text).IsModified || entry.Entity.SearchText is null;
}
