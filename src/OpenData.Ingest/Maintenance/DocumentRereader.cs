using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest.Corrections;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading;

using OpenData.Ingest.Storage;

namespace OpenData.Ingest.Maintenance;

/// <summary>
/// Reads the archived bodies again with the extractor of this build, without fetching anything: after the extractor
/// improves, what an older one read is brought up to date, every difference recorded in the change feed as a harvest
/// would record it. A source's reading in force is its latest document; a latest snapshot that could not be read is
/// tried again too. A snapshot has one reading: the new one takes the old one's place (the old one can be had again
/// from the archived body with the older extractor). A reading that comes out the same only has its extractor
/// version renewed. One transaction per document, so a run stopped half-way leaves each document re-read wholly or
/// not at all.
/// </summary>
public sealed class DocumentRereader(
    IDbContextFactory<OpenDataContext> contexts,
    Extractor extractor,
    ReadingCorrections corrections,
    LofteWriter lofteWriter,
    TimeProvider clock,
    ILogger<DocumentRereader> logger)
{
    /// <summary>
    /// Re-reads the readings an older extractor made (every source's with <paramref name="all"/>); a dry run reports
    /// what would change and rolls every write back.
    /// </summary>
    public async Task<Rereading> RunAsync(bool all = false, bool dryRun = false, CancellationToken ct = default)
    {
        var due = await DueAsync(all, ct);
        var items = new List<Rereading.Item>();
        foreach (var candidate in due)
        {
            items.Add(await RereadAsync(candidate, dryRun, ct));
        }
        var result = new Rereading(Extractor.Version, items, dryRun);
        logger.LogInformation("Re-read: {Result}", result);
        return result;
    }

    private sealed record Candidate(int SourceId, string SourceKey, long SnapshotId, int? DocumentId, string? ReadBy);

    private async Task<IReadOnlyList<Candidate>> DueAsync(bool all, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var documents = await db.Documents
            .Select(d => new { d.Id, d.SnapshotId, d.Snapshot!.SourceId, d.Snapshot.Source!.Key, d.Snapshot.FetchedAt, d.ExtractorVersion, d.Snapshot.Sha256, d.CorrectionReason })
            .ToListAsync(ct);
        var unread = await db.Snapshots
            .Where(s => s.Error != null && s.Sha256 != null && !db.Documents.Any(d => d.SnapshotId == s.Id))
            .Select(s => new { s.Id, s.SourceId, s.Source!.Key, s.FetchedAt })
            .ToListAsync(ct);

        // The same order the ingester compares a new reading against: latest fetch, then latest reading.
        var latestReading = documents.GroupBy(d => d.SourceId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.FetchedAt).ThenByDescending(d => d.Id).First());
        var due = new Dictionary<int, Candidate>();
        // A hand correction of a body read before it came (or that has gone since) is due too.
        foreach (var latest in latestReading.Values.Where(d => all || d.ExtractorVersion != Extractor.Version ||
                     corrections.Covers(d.Sha256) || d.CorrectionReason is not null))
        {
            due[latest.SourceId] = new Candidate(latest.SourceId, latest.Key, latest.SnapshotId, latest.Id, latest.ExtractorVersion);
        }
        // A fetch newer than the source's latest reading that could not be read then: this extractor may read it.
        foreach (var failed in unread.GroupBy(s => s.SourceId).Select(g => g.OrderByDescending(s => s.FetchedAt).ThenByDescending(s => s.Id).First()))
        {
            if (!latestReading.TryGetValue(failed.SourceId, out var read) || failed.FetchedAt > read.FetchedAt)
            {
                due[failed.SourceId] = new Candidate(failed.SourceId, failed.Key, failed.Id, null, null);
            }
        }
        return due.Values.OrderBy(c => c.SourceKey, StringComparer.Ordinal).ToList();
    }

    private async Task<Rereading.Item> RereadAsync(Candidate candidate, bool dryRun, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var snapshot = await db.Snapshots.SingleAsync(s => s.Id == candidate.SnapshotId, ct);
        var body = await db.ArchivedBodies.Where(b => b.Sha256 == snapshot.Sha256).Select(b => b.Content).FirstOrDefaultAsync(ct);
        if (body is null)
        {
            return Item(Rereading.Outcome.BodyMissing, 0, $"no archived body for sha256 {snapshot.Sha256}");
        }

        DocumentReading reading;
        try
        {
            reading = corrections.Apply(snapshot.Sha256, extractor.Extract(body, snapshot.ContentType, snapshot.Url));
        }
        catch (UnreadableDocumentException e)
        {
            return Item(Rereading.Outcome.Unreadable, 0, e.Message);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var previous = candidate.DocumentId is { } id
            ? await db.Documents.Include(d => d.Kommuner).Include(d => d.People).AsSplitQuery().SingleAsync(d => d.Id == id, ct)
            : null;
        var previousReason = previous?.CorrectionReason;
        var fingerprint = ReadingFingerprint.Of(reading);
        Rereading.Outcome outcome;
        int changes;
        if (previous is not null && previous.Fingerprint == fingerprint)
        {
            previous.ExtractorVersion = Extractor.Version;
            DocumentFromReading.Judge(previous, reading);
            (outcome, changes) = (Rereading.Outcome.Same, 0);
        }
        else
        {
            Document document;
            if (previous is null)
            {
                document = DocumentFromReading.Create(reading, fingerprint, snapshot, snapshot.Url, now);
                db.Documents.Add(document);
            }
            else
            {
                document = previous;
                DocumentFromReading.Replace(document, reading, fingerprint, previous.Url ?? snapshot.Url, now);
            }
            await db.SaveChangesAsync(ct);
            await lofteWriter.ApplyAsync(db, document, reading, snapshot, now, ct);
            var recorded = db.ChangeTracker.Entries<Change>().Count(e => e.State == EntityState.Added);
            recorded += await CorrectionChanges.RecordAsync(db, document, previousReason, snapshot, now, ct);
            (outcome, changes) = (Rereading.Outcome.Reread, recorded + await FollowUpWriter.ApplyAsync(db, document, reading, snapshot, now, ct));
        }
        await db.SaveChangesAsync(ct);
        if (dryRun)
        {
            await transaction.RollbackAsync(ct);
        }
        else
        {
            await transaction.CommitAsync(ct);
        }
        return Item(outcome, changes, null);

        Rereading.Item Item(Rereading.Outcome o, int c, string? error) =>
            new(candidate.SourceKey, candidate.ReadBy, o, c, error);
    }
}
