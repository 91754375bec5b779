namespace OpenData.Ingest;

/// <summary>
/// A body as it came from its source, with what the response said about it. Live fetches and recorded pages both
/// arrive as this, so that everything after fetching is one path.
/// </summary>
public sealed record FetchedBody
{
    public required SourceRef Source { get; init; }

    public required byte[] Content { get; init; }

    public required string ContentType { get; init; }

    public required DateTime FetchedAt { get; init; }

    /// <summary>The address the body came from after redirects; null for a recorded page of unknown address.</summary>
    public string? Url { get; init; }

    public int? HttpStatus { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? Attribution { get; init; }

    /// <summary>For recorded pages: the archive file this came from.</summary>
    public string? RecordedFrom { get; init; }
}

/// <summary>The source a body belongs to, as the registry or the archive names it.</summary>
public sealed record SourceRef(string Key, string? Url, Core.Model.SourceKind Kind, string Publisher)
{
    public IReadOnlyList<string> Kommuner { get; init; } = [];
}
