using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Holdings;

/// <summary>Counts of what the database holds: a handful of aggregate queries, whatever its size.</summary>
public sealed class HoldingsQueries(ReadContexts contexts)
{
    public async Task<HoldingsView> NowAsync(CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var loften = await db.Loften.AsNoTracking().CountAsync(l => l.Status != LofteStatus.Withdrawn, ct);
        var promises = await db.Promises.AsNoTracking().CountAsync(p => p.WithdrawnAt == null, ct);
        var kommuner = await db.Set<LofteKommun>().AsNoTracking().Select(k => k.KommunCode).Distinct().CountAsync(ct);
        // The pages a document was read from: the snapshots that hold löften, not every request the harvester made.
        var pages = db.Documents.AsNoTracking().Select(d => d.Snapshot!).Distinct();
        var recorded = await pages.CountAsync(s => s.Source!.Kind == SourceKind.Recorded, ct);
        var fetched = await pages.CountAsync(s => s.Source!.Kind != SourceKind.Recorded, ct);
        var first = await pages.Select(s => (DateTime?)s.FetchedAt).MinAsync(ct);
        var last = await pages.Select(s => (DateTime?)s.FetchedAt).MaxAsync(ct);
        var harvest = await db.HarvestRuns.AsNoTracking().Where(r => r.FinishedAt != null).OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id)
            .Select(r => new { r.Mode, r.FinishedAt }).FirstOrDefaultAsync(ct);
        return new HoldingsView(loften, promises, kommuner, recorded, fetched, first, last, harvest?.Mode, harvest?.FinishedAt);
    }
}
