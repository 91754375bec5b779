using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Harvester.Sources;

namespace OpenData.Harvester.Storage;

/// <summary>
/// Brings the Source rows in line with the registry before a live run: new entries become due at once, a changed
/// address starts afresh (no validators, due now). Entries dropped from the registry keep their rows and history;
/// they are simply no longer harvested.
/// </summary>
public sealed class SourceRegistrySync(IDbContextFactory<OpenDataContext> contexts, DatabaseWriteLock writer, ILogger<SourceRegistrySync> logger)
{
    public async Task SyncAsync(SourceRegistry registry, CancellationToken ct)
    {
        using var _ = await writer.TakeAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var keys = registry.Sources.Select(s => s.Key).ToList();
        var existing = await db.Sources.Include(s => s.Kommuner).Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, ct);
        int added = 0, moved = 0;
        foreach (var entry in registry.Sources)
        {
            var url = entry.Address ?? throw new SourceRegistryException($"{entry.Key}: '{entry.Url}' is not an absolute http(s) address");
            var every = entry.CheckInterval ?? throw new SourceRegistryException($"{entry.Key}: checkEvery '{entry.CheckEvery}' is not an ISO 8601 duration");
            if (!existing.TryGetValue(entry.Key, out var source))
            {
                source = new Source { Key = entry.Key, Publisher = entry.Publisher, Url = url.AbsoluteUri };
                db.Sources.Add(source);
                added++;
            }
            else if (source.Url != url.AbsoluteUri)
            {
                source.Url = url.AbsoluteUri;
                source.ETag = null;
                source.LastModified = null;
                source.NextDueAt = null;
                source.Status = SourceStatus.Active;
                source.ConsecutiveFailures = 0;
                moved++;
            }
            source.Host = url.Host.ToLowerInvariant();
            source.Kind = entry.SourceKind ?? throw new SourceRegistryException($"{entry.Key}: unknown kind '{entry.Kind}'");
            source.Publisher = entry.Publisher;
            source.Basis = entry.Basis;
            source.FoundBy = entry.FoundBy;
            source.SeenYears = entry.SeenYears is { Count: > 0 } years ? string.Join(';', years) : null;
            source.Area = entry.Area;
            if (source.CheckEvery != every)
            {
                source.CheckEvery = every;
                if (source.LastFetchedAt is { } last && source.NextDueAt > last + every)
                {
                    source.NextDueAt = last + every;
                }
            }
            var wanted = entry.Kommuner.ToHashSet(StringComparer.Ordinal);
            source.Kommuner.RemoveAll(k => !wanted.Contains(k.KommunCode));
            foreach (var code in wanted.Where(c => source.Kommuner.All(k => k.KommunCode != c)))
            {
                source.Kommuner.Add(new SourceKommun { KommunCode = code });
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (added + moved > 0)
        {
            logger.LogInformation("Registry: {Added} new source(s), {Moved} with a new address", added, moved);
        }
    }
}
