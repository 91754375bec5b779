namespace OpenData.Harvester.Fetching;

/// <summary>One request as it happened, kept as a snapshot row: every request counts against its host's budget.</summary>
public sealed record FetchAttempt(DateTime At, Uri Url, int? Status, string? Error)
{
    public string ContentType { get; init; } = "";

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public DateTime? RetryAfter { get; init; }
}
