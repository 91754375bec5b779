using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OpenData.Api.Archive;
using OpenData.Api.Features.Feeds;
using OpenData.Api.Http;

namespace OpenData.Api.Feeds;

/// <summary>
/// A feed as Atom (RFC 4287): each entry's updated is when the data changed, its alternate link the löfte on the
/// page, its via link the archived page or file the change was read from. Entry ids are tag URIs (RFC 4151) on the
/// change's number, which never changes.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedView feed, Uri baseUri, string selfPath)
    {
        string At(string path) => PublicAddress.Link(baseUri, path);
        var tag = $"tag:{baseUri.Host},2025:medborgarloften/";
        // An empty feed is dated to the beginning of the data, not to the request, so that its ETag holds.
        var updated = feed.Entries.Count > 0 ? feed.Entries.Max(e => e.At) : DateTime.UnixEpoch;
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "sv"),
            new XElement(Atom + "id", tag + selfPath),
            new XElement(Atom + "title", FeedText.FeedTitle(feed)),
            new XElement(Atom + "subtitle", "De löften som Polisen och kommunerna ger varandra och invånarna, och vad som har ändrats i dem. Nyast först."),
            new XElement(Atom + "updated", Time(updated)),
            Link("self", At(selfPath), AtomFeed.ContentType),
            Link("alternate", At(PagePath(feed)), "text/html"),
            new XElement(Atom + "author", new XElement(Atom + "name", "OpenData medborgarlöften"), new XElement(Atom + "uri", baseUri.AbsoluteUri)),
            new XElement(Atom + "generator", "OpenData"),
            feed.Entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", tag + "andring/" + e.ChangeId.ToString(CultureInfo.InvariantCulture)),
                new XElement(Atom + "title", FeedText.Title(e)),
                new XElement(Atom + "updated", Time(e.At)),
                Link("alternate", At(LoftePath(feed, e)), "text/html"),
                e.SourceSha256 is { } sha ? Link("via", At(ArchiveEndpoint.PathOf(sha)), null) : null,
                e.Kommuner.Select(k => new XElement(Atom + "category", new XAttribute("term", k.Code), new XAttribute("label", k.Name), new XAttribute("scheme", "https://www.scb.se/kommunkoder"))),
                new XElement(Atom + "summary", FeedText.Summary(e))))));

        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }
        return bytes.ToArray();
    }

    private static XElement Link(string rel, string href, string? type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href), type is null ? null : new XAttribute("type", type));

    private static string Time(DateTime at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The page's view of what the feed follows: the kommun's löften, or a search by län or theme.</summary>
    private static string PagePath(FeedView feed) => feed.Scope.Kind switch
    {
        FeedScopeKind.Kommun => $"?vy=kommun&kod={Uri.EscapeDataString(feed.Scope.Code!)}",
        FeedScopeKind.Lan => $"?vy=sok&lan={Uri.EscapeDataString(feed.Scope.Code!)}",
        FeedScopeKind.Theme => $"?vy=sok&tema={Uri.EscapeDataString(feed.Scope.Code!)}",
        _ => "",
    };

    /// <summary>The löfte on the page: in the followed kommun's view, else in its first kommun's.</summary>
    private static string LoftePath(FeedView feed, FeedEntryView entry)
    {
        var kommun = feed.Scope.Kind == FeedScopeKind.Kommun ? feed.Scope.Code : entry.Kommuner.FirstOrDefault()?.Code;
        return kommun is null ? "" : $"?vy=kommun&kod={Uri.EscapeDataString(kommun)}#lofte-{Uri.EscapeDataString(entry.LofteKey)}";
    }
}
