using OpenData.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Storage;

/// <summary>
/// Stores one fetched body and what was read of it, in one transaction: the source, the body (once, by SHA-256),
/// the snapshot, the document, the löften and promises it states, and the linked sources to fetch next. Killed
/// half-way, the database keeps all of it or none of it.
/// </summary>
public sealed class SnapshotWriter(IDbContextFactory<OpenDataContext> contexts, LofteWriter lofteWriter, TimeProvider clock, ILogger<SnapshotWriter> logger)
{
    /// <param name="fetched">The body and what its response said.</param>
    /// <param name="sha">The body's SHA-256, lower-case hex.</param>
    /// <param name="reading">What was read of it; null where it could not be read (<paramref name="error"/> says why).</param>
    /// <param name="error">Why the body could not be read.</param>
    /// <param name="followed">Linked documents that become sources of their own, due at once.</param>
    /// <param name="ct">Stops before the transaction commits.</param>
    public async Task<IngestOutcome> WriteAsync(FetchedBody fetched, string sha, DocumentReading? reading, string? error,
        IReadOnlyList<SourceRef> followed, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;

        var source = await UpsertSourceAsync(db, fetched.Source, ct);
        if (source.Id != 0 && fetched.RecordedFrom is not null &&
            await db.Snapshots.AnyAsync(s => s.SourceId == source.Id && s.Sha256 == sha && s.FetchedAt == fetched.FetchedAt, ct))
        {
            return IngestOutcome.Unchanged; // the same recorded read, imported before
        }
        // Unchanged means: the same bytes, or the same content read from other bytes, as the source's latest reading.
        var fingerprint = reading is null ? null : ReadingFingerprint.Of(reading);
        var latest = source.Id == 0 ? null : await db.Documents
            .Where(d => d.Snapshot!.SourceId == source.Id)
            .OrderByDescending(d => d.Snapshot!.FetchedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Fingerprint, d.Snapshot!.Sha256 })
            .FirstOrDefaultAsync(ct);
        // The same bytes are new content where a hand correction of them came since (its fingerprint differs).
        var seenBefore = latest is not null &&
            ((latest.Sha256 == sha && reading?.Correction is null) || (fingerprint is not null && latest.Fingerprint == fingerprint));
        var hadOther = latest is not null;

        await BodyArchive.StoreOnceAsync(db, sha, fetched.Content, now, ct);
        var snapshot = new Snapshot
        {
            Source = source,
            FetchedAt = fetched.FetchedAt,
            Url = fetched.Url,
            Host = HostOf(fetched.Url),
            HttpStatus = fetched.HttpStatus,
            ETag = fetched.ETag,
            LastModified = fetched.LastModified,
            ContentType = fetched.ContentType,
            Sha256 = sha,
            Length = fetched.Content.LongLength,
            Error = error,
            Attribution = fetched.Attribution,
            RecordedFrom = fetched.RecordedFrom,
        };
        db.Snapshots.Add(snapshot);
        source.LastFetchedAt = fetched.FetchedAt;
        if (fetched.RecordedFrom is null && fetched.HttpStatus is not null)
        {
            SourceState.Answered(source, fetched.FetchedAt, fetched.ETag, fetched.LastModified, replaceValidators: true);
        }
        await RegisterLinksAsync(db, source, followed, ct);
        await db.SaveChangesAsync(ct);

        IngestOutcome outcome;
        if (reading is null)
        {
            logger.LogWarning("{Source}: unreadable: {Error}", fetched.Source.Key, error);
            outcome = IngestOutcome.Failed;
        }
        else if (seenBefore)
        {
            outcome = IngestOutcome.Unchanged;
        }
        else
        {
            var document = DocumentFromReading.Create(reading, fingerprint!, snapshot, fetched.Url, now);
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
            await lofteWriter.ApplyAsync(db, document, reading, snapshot, now, ct);
            await db.SaveChangesAsync(ct);
            await FollowUpWriter.ApplyAsync(db, document, reading, snapshot, now, ct);
            await CorrectionChanges.RecordAsync(db, document, previousReason: null, snapshot, now, ct);
            await db.SaveChangesAsync(ct);
            outcome = hadOther ? IngestOutcome.Changed : IngestOutcome.New;
        }
        await transaction.CommitAsync(ct);
        return outcome;
    }

    private static async Task<Source> UpsertSourceAsync(OpenDataContext db, SourceRef reference, CancellationToken ct)
    {
        var source = await db.Sources.Include(s => s.Kommuner).FirstOrDefaultAsync(s => s.Key == reference.Key, ct);
        if (source is null)
        {
            source = new Source { Key = reference.Key, Publisher = reference.Publisher };
            db.Sources.Add(source);
        }
        source.Url = reference.Url;
        source.Host = HostOf(reference.Url);
        source.Kind = reference.Kind;
        source.Publisher = reference.Publisher;
        foreach (var code in reference.Kommuner.Where(c => source.Kommuner.All(k => k.KommunCode != c)))
        {
            source.Kommuner.Add(new SourceKommun { KommunCode = code });
        }
        return source;
    }

    /// <summary>The löfte documents the page links to become sources of their own, due at once; one hop, no further.</summary>
    private static async Task RegisterLinksAsync(OpenDataContext db, Source page, IReadOnlyList<SourceRef> followed, CancellationToken ct)
    {
        var urls = followed.Select(l => l.Url).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (urls.Count == 0)
        {
            return;
        }
        var stored = (await db.Sources.Where(s => s.Url != null && urls.Contains(s.Url)).Select(s => s.Url!).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var link in followed)
        {
            if (link.Url is null || stored.Contains(link.Url) || db.Sources.Local.Any(s => s.Url == link.Url))
            {
                continue;
            }
            var linked = new Source { Key = link.Key, Url = link.Url, Host = HostOf(link.Url), Kind = link.Kind, Publisher = link.Publisher, CheckEvery = page.CheckEvery, LinkedFrom = page };
            linked.Kommuner.AddRange(link.Kommuner.Select(code => new SourceKommun { KommunCode = code }));
            db.Sources.Add(linked);
        }
    }

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;
}
