namespace OpenData.Harvester.Fetching;

/// <summary>
/// A fetch the harvester's own rules stop: an address that resolves to a private network, a body too large or of a
/// type it does not read, a redirect off the registered hosts. Never retried.
/// </summary>
public sealed class FetchRefusedException(string reason) : Exception(reason)
{
    /// <summary>The status of the response refused, when the refusal came after one (a body too large).</summary>
    public int? Status { get; init; }

    public string ContentType { get; init; } = "";
}

/// <summary>
/// A request that may not be sent in this run: the host's budget or the run's is spent, or the host asked to be
/// left alone past the run's end. The source stays due and the next run takes it up.
/// </summary>
public sealed class FetchDeferredException(string reason) : Exception(reason);
