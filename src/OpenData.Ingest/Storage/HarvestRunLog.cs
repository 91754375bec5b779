using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Ingest.Storage;

/// <summary>Records each harvest run and its counts; the newest finished run is what /healthz reports.</summary>
public sealed class HarvestRunLog(IDbContextFactory<OpenDataContext> contexts, TimeProvider clock)
{
    public async Task<int> StartAsync(string mode, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = new HarvestRun { Mode = mode, StartedAt = clock.GetUtcNow().UtcDateTime };
        db.HarvestRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    public async Task FinishAsync(int runId, HarvestSummary summary, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = await db.HarvestRuns.SingleAsync(r => r.Id == runId, ct);
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        run.Fetched = summary.Fetched;
        run.Unchanged = summary.Unchanged;
        run.New = summary.New;
        run.Changed = summary.Changed;
        run.Failed = summary.Failed;
        run.Gone = summary.Gone;
        await db.SaveChangesAsync(ct);
    }
}
