namespace OpenData.Harvester.Fetching;

/// <summary>Where robots.txt fetches are kept, so that a host's rules are fetched once a day, not once a run.</summary>
public interface IRobotsStore
{
    /// <summary>The newest robots.txt answer for an origin fetched at or after <paramref name="freshSince"/>, if any.</summary>
    Task<StoredRobots?> LoadAsync(Uri robotsUrl, DateTime freshSince, CancellationToken ct);

    Task SaveAsync(Uri robotsUrl, FetchResult result, CancellationToken ct);
}

/// <summary>A kept robots.txt answer: its status and, for a 2xx, its body.</summary>
public sealed record StoredRobots(int Status, byte[]? Body);
