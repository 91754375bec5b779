using OpenData.Ingest;
using System.Security.Cryptography;
using System.Text;
using OpenData.Core.Model;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Scheduling;
using OpenData.Harvester.Sources;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Ingestion;

namespace OpenData.Harvester.Harvesting;

/// <summary>
/// The one hop a live harvest takes beyond the registry: from a registered page to the löfte documents it links,
/// on registered hosts. A document leads nowhere; each linked document becomes a source of the page's kommuner.
/// </summary>
public sealed class LinkedDocuments(PoliteFetcher fetcher, DueSource page) : ILinkFollowing
{
    public IReadOnlyList<SourceRef> Follow(FetchedBody fetched, IReadOnlyList<PageLink> links)
    {
        if (page.Kind is SourceKind.LinkedDocument or SourceKind.PublishedDocument || fetched.Url is null || links.Count == 0)
        {
            return [];
        }
        return LofteLinks.Find(links, new Uri(fetched.Url))
            .Where(fetcher.IsRegistered)
            .Select(url => new SourceRef(KeyOf(url), url.AbsoluteUri, SourceKind.LinkedDocument, page.Publisher) { Kommuner = page.Kommuner })
            .ToList();
    }

    private static string KeyOf(Uri url) =>
        $"linked/{url.Host.ToLowerInvariant()}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..16]}";
}
