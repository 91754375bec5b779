namespace OpenData.Core.Model;

/// <summary>
/// One fetch of a source. Never deleted: a fact in the API is traced to the snapshot it was read from, and the
/// snapshot's body is kept once, by SHA-256, in <see cref="ArchivedBody"/>.
/// </summary>
public sealed class Snapshot
{
    public long Id { get; set; }

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    public DateTime FetchedAt { get; set; }

    /// <summary>The address the body came from (after redirects); null for a recorded page of unknown address.</summary>
    public string? Url { get; set; }

    public string? Host { get; set; }

    /// <summary>The HTTP status; null for a recorded page or a fetch that got no response.</summary>
    public int? HttpStatus { get; set; }

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    /// <summary>The content type as served ("text/html; charset=utf-8"); empty when no body was received.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>SHA-256 of the body, lower-case hex; null when the fetch brought no body (304, error).</summary>
    public string? Sha256 { get; set; }

    public ArchivedBody? Body { get; set; }

    public long Length { get; set; }

    /// <summary>Why the fetch brought no body ("timeout", "robots.txt disallows"), for the run report.</summary>
    public string? Error { get; set; }

    /// <summary>The instant before which the server asked not to be called again (Retry-After), so the next run waits too.</summary>
    public DateTime? RetryAfter { get; set; }

    /// <summary>Credit owed to the publisher, carried from the archive's metadata.</summary>
    public string? Attribution { get; set; }

    /// <summary>The archive file a recorded snapshot was imported from.</summary>
    public string? RecordedFrom { get; set; }
}
