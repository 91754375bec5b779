namespace OpenData.Harvester.Fetching;

/// <summary>A fetch of one address, with every request it took (retries and redirects included).</summary>
public sealed record FetchResult(FetchStatus Status, Uri Url, IReadOnlyList<FetchAttempt> Attempts)
{
    /// <summary>Why it did not bring a body, in words for the run report and the source's LastError.</summary>
    public string? Error { get; init; }

    /// <summary>The response that ended it (after redirects), when there was one.</summary>
    public HttpAttempt? Response { get; init; }

    /// <summary>The host could not be reached at all (its name does not resolve): its other sources need not be tried now.</summary>
    public bool HostUnreachable { get; init; }

    /// <summary>The address the response came from, after redirects.</summary>
    public Uri FinalUrl { get; init; } = Url;
}
