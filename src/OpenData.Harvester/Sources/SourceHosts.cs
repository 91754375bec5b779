namespace OpenData.Harvester.Sources;

/// <summary>
/// Whose site an address is on: polisen.se, a kommun's own site, a kommun's press room on a press-release service,
/// or a third party (copies of documents on docplayer.se and the like), which is never a source to fetch.
/// </summary>
public static class SourceHosts
{
    public enum Owner
    {
        Polisen,
        Kommun,
        PressRoom,
        ThirdParty,
    }

    /// <summary>Sites that republish other people's documents: a copy, not the publisher.</summary>
    private static readonly string[] DocumentMirrors = ["docplayer.se", "abcdocz.com"];

    public static bool IsPolisen(string host) => host is "polisen.se" || host.EndsWith(".polisen.se", StringComparison.Ordinal);

    /// <summary>
    /// The owner of an address the census saw as a kommun's (page, news or PDF). Press-release services host
    /// kommuner's press rooms: one is a source when the address names the kommun's room (mynewsdesk.com/se/&lt;room&gt;/…).
    /// </summary>
    public static Owner OfKommunAddress(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        if (IsPolisen(host))
        {
            return Owner.Polisen;
        }
        if (DocumentMirrors.Any(m => host == m || host.EndsWith("." + m, StringComparison.Ordinal)))
        {
            return Owner.ThirdParty;
        }
        if (host is "mynewsdesk.com" or "www.mynewsdesk.com")
        {
            var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return segments.Length >= 3 && segments[1] is not ("pressreleases" or "news") ? Owner.PressRoom : Owner.ThirdParty;
        }
        if (host is "newsroom.notified.com" || host.EndsWith(".pmembedded.com", StringComparison.Ordinal))
        {
            return Owner.PressRoom;
        }
        return Owner.Kommun;
    }
}
