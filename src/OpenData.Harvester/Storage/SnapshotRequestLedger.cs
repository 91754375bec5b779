using Microsoft.EntityFrameworkCore;
using OpenData.Core.Storage;
using OpenData.Harvester.Fetching;

namespace OpenData.Harvester.Storage;

/// <summary>Requests already sent to a host, read from the snapshot rows (indexed by host and time).</summary>
public sealed class SnapshotRequestLedger(IDbContextFactory<OpenDataContext> contexts) : IRequestLedger
{
    public async Task<RequestHistory> LoadAsync(string hostKey, DateTime since, CancellationToken ct)
    {
        var subdomains = "." + hostKey;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Snapshots
            .Where(s => s.RecordedFrom == null && s.FetchedAt >= since && (s.Host == hostKey || s.Host!.EndsWith(subdomains)))
            .Select(s => new { s.FetchedAt, s.RetryAfter })
            .ToListAsync(ct);
        return new RequestHistory(rows.Select(r => r.FetchedAt).Order().ToList(), rows.Max(r => r.RetryAfter));
    }
}
