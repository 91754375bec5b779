using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading;

using OpenData.Ingest.Storage;

namespace OpenData.Ingest.Ingestion;

/// <summary>
/// One fetched body through the flow: read it (<see cref="Extractor"/>), then store it and what it says in one
/// transaction: the source, the body (once, by SHA-256), the snapshot, the document read from it, the löften and
/// promises it states, and the links the caller follows. Killed half-way, the database keeps all of it or none.
/// </summary>
public sealed class DocumentIngester(
    IDbContextFactory<OpenDataContext> contexts,
    Extractor extractor,
    LofteWriter lofteWriter,
    TimeProvider clock,
    ILogger<DocumentIngester> logger)
{
    /// <param name="fetched">The body and what its response said.</param>
    /// <param name="links">Which of a page's links become sources of their own; null follows none (the offline import).</param>
    /// <param name="ct">Stops before the transaction commits.</param>
    public async Task<IngestOutcome> IngestAsync(FetchedBody fetched, ILinkFollowing? links = null, CancellationToken ct = default)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(fetched.Content));
        DocumentReading? reading = null;
        string? error = null;
        try
        {
            reading = extractor.Extract(fetched.Content, fetched.ContentType, fetched.Url);
        }
        catch (UnreadableDocumentException e)
        {
            error = e.Message;
        }

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
        var seenBefore = latest is not null && (latest.Sha256 == sha || (fingerprint is not null && latest.Fingerprint == fingerprint));
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
        if (reading is not null && links is not null)
        {
            await RegisterLinksAsync(db, source, links.Follow(fetched, reading.Links), ct);
        }
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
