using OpenData.Ingest;
using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Ingestion;

/// <summary>
/// Which links of a stored page become sources of their own, due at once: the harvester's one-hop rule (löfte
/// documents on registered hosts). The links come from the page's one parse; the offline import follows none.
/// </summary>
public interface ILinkFollowing
{
    IReadOnlyList<SourceRef> Follow(FetchedBody page, IReadOnlyList<PageLink> links);
}
