namespace OpenData.Harvester.Fetching;

/// <summary>
/// The requests already sent to a host, across runs, so that budgets (60 an hour, 1,440 a day) and a Retry-After
/// hold for the next run as well as this one. Kept by the store: every request is a snapshot row.
/// </summary>
public interface IRequestLedger
{
    /// <summary>
    /// The requests sent to <paramref name="hostKey"/> (a host, or a domain whose subdomains share its budget,
    /// "polisen.se") since <paramref name="since"/>.
    /// </summary>
    Task<RequestHistory> LoadAsync(string hostKey, DateTime since, CancellationToken ct);
}

/// <summary>When requests were sent to a host, oldest first, and until when it asked not to be called.</summary>
public sealed record RequestHistory(IReadOnlyList<DateTime> SentAt, DateTime? NotBefore);
