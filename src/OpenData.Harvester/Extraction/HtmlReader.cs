using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OpenData.Harvester.Extraction;

/// <summary>
/// Reads a web page with AngleSharp: drops site chrome (navigation, header, footer, cookie and outage banners), finds
/// the main content by structure and text density rather than one site's selectors, and walks it into blocks with
/// headings and (nested) lists kept.
/// </summary>
public sealed class HtmlReader : IFormatReader
{
    private static readonly string[] Dropped =
        ["script", "style", "noscript", "template", "svg", "iframe", "form", "nav", "header", "footer", "aside", "button", "select", "input", "figure figcaption"];

    /// <summary>Class and id fragments that mark chrome on Sitevision, EPiServer and most other CMSs.</summary>
    private static readonly string[] ChromeHints =
        ["cookie", "breadcrumb", "skip", "menu", "navigation", "navbar", "sidebar", "share", "social", "banner", "footer", "header", "search", "sok-", "related", "puff", "toolbar"];

    private static readonly HashSet<string> BlockElements =
        ["p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "blockquote", "dl", "dt", "dd", "pre", "br"];

    public DocumentFormat Format => DocumentFormat.Html;

    public DocumentText Read(byte[] body, string? contentType)
    {
        var document = new HtmlParser().ParseDocument(TextDecoding.Decode(body, contentType));
        var title = PageTitle(document);
        RemoveChrome(document);
        var content = MainContent(document);
        var blocks = new List<TextBlock>();
        if (content is not null)
        {
            Walk(content, blocks, listDepth: -1);
        }
        var h1 = content?.QuerySelector("h1")?.TextContent ?? document.QuerySelector("h1")?.TextContent;
        return new DocumentText(DocumentFormat.Html, h1 is not null ? Whitespace.Fold(h1) : title, blocks);
    }

    private static string? PageTitle(IDocument document)
    {
        var title = Whitespace.Fold(document.Title ?? "");
        if (title.Length == 0)
        {
            return null;
        }
        // "Medborgarlöfte i Åsele - Polisen", "Nyheter | Svalövs kommun": the site's name is not the title.
        foreach (var separator in new[] { " | ", " - ", " – ", " — " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return title[..at].Trim();
            }
        }
        return title;
    }

    private static void RemoveChrome(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(",", Dropped)).ToList())
        {
            element.Remove();
        }
        foreach (var element in document.QuerySelectorAll("[role=navigation],[role=banner],[role=contentinfo],[role=search],[hidden],[aria-hidden=true]").ToList())
        {
            element.Remove();
        }
        foreach (var element in document.QuerySelectorAll("[class],[id]").ToList())
        {
            if (element.LocalName is "body" or "html" or "main" or "article")
            {
                continue;
            }
            var names = $"{element.ClassName} {element.Id}".ToLowerInvariant();
            if (ChromeHints.Any(h => names.Contains(h, StringComparison.Ordinal)) && !LooksLikeContent(element))
            {
                element.Remove();
            }
        }
    }

    /// <summary>An element named like chrome that still holds real prose (a "header" that wraps the article).</summary>
    private static bool LooksLikeContent(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => p.TextContent.Length) > 400;

    /// <summary>
    /// The element whose text is densest in prose: paragraphs and list items count, link text counts against, as in
    /// Readability. &lt;main&gt; and &lt;article&gt; are taken when they hold most of the page's prose.
    /// </summary>
    private static IElement? MainContent(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return null;
        }
        var total = Score(body);
        foreach (var landmark in document.QuerySelectorAll("main,[role=main],article"))
        {
            if (Score(landmark) >= total * 0.6)
            {
                return Narrow(landmark);
            }
        }
        return Narrow(body);
    }

    /// <summary>Goes down while one child holds nearly all of the prose.</summary>
    private static IElement Narrow(IElement element)
    {
        while (true)
        {
            var score = Score(element);
            var best = element.Children.Select(c => (Element: c, Score: Score(c))).MaxBy(c => c.Score);
            if (best.Element is null || best.Score < score * 0.85 || best.Element.LocalName is "p" or "ul" or "ol" or "li")
            {
                return element;
            }
            element = best.Element;
        }
    }

    private static double Score(IElement element)
    {
        double prose = 0;
        foreach (var e in element.QuerySelectorAll("p,li,h1,h2,h3,h4,td,dd,blockquote"))
        {
            prose += Whitespace.Fold(e.TextContent).Length;
        }
        var links = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        var all = Math.Max(1, element.TextContent.Length);
        return prose * (1 - Math.Min(0.9, (double)links / all));
    }

    private static void Walk(INode node, List<TextBlock> blocks, int listDepth)
    {
        var inline = new System.Text.StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                inline.Append(text.Data);
                continue;
            }
            if (child is not IElement element)
            {
                continue;
            }
            var name = element.LocalName;
            if (!BlockElements.Contains(name))
            {
                inline.Append(InlineText(element));
                continue;
            }
            if (name == "br")
            {
                inline.Append('\n');
                continue;
            }
            Flush(inline, blocks);
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Add(blocks, new TextBlock(BlockKind.Heading, Whitespace.Fold(element.TextContent), name[1] - '0'));
                    break;
                case "ul" or "ol":
                    var index = 0;
                    foreach (var item in element.Children.Where(c => c.LocalName == "li"))
                    {
                        index++;
                        var marker = name == "ol" ? $"{index}." : "•";
                        ListItem(item, marker, listDepth + 1, blocks);
                    }
                    break;
                case "li":
                    ListItem(element, "•", listDepth + 1, blocks);
                    break;
                case "p" or "dt" or "dd" or "blockquote" or "pre" or "td" or "th":
                    Paragraphs(element, blocks);
                    break;
                default:
                    Walk(element, blocks, listDepth);
                    break;
            }
        }
        Flush(inline, blocks);
    }

    private static void ListItem(IElement item, string marker, int depth, List<TextBlock> blocks)
    {
        // The item's own text, then any list nested inside it as deeper items.
        var own = new System.Text.StringBuilder();
        foreach (var child in item.ChildNodes)
        {
            if (child is IElement e && e.LocalName is "ul" or "ol")
            {
                continue;
            }
            own.Append(child is IElement el ? InlineText(el) : child.TextContent);
            own.Append(child is IElement { LocalName: "p" or "div" or "br" } ? " " : "");
        }
        var text = Whitespace.Fold(own.ToString());
        if (text.Length > 0)
        {
            Add(blocks, new TextBlock(BlockKind.ListItem, text, depth, marker));
        }
        foreach (var nested in item.Children.Where(c => c.LocalName is "ul" or "ol"))
        {
            var index = 0;
            foreach (var sub in nested.Children.Where(c => c.LocalName == "li"))
            {
                index++;
                ListItem(sub, nested.LocalName == "ol" ? $"{index}." : "•", depth + 1, blocks);
            }
        }
    }

    /// <summary>A paragraph, split where the editor used &lt;br&gt; for lines or typed "•" for bullets.</summary>
    private static void Paragraphs(IElement element, List<TextBlock> blocks)
    {
        var text = InlineText(element);
        foreach (var line in text.Split('\n'))
        {
            if (ListMarker.TryParse(line, out var marker, out var rest, out _))
            {
                Add(blocks, new TextBlock(BlockKind.ListItem, Whitespace.Fold(rest), 0, marker));
            }
            else
            {
                var folded = Whitespace.Fold(line);
                if (folded.Length > 0)
                {
                    Add(blocks, new TextBlock(BlockKind.Paragraph, folded));
                }
            }
        }
    }

    private static string InlineText(IElement element)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            sb.Append(node switch
            {
                IElement { LocalName: "br" } => "\n",
                IElement e => InlineText(e) + (e.LocalName is "p" or "div" or "li" ? "\n" : ""),
                _ => node.TextContent,
            });
        }
        return sb.ToString();
    }

    private static void Flush(System.Text.StringBuilder inline, List<TextBlock> blocks)
    {
        if (inline.Length == 0)
        {
            return;
        }
        foreach (var line in inline.ToString().Split('\n'))
        {
            if (ListMarker.TryParse(line, out var marker, out var rest, out _))
            {
                Add(blocks, new TextBlock(BlockKind.ListItem, Whitespace.Fold(rest), 0, marker));
                continue;
            }
            var folded = Whitespace.Fold(line);
            if (folded.Length > 0)
            {
                Add(blocks, new TextBlock(PlainTextReader.LooksLikeHeading(folded) ? BlockKind.Heading : BlockKind.Paragraph, folded));
            }
        }
        inline.Clear();
    }

    private static void Add(List<TextBlock> blocks, TextBlock block)
    {
        // Word leftovers: empty <p>&nbsp;</p> and lone bullets.
        if (block.Text.Length > 0 && block.Text.Any(char.IsLetterOrDigit))
        {
            blocks.Add(block);
        }
    }
}
