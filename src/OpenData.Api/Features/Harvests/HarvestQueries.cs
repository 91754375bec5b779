using Microsoft.EntityFrameworkCore;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Harvests;

/// <summary>What the harvester last did: how fresh the data is.</summary>
public sealed class HarvestQueries(ReadContexts contexts)
{
    /// <summary>The newest finished harvest run; null before any has finished.</summary>
    public async Task<HarvestView?> LastFinishedAsync(CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await db.HarvestRuns.AsNoTracking().Where(r => r.FinishedAt != null).OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id)
            .Select(r => new HarvestView(r.Mode, r.StartedAt, r.FinishedAt, r.Fetched, r.New, r.Changed, r.Unchanged, r.Failed, r.Gone))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>When the first harvest started: when the data set was first published by this service.</summary>
    public async Task<DateTime?> FirstStartedAsync(CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        return await db.HarvestRuns.AsNoTracking().OrderBy(r => r.StartedAt).Select(r => (DateTime?)r.StartedAt).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// When the published data last changed: the newest of the last finished harvest, the last recorded change and
    /// the last time a löfte was read. The exports' Last-Modified.
    /// </summary>
    public async Task<DateTime?> LastChangeAsync(CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var harvest = await db.HarvestRuns.AsNoTracking().MaxAsync(r => r.FinishedAt, ct);
        var change = await db.Changes.AsNoTracking().Select(c => (DateTime?)c.At).MaxAsync(ct);
        var read = await db.Loften.AsNoTracking().Select(l => (DateTime?)l.LastSeen).MaxAsync(ct);
        return new[] { harvest, change, read }.Max();
    }
}
