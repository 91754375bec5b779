using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Reads a web page with AngleSharp: decodes its charset, drops what a reader never sees, finds the main content by
/// structure and text density (<see cref="HtmlMainContent"/>) and walks it into blocks with headings and nested
/// lists kept (<see cref="HtmlBlockWriter"/>). The title is the page's own heading, without the site's name.
/// </summary>
public sealed class HtmlReader : IFormatReader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public DocumentFormat Format => DocumentFormat.Html;

    /// <summary>
    /// The most markup read of one page. Löfte pages are tens of kilobytes; a page many megabytes long is read from its
    /// beginning, where its heading and content are, so that time and memory stay bounded.
    /// </summary>
    public const int MaxCharacters = 3_000_000;

    public DocumentText Read(byte[] body, string? contentType)
    {
        var html = TextDecoding.Decode(body, contentType);
        List<string>? warnings = null;
        if (html.Length > MaxCharacters)
        {
            (warnings ??= []).Add($"the page is {html.Length:N0} characters long; only its first {MaxCharacters:N0} were read");
            html = html[..MaxCharacters];
        }
        html = HtmlNesting.Bound(html, out var deepest);
        if (deepest > HtmlNesting.MaxDepth)
        {
            (warnings ??= []).Add($"the page nests its elements {deepest:N0} deep; past {HtmlNesting.MaxDepth} their tags were left out and their text read at that level");
        }
        using var document = Parser.ParseDocument(html);
        var pageTitle = PageTitle(document);
        var links = Links(document);
        var content = HtmlMainContent.Of(document);
        if (content?.Root is not { } root)
        {
            return new DocumentText(DocumentFormat.Html, pageTitle, [], warnings) { Links = links };
        }
        var blocks = new HtmlBlockWriter(content.IsChrome).Write(root);
        var title = content.Heading is { } heading ? Whitespace.Fold(heading.TextContent) : null;
        return new DocumentText(DocumentFormat.Html, string.IsNullOrEmpty(title) ? pageTitle : title, blocks, warnings) { Links = links };
    }

    /// <summary>Every link of the page, menus included: which of them lead to löfte documents is the harvester's call.</summary>
    private static IReadOnlyList<PageLink> Links(IDocument document) =>
        document.QuerySelectorAll("a[href]")
            .Select(a => new PageLink(a.GetAttribute("href")!, Whitespace.Fold($"{a.TextContent} {a.GetAttribute("title")}")))
            .ToList();

    /// <summary>
    /// The page's title without the site's name: "Medborgarlöfte i Åsele | Polisen" gives "Medborgarlöfte i Åsele",
    /// "Nyheter | Nytt medborgarlöfte | Malå kommun" its longest part.
    /// </summary>
    internal static string? PageTitle(IDocument document)
    {
        var og = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content");
        var title = Whitespace.Fold(string.IsNullOrWhiteSpace(og) ? document.Title ?? "" : og);
        if (title.Length == 0)
        {
            return null;
        }
        if (title.Contains(" | ", StringComparison.Ordinal))
        {
            return title.Split(" | ").Select(p => p.Trim()).MaxBy(p => p.Length);
        }
        foreach (var separator in new[] { " - ", " – ", " — ", " :: " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && LooksLikeSiteName(title[(at + separator.Length)..]))
            {
                return title[..at].Trim();
            }
        }
        return title;
    }

    private static bool LooksLikeSiteName(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 &&
        (part.Contains("kommun", StringComparison.OrdinalIgnoreCase) || part.Contains("Polisen", StringComparison.Ordinal) ||
         part.Contains("stad", StringComparison.OrdinalIgnoreCase) || part.StartsWith("Region ", StringComparison.Ordinal) ||
         part.Contains(".se", StringComparison.OrdinalIgnoreCase));
}
