using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Walks the main content of a page into blocks: headings (h1–h6, and paragraphs set wholly in bold), paragraphs
/// split where the editor broke lines with &lt;br&gt; or typed "•", list items with their nesting (&lt;ul&gt;/&lt;ol&gt;,
/// and Word's pasted "mso-list" paragraphs). Word leftovers (empty &lt;p&gt;&amp;nbsp;&lt;/p&gt;, &lt;o:p&gt;,
/// "mso-special-character" breaks) leave nothing behind; a paragraph repeated verbatim (an ingress shown twice) is
/// kept once; a list item that is only a link is a paragraph, not an item.
/// </summary>
internal sealed partial class HtmlBlockWriter(Func<IElement, bool> isChrome)
{
    private static readonly HashSet<string> BlockElements =
    [
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "summary", "center",
    ];

    private readonly List<TextBlock> _blocks = [];
    private readonly HashSet<string> _seenParagraphs = new(StringComparer.Ordinal);
    private readonly StringBuilder _inline = new();

    public IReadOnlyList<TextBlock> Write(IElement root)
    {
        Walk(root, listDepth: -1);
        Flush();
        return ListNesting.UnderNumberedItems(_blocks);
    }

    private void Walk(INode node, int listDepth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    _inline.Append(text.Data);
                    continue;
                case IElement element:
                    Element(element, listDepth);
                    continue;
            }
        }
    }

    private void Element(IElement element, int listDepth)
    {
        if (isChrome(element))
        {
            return;
        }
        var name = element.LocalName;
        if (name == "br")
        {
            _inline.Append('\n');
            return;
        }
        if (!BlockElements.Contains(name) && !HasBlockInside(element))
        {
            _inline.Append(InlineText(element));
            return;
        }
        Flush();
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Add(new TextBlock(BlockKind.Heading, Whitespace.Fold(InlineText(element)), name[1] - '0'));
                break;
            case "ul" or "ol":
                List(element, listDepth + 1);
                break;
            case "li":
                Item(element, ListMarker.Bullet, listDepth + 1);
                break;
            case "table" when ActivityTable.Read(element) is { Count: > 0 } rows:
                foreach (var row in rows)
                {
                    Add(new TextBlock(BlockKind.ListItem, row, Math.Max(0, listDepth + 1), ListMarker.Bullet));
                }
                break;
            case "p" or "dt" or "dd" or "pre" or "caption" or "figcaption" or "summary" when !HasBlockInside(element):
                Paragraph(element, listDepth);
                break;
            case "hr":
                break;
            default:
                Walk(element, listDepth);
                Flush();
                break;
        }
    }

    private void List(IElement list, int depth)
    {
        var number = list.LocalName == "ol" && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var child in list.Children)
        {
            if (isChrome(child))
            {
                continue;
            }
            if (child.LocalName == "li")
            {
                Item(child, list.LocalName == "ol" ? $"{number++}." : ListMarker.Bullet, depth);
            }
            else if (child.LocalName is "ul" or "ol")
            {
                List(child, depth + 1); // a list nested directly in a list, as some editors write it
            }
            else
            {
                Walk(child, depth);
                Flush();
            }
        }
    }

    /// <summary>The item's own text (its paragraphs joined), then the lists nested in it as deeper items.</summary>
    private void Item(IElement item, string marker, int depth)
    {
        var own = new StringBuilder();
        var nested = new List<IElement>();
        foreach (var child in item.ChildNodes)
        {
            if (child is IElement { LocalName: "ul" or "ol" } list)
            {
                nested.Add(list);
                continue;
            }
            if (child is IElement e && isChrome(e))
            {
                continue;
            }
            own.Append(child is IElement el ? InlineText(el) : child.TextContent).Append(child is IElement { LocalName: "p" or "div" } ? " " : "");
        }
        var text = Whitespace.Fold(own.ToString().Replace('\n', ' '));
        if (ListMarker.TryParse(text, out var typed, out var rest, out _) && !ListMarker.IsNumber(typed))
        {
            text = rest; // "• " typed into an <li> as well
        }
        if (text.Length > 0)
        {
            var linkOnly = IsLinkOnly(item, nested);
            Add(linkOnly ? new TextBlock(BlockKind.Paragraph, text) : new TextBlock(BlockKind.ListItem, text, depth, marker));
        }
        foreach (var list in nested)
        {
            List(list, depth + 1);
        }
    }

    /// <summary>
    /// A paragraph, read line by line where the editor used &lt;br&gt; for lines or typed "•" for bullets; a
    /// paragraph set wholly in bold is a heading; Word's pasted list paragraphs are list items.
    /// </summary>
    private void Paragraph(IElement p, int listDepth)
    {
        var text = InlineText(p);
        var style = p.GetAttribute("style") ?? "";
        var msoList = MsoListLevel().Match(style);
        if (msoList.Success || (p.ClassName ?? "").StartsWith("MsoListParagraph", StringComparison.OrdinalIgnoreCase))
        {
            var level = msoList.Success ? int.Parse(msoList.Groups[1].Value) - 1 : 0;
            var folded = Whitespace.Fold(text);
            var marker = ListMarker.Bullet;
            if (ListMarker.TryParse(folded, out var typed, out var rest, out _))
            {
                (marker, folded) = (typed, rest);
            }
            else if (folded.Length > 1 && folded[0] is 'o' or '§' or '\uF0A7' && folded[1] == ' ')
            {
                folded = folded[2..]; // Word's Courier "o" and Wingdings "§" bullets
            }
            Add(new TextBlock(BlockKind.ListItem, folded, Math.Max(0, listDepth + 1 + level), marker));
            return;
        }
        if (IsBoldOnly(p, text))
        {
            Add(new TextBlock(BlockKind.Heading, Whitespace.Fold(text), 4));
            return;
        }
        _inline.Append(text);
        Flush();
    }

    private static bool IsBoldOnly(IElement p, string text)
    {
        var folded = Whitespace.Fold(text);
        if (folded.Length is 0 or > 120 || folded[^1] is '.' || text.Contains('\n'))
        {
            return false;
        }
        var bold = string.Concat(p.QuerySelectorAll("strong,b").Where(b => b.ParentElement?.Closest("strong,b") is null).Select(b => b.TextContent));
        return Whitespace.Fold(bold) == folded;
    }

    private static bool IsLinkOnly(IElement item, List<IElement> nested)
    {
        var links = item.QuerySelectorAll("a").Where(a => !nested.Any(n => n.Contains(a))).Sum(a => Whitespace.Fold(a.TextContent).Length);
        var own = Whitespace.Fold(string.Concat(item.ChildNodes.Where(c => c is not IElement { LocalName: "ul" or "ol" }).Select(c => c.TextContent)));
        return links > 0 && links >= own.Length - 2;
    }

    private static bool HasBlockInside(IElement element) =>
        element.Descendants<IElement>().Any(d => BlockElements.Contains(d.LocalName));

    private string InlineText(IElement element)
    {
        var sb = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            switch (node)
            {
                case IElement { LocalName: "br" }:
                    sb.Append('\n');
                    break;
                case IElement e when isChrome(e):
                    break;
                case IElement e:
                    var inner = InlineText(e);
                    sb.Append(BlockElements.Contains(e.LocalName) ? "\n" + inner + "\n" : inner);
                    break;
                case IText t:
                    sb.Append(t.Data);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Loose text gathered between blocks, read as lines.</summary>
    private void Flush()
    {
        if (_inline.Length == 0)
        {
            return;
        }
        var lines = _inline.ToString().Split('\n').Select(Line).ToList();
        _inline.Clear();
        foreach (var block in LineBlockBuilder.Build(lines))
        {
            Add(block);
        }
    }

    /// <summary>
    /// A line of loose text. Markup whitespace collapses, so only non-breaking spaces typed before a bullet indent it
    /// ("&amp;nbsp;&amp;nbsp;• sub-item").
    /// </summary>
    private static SourceLine Line(string raw)
    {
        var text = raw.TrimStart(' ', '\t', '\r');
        var indent = 0;
        if (text.StartsWith('\u00A0'))
        {
            for (; indent < text.Length && text[indent] is '\u00A0' or ' '; indent++)
            {
            }
        }
        return new SourceLine(text[indent..].TrimEnd(' ', '\t', '\r', '\u00A0'), indent);
    }

    private void Add(TextBlock block)
    {
        if (block.Text.Length == 0 || !block.Text.Any(char.IsLetterOrDigit))
        {
            return;
        }
        if (block.Kind == BlockKind.Paragraph && block.Text.Length >= 40 && !_seenParagraphs.Add(block.Text))
        {
            return;
        }
        _blocks.Add(block);
    }

    [GeneratedRegex(@"mso-list\s*:\s*l\d+\s+level(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MsoListLevel();
}
