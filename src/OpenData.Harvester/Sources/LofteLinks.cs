using AngleSharp.Html.Parser;

namespace OpenData.Harvester.Sources;

/// <summary>
/// The documents a registered page links to that are about löften ("Medborgarlöfte 2022-2023 Pdf, 164.3 kB"):
/// the only addresses the harvester follows beyond the registry. One hop, PDFs only: no crawling.
/// </summary>
public static class LofteLinks
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Absolute addresses of the löfte documents linked from <paramref name="html"/>, in page order, each once.</summary>
    public static IReadOnlyList<Uri> Find(byte[] html, Uri page)
    {
        // Link text and addresses are matched on "medborgarl", which survives any 8-bit charset the page may use.
        using var document = Parser.ParseDocument(new MemoryStream(html, writable: false));
        var found = new List<Uri>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (!Uri.TryCreate(page, anchor.GetAttribute("href"), out var target) ||
                (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp))
            {
                continue;
            }
            target = new UriBuilder(target) { Fragment = "" }.Uri;
            var path = Fold(Uri.UnescapeDataString(target.AbsolutePath));
            var label = Fold($"{anchor.TextContent} {anchor.GetAttribute("title")}");
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
