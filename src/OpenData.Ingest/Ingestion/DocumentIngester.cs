using OpenData.Ingest;
using System.Security.Cryptography;
using OpenData.Ingest.Corrections;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading;
using OpenData.Ingest.Storage;

namespace OpenData.Ingest.Ingestion;

/// <summary>
/// One fetched body through the flow: read it (<see cref="Extractor"/>, one parse for its text and its links; a
/// reviewed hand correction of its bytes applied, <see cref="ReadingCorrections"/>), choose
/// the links to follow, then store it and what it says (<see cref="SnapshotWriter"/>, one transaction).
/// </summary>
public sealed class DocumentIngester(Extractor extractor, ReadingCorrections corrections, SnapshotWriter writer)
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
            reading = corrections.Apply(sha, extractor.Extract(fetched.Content, fetched.ContentType, fetched.Url));
        }
        catch (UnreadableDocumentException e)
        {
            error = e.Message;
        }
        var followed = reading is not null && links is not null ? links.Follow(fetched, reading.Links) : [];
        return await writer.WriteAsync(fetched, sha, reading, error, followed, ct);
    }
}
