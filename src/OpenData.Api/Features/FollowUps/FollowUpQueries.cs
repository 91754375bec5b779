using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.FollowUps;

/// <summary>
/// Reads follow-ups: every report of a promise in order, the latest one's verdict as its status, and a document's
/// reported items (matched or not). Every method is one query, whatever the number of keys.
/// </summary>
public sealed class FollowUpQueries(ReadContexts contexts)
{
    private static readonly Expression<Func<FollowUp, FollowUpView>> ToView = f => new FollowUpView(
        f.Id, f.DocumentId, f.PromiseId, f.Ordinal, f.Subject, f.Text, f.Period, f.CoversUntil, f.Status, f.DecidedBy, f.ReportedBy,
        f.MatchScore, f.Count, f.CountUnit, f.ShareOfTarget, f.Document!.Snapshot!.FetchedAt, f.Document!.Snapshot!.Sha256);

    /// <summary>Each promise's reports, oldest period first: the last is the one its status comes from.</summary>
    public async Task<ILookup<int, FollowUpView>> OfPromisesAsync(IEnumerable<int> promiseIds, CancellationToken ct)
    {
        var keys = promiseIds.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = await db.FollowUps.AsNoTracking()
            .Where(f => f.PromiseId != null && keys.Contains(f.PromiseId.Value))
            .Select(ToView)
            .ToListAsync(ct);
        return InHistoryOrder(rows).ToLookup(f => f.PromiseId!.Value);
    }

    /// <summary>Each promise's status: its latest report's verdict; a promise without reports has none.</summary>
    public async Task<IReadOnlyDictionary<int, FollowUpStatus>> StatusOfAsync(IEnumerable<int> promiseIds, CancellationToken ct) =>
        (await OfPromisesAsync(promiseIds, ct)).ToDictionary(g => g.Key, g => g.Last().Status);

    /// <summary>What each document reports, in its own order, the unmatched items included.</summary>
    public async Task<ILookup<int, FollowUpView>> OfDocumentsAsync(IEnumerable<int> documentIds, CancellationToken ct)
    {
        var keys = documentIds.Distinct().ToList();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var rows = await db.FollowUps.AsNoTracking().Where(f => keys.Contains(f.DocumentId)).OrderBy(f => f.DocumentId).ThenBy(f => f.Ordinal).Select(ToView).ToListAsync(ct);
        return rows.ToLookup(f => f.DocumentId);
    }

    /// <summary>
    /// The order of a promise's history, the same as the writer's (FollowUpWriter.Newest) read backwards: by the
    /// period covered, then when it was fetched, then the better match.
    /// </summary>
    public static IEnumerable<FollowUpView> InHistoryOrder(IEnumerable<FollowUpView> rows) =>
        rows.OrderBy(f => f.CoversUntil is not null).ThenBy(f => f.CoversUntil).ThenBy(f => f.FetchedAt).ThenBy(f => f.MatchScore).ThenBy(f => f.Id);

    /// <summary>
    /// Promises whose latest report has this verdict, for the promise filter: the report covering the latest
    /// period, then the latest fetched, then the better match (the order of <see cref="InHistoryOrder"/>).
    /// </summary>
    public static Expression<Func<Promise, bool>> HasStatus(FollowUpStatus status) =>
        p => p.FollowUps
            .OrderByDescending(f => f.CoversUntil != null).ThenByDescending(f => f.CoversUntil)
            .ThenByDescending(f => f.Document!.Snapshot!.FetchedAt).ThenByDescending(f => f.MatchScore).ThenByDescending(f => f.Id)
            .Select(f => (FollowUpStatus?)f.Status)
            .FirstOrDefault() == status;
}
