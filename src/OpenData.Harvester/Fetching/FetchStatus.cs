namespace OpenData.Harvester.Fetching;

/// <summary>How a fetch of one address ended.</summary>
public enum FetchStatus
{
    /// <summary>A body came back (200).</summary>
    Fetched,

    /// <summary>304: the body has not changed since the validators sent.</summary>
    NotModified,

    /// <summary>404 or 410: the address is gone.</summary>
    Gone,

    /// <summary>The site failed us: an error status after retries, a timeout, a broken or refused body.</summary>
    Failed,

    /// <summary>The harvester's rules forbid the request: robots.txt, a private address, a redirect off the registered hosts.</summary>
    Refused,

    /// <summary>Not this run: a budget is spent, the host asked to wait, or its circuit is open. Due again next run.</summary>
    Deferred,
}
