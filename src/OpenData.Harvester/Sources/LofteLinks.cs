using OpenData.Ingest.Formats;

namespace OpenData.Harvester.Sources;

/// <summary>
/// The documents a registered page links to that are about löften ("Medborgarlöfte 2022-2023 Pdf, 164.3 kB"):
/// the only addresses the harvester follows beyond the registry. One hop, PDFs only: no crawling.
/// </summary>
public static class LofteLinks
{
    /// <summary>Absolute addresses of the löfte documents among a page's links, in page order, each once.</summary>
    public static IReadOnlyList<Uri> Find(IReadOnlyList<PageLink> links, Uri page)
    {
        var found = new List<Uri>();
        foreach (var link in links)
        {
            if (!Uri.TryCreate(page, link.Href, out var target) ||
                (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp))
            {
                continue;
            }
            target = new UriBuilder(target) { Fragment = "" }.Uri;
            var path = Fold(Uri.UnescapeDataString(target.AbsolutePath));
            var label = Fold(link.Label);
            var aboutLofte = path.Contains("medborgarl", StringComparison.Ordinal) || label.Contains("medborgarl", StringComparison.Ordinal);
            var isDocument = path.EndsWith(".pdf", StringComparison.Ordinal) || label.Contains("pdf", StringComparison.Ordinal);
            if (aboutLofte && isDocument && target != page && !found.Contains(target))
            {
                found.Add(target);
            }
        }
        return found;
    }

    private static string Fold(string text) =>
        text.ToLowerInvariant().Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o');
}
