namespace OpenData.Testing.Web;

/// <summary>One request as the local site saw it: what the politeness rules are checked against.</summary>
public sealed record SiteRequest(DateTimeOffset At, string Host, string Path, string? UserAgent, string? IfNoneMatch, string? IfModifiedSince)
{
    public int Status { get; set; }

    /// <summary>Body bytes the site managed to send before the response ended or the client went away.</summary>
    public long BytesSent { get; set; }

    /// <summary>The client hung up before the response was complete.</summary>
    public bool Aborted { get; set; }
}
