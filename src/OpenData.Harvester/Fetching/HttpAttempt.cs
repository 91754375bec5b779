namespace OpenData.Harvester.Fetching;

/// <summary>What one request brought back: the status, the headers the harvester uses, and the body when it read one.</summary>
public sealed record HttpAttempt(int Status)
{
    public string ContentType { get; init; } = "";

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>The instant the response asked not to be called before (Retry-After), if it did.</summary>
    public DateTime? RetryAfter { get; init; }

    public Uri? Location { get; init; }

    public byte[]? Body { get; init; }

    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308 && Location is not null;

    /// <summary>Worth another try: 408, 429 and every 5xx.</summary>
    public bool IsTransient => Status is 408 or 429 or >= 500;
}
