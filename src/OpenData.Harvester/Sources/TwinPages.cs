using OpenData.Ingest.Formats;

namespace OpenData.Harvester.Sources;

/// <summary>
/// The other side's page about the same löfte, among a page's links: from a kommun's page, polisen.se's löfte page
/// (an address under /medborgarloften/); from polisen.se, a kommun page whose address names a löfte. Documents
/// (PDFs) are <see cref="LofteLinks"/>' part.
/// </summary>
public static class TwinPages
{
    public static IReadOnlyList<Uri> Find(IReadOnlyList<PageLink> links, Uri page)
    {
        var found = new List<Uri>();
        var fromPolisen = page.AbsolutePath.Contains("/medborgarloften", StringComparison.OrdinalIgnoreCase) && !LooksLikeKommunSite(page);
        foreach (var link in links)
        {
            if (!Uri.TryCreate(page, link.Href, out var target) || (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp))
            {
                continue;
            }
            target = new UriBuilder(target) { Fragment = "" }.Uri;
            if (target.Host == page.Host || target.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var polisenLofte = target.AbsolutePath.Contains("/om-polisen/medborgarloften", StringComparison.OrdinalIgnoreCase);
            var kommunLofte = !polisenLofte && LofteWords.Names(target);
            if ((fromPolisen ? kommunLofte : polisenLofte) && !found.Contains(target))
            {
                found.Add(target);
            }
        }
        return found;
    }

    private static bool LooksLikeKommunSite(Uri page) => !page.AbsolutePath.StartsWith("/om-polisen/", StringComparison.OrdinalIgnoreCase);
}
