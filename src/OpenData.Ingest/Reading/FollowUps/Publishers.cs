using OpenData.Core.Model;

namespace OpenData.Ingest.Reading.FollowUps;

/// <summary>
/// Who reports, by who publishes: polisen.se is the police's own account, any other site the kommun's (a kommun
/// reports on its own promises: self-reported, and the API says so).
/// </summary>
public static class Publishers
{
    public static Actor? ActorOf(string? url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            ? null
            : uri.Host.Equals("polisen.se", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".polisen.se", StringComparison.OrdinalIgnoreCase)
                ? Actor.Polis
                : Actor.Kommun;

    /// <summary>From a source's publisher ("Polisen", "Svalövs kommun") where the address does not say.</summary>
    public static Actor OfPublisher(string publisher) =>
        publisher.StartsWith("polis", StringComparison.OrdinalIgnoreCase) ? Actor.Polis : Actor.Kommun;
}
