using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Harvester.Fetching;

using OpenData.Harvester.Storage;

using OpenData.Ingest.Storage;

namespace OpenData.Harvester.Scheduling;

/// <summary>
/// Which sources are due, and what a fetch that brought no new body did to its source (304, gone, failed, refused).
/// Each outcome is one transaction: the request rows and the source's state together.
/// </summary>
public sealed class SourceSchedule(
    IDbContextFactory<OpenDataContext> contexts, DatabaseWriteLock writer, IOptions<HarvesterOptions> options, TimeProvider clock)
{
    private static readonly SourceKind[] Harvested =
        [SourceKind.PolisenLoftePage, SourceKind.PolisenNews, SourceKind.KommunPage, SourceKind.PublishedDocument, SourceKind.LinkedDocument];

    /// <summary>
    /// The registered sources (and the documents they link to) due at <paramref name="now"/>: never fetched first,
    /// then the longest overdue.
    /// </summary>
    public async Task<IReadOnlyList<DueSource>> DueAsync(IReadOnlySet<string> registryKeys, DateTime now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var candidates = await db.Sources
            .AsNoTracking()
            .Include(s => s.Kommuner)
            .Include(s => s.LinkedFrom)
            .Where(s => Harvested.Contains(s.Kind) && s.Url != null && (s.NextDueAt == null || s.NextDueAt <= now))
            .ToListAsync(ct);
        return candidates
            .Where(s => registryKeys.Contains(s.Key) || (s.LinkedFrom is not null && registryKeys.Contains(s.LinkedFrom.Key)))
            .OrderBy(s => s.NextDueAt is null ? 0 : 1).ThenBy(s => s.NextDueAt).ThenBy(s => s.Id)
            .Select(ToDue)
            .OfType<DueSource>()
            .ToList();
    }

    private static DueSource? ToDue(Source s) =>
        Uri.TryCreate(s.Url, UriKind.Absolute, out var url)
            ? new DueSource(s.Id, s.Key, url, s.Kind, s.Publisher, s.Kommuner.Select(k => k.KommunCode).Order(StringComparer.Ordinal).ToList(),
                new Validators(s.ETag, s.LastModified))
            : null;

    /// <summary>Keeps the requests of a fetch that did not end in a body to store, and moves the source on.</summary>
    public async Task RecordAsync(DueSource due, FetchResult result, CancellationToken ct)
    {
        using var _ = await writer.TakeAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var source = await db.Sources.SingleAsync(s => s.Id == due.Id, ct);
        db.Snapshots.AddRange(result.Attempts.Select(a => AttemptSnapshots.From(a, source)));
        var at = result.Attempts.Count > 0 ? result.Attempts[^1].At : clock.GetUtcNow().UtcDateTime;
        var error = result.Error ?? result.Status.ToString();
        switch (result.Status)
        {
            case FetchStatus.NotModified:
                SourceState.Answered(source, at, result.Response?.ETag, result.Response?.LastModified, replaceValidators: false);
                break;
            case FetchStatus.Gone:
                SourceState.Gone(source, at, error, options.Value.GoneRecheckEvery);
                break;
            case FetchStatus.Failed:
                SourceState.Failed(source, at, error, options.Value.FailureBackoff);
                break;
            case FetchStatus.Refused:
                SourceState.Refused(source, at, error);
                break;
            case FetchStatus.Deferred:
                // Still due: the next run takes it up. Only the requests it did make are kept.
                break;
            case FetchStatus.Fetched:
                throw new InvalidOperationException("a fetched body is stored by the DocumentIngester");
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The requests that came before the one whose body is stored (retries, redirect hops).</summary>
    public async Task RecordAttemptsAsync(DueSource due, IEnumerable<FetchAttempt> attempts, CancellationToken ct)
    {
        var list = attempts.ToList();
        if (list.Count == 0)
        {
            return;
        }
        using var _ = await writer.TakeAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var source = await db.Sources.SingleAsync(s => s.Id == due.Id, ct);
        db.Snapshots.AddRange(list.Select(a => AttemptSnapshots.From(a, source)));
        await db.SaveChangesAsync(ct);
    }
}
